import type { ClassifyInput, Verdict } from '../classify/types';
import {
  activeSession,
  annotate,
  annotatedViews,
  authorMarks,
  markAuthor,
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
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now, classify, broadcast } = deps;
  /** Classifies with the author's remembered headline when the page shows none (X, Bluesky…). */
  async function see(posts: PostSnapshot[], sessionId: number) {
    const headlines = await rememberAuthors(db, posts, now());
    // The user's own target lists outrank the classifier (see targets/match.ts for the rule).
    const targets = await findTargets(db, posts);
    const run = deps.learner ? await deps.learner.classifier() : classify;
    const marks = await authorMarks(db, posts);
    const seen = posts.map((snapshot) => ({
      snapshot,
      verdict: applyAuthorMark(
        applyTarget(
          classifyWithMemory(run, snapshot, headlines.get(authorKeyOf(snapshot))),
          targets.get(snapshot.key),
        ),
        marks.get(authorKeyOf(snapshot)),
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
      // A category the user chose is a labelled example for the on-device model.
      if (patch.category && post?.key === key) void deps.learner?.learnFrom(post, patch.category);
      return { view };
    },
    'author/mark': async ({ post, isHcp }) => {
      const sessionId = await activeSession(db, now());
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
    'site/mode': async ({ platform }) => {
      const settings = await readSettings(db);
      const rules = isRulePlatform(platform) ? settings.ruleOverrides[platform] : undefined;
      return { panelMode: settings.panelModeSites.includes(platform), ...(rules ? { rules } : {}) };
    },
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
    ...createRulesHandlers(deps.testRules),
    ...createHealthHandlers({ db, now }),
  };
}
