// The adverse-event queue's requests: reporting a post from the bar, the dashboard's queue and its
// exports, the popup's count; and `captureFlagged`, which keeps every post the classifier flags.
import {
  changeCase,
  countOpenCases,
  listCases,
  openCases,
  purgeClosedCases,
  readAeSettings,
  SYNC_CONFIG_KEY,
  writeAeSettings,
  type LensDb,
  type PostView,
} from '../db';
import { aeCsv, aeFileName, aeJson } from '../export/ae-export';
import type { Broadcast } from '../messages';
import type { PostSnapshot } from '../platforms/types';
import type { Handlers } from './router';

type AeHandlers = Pick<
  Handlers,
  | 'ae/report'
  | 'ae/list'
  | 'ae/count'
  | 'ae/change'
  | 'ae/export'
  | 'ae/settings/get'
  | 'ae/settings/set'
>;

/** Where teammates' cases that could not be read are listed for the queue (ae-sync.ts). */
export const AE_REFUSED_KEY = 'aeSyncRefused';

/**
 * The name the audit trail gives this user's changes: the reviewer name set in the AE queue, else
 * the team sync user name, else a plain placeholder.
 */
export async function aeAuthor(db: LensDb): Promise<string> {
  const { reviewer } = await readAeSettings(db);
  if (reviewer) return reviewer;
  const sync = (await db.settings.get(SYNC_CONFIG_KEY))?.value as { user?: unknown } | undefined;
  return typeof sync?.user === 'string' && sync.user ? sync.user : 'this browser';
}

/**
 * Keeps every post judged a possible adverse event as a case (call inside the transaction that
 * stored the posts, over aeCases, aeAudit and settings), and tells each view its queue state.
 * Returns the keys of cases opened now.
 */
export async function captureFlagged(
  db: LensDb,
  views: PostView[],
  snapshots: PostSnapshot[],
  now: Date,
): Promise<string[]> {
  const byKey = new Map(snapshots.map((s) => [s.key, s]));
  const flagged = views.filter((v) => v.post.verdict.ae && byKey.has(v.post.key));
  const known = await db.aeCases.bulkGet(views.map((v) => v.post.key));
  const fresh = flagged.filter((v) => !known.find((c) => c?.key === v.post.key));
  const opened = await openCases(
    db,
    flagged.map((v) => ({
      post: byKey.get(v.post.key)!,
      firstSeenAt: v.post.firstSeenAt,
      origin: 'detected' as const,
    })),
    now,
    fresh.length ? await aeAuthor(db) : '',
  );
  views.forEach((v, i) => {
    const state = opened.get(v.post.key)?.state ?? known[i]?.state;
    if (state) v.ae = state;
  });
  return fresh.map((v) => v.post.key);
}

export function createAeHandlers({
  db,
  now,
  broadcast,
  seen,
  synced,
}: {
  db: LensDb;
  now: () => Date;
  broadcast: (message: Broadcast) => void;
  /** Stores the post as seen (so it has a day zero), as `posts/seen` does. */
  seen: (post: PostSnapshot) => Promise<PostView | undefined>;
  /** A case changed here: team sync sends it shortly. */
  synced: () => void;
}): AeHandlers {
  const exported = async (keys?: string[]) => {
    const cases = await listCases(db, keys);
    return cases;
  };
  return {
    'ae/report': async ({ post }) => {
      const view = await seen(post);
      const firstSeenAt = view?.post.firstSeenAt ?? now().toISOString();
      const by = await aeAuthor(db);
      const cases = await db.transaction('rw', db.aeCases, db.aeAudit, () =>
        openCases(db, [{ post, firstSeenAt, origin: 'reported' }], now(), by),
      );
      const opened = cases.get(post.key)!;
      broadcast({ type: 'ae/changed', key: post.key, state: opened.state });
      synced();
      return { case: opened };
    },
    'ae/list': async () => {
      const settings = await readAeSettings(db);
      await purgeClosedCases(db, now(), settings.closedRetentionDays);
      const refused = (await db.settings.get(AE_REFUSED_KEY))?.value;
      return {
        cases: await listCases(db),
        settings,
        refused: Array.isArray(refused) ? refused.filter((r) => typeof r === 'string') : [],
      };
    },
    'ae/count': async () => countOpenCases(db, now(), (await readAeSettings(db)).alertHours),
    'ae/change': async ({ key, change }) => {
      const view = await changeCase(db, key, change, now(), await aeAuthor(db));
      broadcast({ type: 'ae/changed', key, state: view.case.state });
      synced();
      return view;
    },
    'ae/export': async ({ format, keys }) => {
      const cases = await exported(keys);
      const at = now();
      return format === 'csv'
        ? {
            filename: aeFileName('csv', at),
            content: aeCsv(cases),
            mime: 'text/csv;charset=utf-8',
            rows: cases.length,
          }
        : {
            filename: aeFileName('json', at),
            content: aeJson(cases, at),
            mime: 'application/json',
            rows: cases.length,
          };
    },
    'ae/settings/get': () => readAeSettings(db),
    'ae/settings/set': ({ patch }) => writeAeSettings(db, patch),
  };
}
