import type { ClassifyInput, Verdict } from '../classify/types';
import {
  activeSession,
  annotate,
  annotatedViews,
  currentSession,
  findTargets,
  forgetAuthors,
  listAuthors,
  readSettings,
  recordSeen,
  rememberAuthors,
  sessionSummary,
  sessionTaggedViews,
  startSession,
  writeSettings,
  type LensDb,
} from '../db';
import { csvFileName, toCsv } from '../export/csv';
import type { Broadcast } from '../messages';
import { authorKeyOf } from '../platforms/author';
import type { PostSnapshot } from '../platforms/types';
import { applyTarget } from '../targets/apply';
import type { Handlers } from './router';
import { createTargetHandlers } from './target-handlers';

export interface HandlerDeps {
  db: LensDb;
  now: () => Date;
  classify: (input: ClassifyInput) => Verdict;
  /** Tells every tab and extension page that something changed. */
  broadcast: (message: Broadcast) => void;
}

export function createHandlers({ db, now, classify, broadcast }: HandlerDeps): Handlers {
  /** Classifies with the author's remembered headline when the page shows none (X, Bluesky…). */
  async function see(posts: PostSnapshot[], sessionId: number) {
    const headlines = await rememberAuthors(db, posts, now());
    // The user's own target lists outrank the classifier (see targets/match.ts for the rule).
    const targets = await findTargets(db, posts);
    const seen = posts.map((snapshot) => ({
      snapshot,
      verdict: applyTarget(
        classify({
          ...snapshot,
          authorHeadline: snapshot.authorHeadline || (headlines.get(authorKeyOf(snapshot)) ?? ''),
        }),
        targets.get(snapshot.key),
      ),
    }));
    const { textRetention } = await readSettings(db);
    return recordSeen(db, seen, sessionId, now(), textRetention);
  }

  return {
    'posts/seen': async ({ posts }) => ({
      views: await see(posts, await activeSession(db, now())),
    }),
    'annotation/set': async ({ key, patch, post }) => {
      const sessionId = await activeSession(db, now());
      if (post && post.key === key) await see([post], sessionId);
      const { textRetention } = await readSettings(db);
      const view = await annotate(db, key, patch, sessionId, now(), {
        snapshot: post,
        retention: textRetention,
      });
      broadcast({ type: 'annotation/changed', key, view });
      return { view };
    },
    'session/summary': async () => sessionSummary(db, await currentSession(db, now()), now()),
    'session/new': async () => sessionSummary(db, await startSession(db, now()), now()),
    'export/csv': async ({ scope }) => {
      const views =
        scope === 'session'
          ? await sessionTaggedViews(db, await currentSession(db, now()))
          : await annotatedViews(db);
      return { filename: csvFileName(scope, now()), csv: toCsv(views), rows: views.length };
    },
    'annotations/list': async ({ limit }) => ({ views: await annotatedViews(db, limit) }),
    'authors/list': async () => ({ authors: await listAuthors(db) }),
    'site/mode': async ({ platform }) => ({
      panelMode: (await readSettings(db)).panelModeSites.includes(platform),
    }),
    'authors/forget': async ({ authorKey }) => {
      await forgetAuthors(db, authorKey);
      return { forgotten: true as const };
    },
    'settings/get': async () => readSettings(db),
    'settings/set': async ({ patch }) => {
      const settings = await writeSettings(db, patch);
      broadcast({ type: 'settings/changed', settings });
      return settings;
    },
    ...createTargetHandlers({ db, now }),
  };
}
