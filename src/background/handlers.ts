import type { ClassifyInput, Verdict } from '../classify/types';
import type { AuthorRecord } from '../db/records';
import {
  annotate,
  annotatedViews,
  markAuthor,
  findTargets,
  forgetAuthors,
  listAuthors,
  recordSeen,
  rememberAuthors,
  sessionSummary,
  sessionTaggedViews,
  SessionTracker,
  SettingsCache,
  type LensDb,
} from '../db';
import { csvFileName, toCsv } from '../export/csv';
import type { Broadcast } from '../messages';
import { authorKeyOf } from '../platforms/author';
import { isRulePlatform } from '../platforms/rule-sites';
import type { PostSnapshot } from '../platforms/types';
import { applyAuthorMark } from '../classify/overrides';
import { applyTarget } from '../targets/apply';
import type { CategoryLearner } from './learner';
import type { Handlers } from './router';
import { createHealthHandlers } from './health-handlers';
import { classifyWithMemory } from './remembered';
import { createRulesHandlers } from './rules-handlers';
import { createTargetHandlers } from './target-handlers';
import { createCouch, type Couch, type CouchServer } from './couch';
import { TeamSync } from './sync';
import { createSyncHandlers, type SyncAlarms } from './sync-handlers';
import { createCurationHandlers } from './curation-handlers';

export interface HandlerDeps {
  db: LensDb;
  now: () => Date;
  classify: (input: ClassifyInput) => Verdict;
  /** Tells every tab and extension page that something changed. */
  broadcast: (message: Broadcast) => void;
  /** Learns categories from the user's corrections; without it, the rules alone decide. */
  learner?: CategoryLearner;
  /** Runs candidate site rules in an open tab of that site (rules-handlers.ts); none in tests. */
  testRules?: Parameters<typeof createRulesHandlers>[0];
  /** Team sync's server connection (tests pass one on a fake server) and its periodic alarm. */
  couch?: (server: CouchServer) => Couch;
  alarms?: SyncAlarms;
  /** The sync server changed: it must not be taken for a Mastodon instance (granted-sites.ts). */
  syncServerChanged?: () => void;
  /** Withdraws the host permission of a sync server no longer used. */
  releaseOrigin?: (origin: string) => Promise<void>;
  /** Whether the browser still lets the extension reach an address (sync/… error messages). */
  canReach?: (url: string) => Promise<boolean>;
}

const NO_ALARMS: SyncAlarms = { create: () => undefined, clear: async () => false };

/**
 * The verdict on a post: the author's remembered headline stands in when the page shows none
 * (X, Bluesky…), the user's target lists outrank the classifier (targets/match.ts), and the
 * user's mark on an author outranks both.
 */
function judge(
  run: HandlerDeps['classify'],
  snapshot: PostSnapshot,
  author: AuthorRecord | undefined,
  targets: Awaited<ReturnType<typeof findTargets>>,
): Verdict {
  const mark = typeof author?.hcpOverride === 'boolean' ? author.hcpOverride : undefined;
  const verdict = classifyWithMemory(run, snapshot, author?.headline);
  return applyAuthorMark(applyTarget(verdict, targets.get(snapshot.key)), mark);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now, classify, broadcast } = deps;
  const sessions = new SessionTracker(db);
  const settings = new SettingsCache(db);

  /** The on-device model once it has learnt from the user's corrections, else the rules alone. */
  const classifier = async () => (deps.learner ? deps.learner.classifier() : classify);

  /** Classifies and stores a batch of posts seen, in one transaction (see `judge`). */
  async function see(posts: PostSnapshot[], sessionId: number) {
    const { textRetention } = await settings.read();
    const run = await classifier();
    const tables = [db.posts, db.annotations, db.authors, db.targets, db.targetLists];
    return db.transaction('rw', tables, async () => {
      const [authors, targets] = await Promise.all([
        rememberAuthors(db, posts, now()),
        findTargets(db, posts),
      ]);
      const seen = posts.map((snapshot) => ({
        snapshot,
        verdict: judge(run, snapshot, authors.get(authorKeyOf(snapshot)), targets),
      }));
      return recordSeen(db, seen, sessionId, now(), textRetention);
    });
  }

  const sync = new TeamSync({
    db,
    now,
    couch: deps.couch ?? ((server) => createCouch(server)),
    broadcast,
    canReach: deps.canReach,
    retention: async () => (await settings.read()).textRetention,
    // A teammate's post never seen here is judged as if seen here, not taken from the server.
    verdictFor: async (post) => {
      const run = await classifier();
      const [author, targets] = await Promise.all([
        db.authors.get(authorKeyOf(post)),
        findTargets(db, [post]),
      ]);
      return judge(run, post, author, targets);
    },
  });

  return {
    'posts/seen': async ({ posts }) => ({
      views: await see(posts, await sessions.active(now())),
    }),
    'annotation/set': async ({ key, patch, post }) => {
      const sessionId = await sessions.active(now());
      if (post && post.key === key) await see([post], sessionId);
      const { textRetention } = await settings.read();
      const view = await annotate(db, key, patch, sessionId, now(), {
        snapshot: post,
        retention: textRetention,
      });
      broadcast({ type: 'annotation/changed', key, view });
      sync.soon();
      // A category the user chose is a labelled example for the on-device model.
      if (patch.category && post?.key === key) void deps.learner?.learnFrom(post, patch.category);
      return { view };
    },
    'author/mark': async ({ post, isHcp }) => {
      const sessionId = await sessions.active(now());
      const authorKey = await markAuthor(db, post, isHcp, now());
      const [view] = await see([post], sessionId);
      const views = view ? [view] : [];
      if (isHcp !== null) {
        // The author's other stored posts follow at once (their text is not kept to re-read).
        const others = await db.posts.where('authorKey').equals(authorKey).toArray();
        const changed = others
          .filter((p) => p.key !== post.key)
          .map((p) => ({ ...p, verdict: applyAuthorMark(p.verdict, isHcp) }));
        await db.posts.bulkPut(changed);
        const annotations = await db.annotations.bulkGet(changed.map((p) => p.key));
        changed.forEach((p, i) => views.push({ post: p, annotation: annotations[i] ?? null }));
      }
      for (const v of views) broadcast({ type: 'annotation/changed', key: v.post.key, view: v });
      return { views };
    },
    'session/summary': async () => sessionSummary(db, await sessions.current(now()), now()),
    'session/new': async () => sessionSummary(db, await sessions.start(now()), now()),
    'export/csv': async ({ scope }) => {
      const views =
        scope === 'session'
          ? await sessionTaggedViews(db, await sessions.current(now()))
          : await annotatedViews(db);
      return { filename: csvFileName(scope, now()), csv: toCsv(views), rows: views.length };
    },
    'annotations/list': async ({ limit }) => ({ views: await annotatedViews(db, limit) }),
    'authors/list': async () => ({ authors: await listAuthors(db) }),
    'site/mode': async ({ platform }) => {
      const { ruleOverrides, panelModeSites } = await settings.read();
      const rules = isRulePlatform(platform) ? ruleOverrides[platform] : undefined;
      return { panelMode: panelModeSites.includes(platform), ...(rules ? { rules } : {}) };
    },
    'authors/forget': async ({ authorKey }) => {
      await forgetAuthors(db, authorKey);
      return { forgotten: true as const };
    },
    'settings/get': () => settings.read(),
    'settings/set': async ({ patch }) => {
      const saved = await settings.write(patch);
      broadcast({ type: 'settings/changed', settings: saved });
      return saved;
    },
    ...createTargetHandlers({ db, now }),
    ...createCurationHandlers({
      db,
      now,
      broadcast,
      session: () => sessions.active(now()),
      retention: async () => (await settings.read()).textRetention,
      changed: () => sync.soon(),
    }),
    ...createRulesHandlers(deps.testRules),
    ...createHealthHandlers({ db, now }),
    ...createSyncHandlers({
      sync,
      alarms: deps.alarms ?? NO_ALARMS,
      serverChanged: deps.syncServerChanged ?? (() => undefined),
      releaseOrigin: deps.releaseOrigin ?? (async () => undefined),
    }),
  };
}
