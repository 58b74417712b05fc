import type { ClassifyInput, Verdict } from '../classify/types';
import {
  activeSession,
  currentSession,
  annotate,
  annotatedViews,
  recordSeen,
  sessionSummary,
  sessionTaggedViews,
  startSession,
  type LensDb,
} from '../db';
import { csvFileName, toCsv } from '../export/csv';
import type { Broadcast } from '../messages';
import type { Handlers } from './router';

export interface HandlerDeps {
  db: LensDb;
  now: () => Date;
  classify: (input: ClassifyInput) => Verdict;
  /** Tells every tab and extension page that something changed. */
  broadcast: (message: Broadcast) => void;
}

export function createHandlers({ db, now, classify, broadcast }: HandlerDeps): Handlers {
  return {
    'posts/seen': async ({ posts }) => {
      const sessionId = await activeSession(db, now());
      const seen = posts.map((snapshot) => ({ snapshot, verdict: classify(snapshot) }));
      return { views: await recordSeen(db, seen, sessionId, now()) };
    },
    'annotation/set': async ({ key, patch }) => {
      const sessionId = await activeSession(db, now());
      const view = await annotate(db, key, patch, sessionId, now());
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
  };
}
