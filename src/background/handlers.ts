import type { ClassifyInput, Verdict } from '../classify/types';
import type { AuthorRecord, PostView } from '../db/records';
import {
  annotate,
  annotatedViews,
  clearHistory,
  recordRefusedPosts,
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
import { TeamSync, type SyncLimits } from './sync';
import { purgeNow } from './history';
import { PageBudget } from './page-budget';
import type { Sender } from './router';
import { createSyncHandlers, type SyncAlarms } from './sync-handlers';

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
  /** Team sync's limits, smaller in tests. */
  syncLimits?: Partial<SyncLimits>;
  /** New posts one page may store a minute (page-budget.ts); smaller in tests. */
  newPostsPerMinute?: number;
}

const NO_ALARMS: SyncAlarms = { create: () => undefined, clear: async () => false };

/** A post's view as seen, for a post not stored (over its page's budget). */
function unstoredView(
  { snapshot, verdict }: { snapshot: PostSnapshot; verdict: Verdict },
  at: Date,
): PostView {
  const seenAt = at.toISOString();
  const post = { ...snapshot, authorKey: authorKeyOf(snapshot), verdict, sessionIds: [] };
  return { post: { ...post, firstSeenAt: seenAt, lastSeenAt: seenAt }, annotation: null };
}

/** Which page reported posts: its tab, else its address (an extension page, a side panel). */
const pageOf = (sender: Sender) =>
  sender.tab?.id !== undefined ? `tab:${sender.tab.id}` : `url:${sender.url ?? ''}`;

/** The site whose health counts posts refused from a page: its host, the posts' network. */
function siteOf(sender: Sender, post: PostSnapshot) {
  try {
    return { platform: post.platform, host: new URL(sender.url ?? '').host };
  } catch {
    return null;
  }
}

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
  const pageBudget = new PageBudget(deps.newPostsPerMinute);

  /** The on-device model once it has learnt from the user's corrections, else the rules alone. */
  const classifier = async () => (deps.learner ? deps.learner.classifier() : classify);

  /**
   * Classifies and stores a batch of posts seen, in one transaction (see `judge`). `from`: the page
   * that reported them, whose new posts are counted against its budget; none for the user's own
   * action (annotating a post always stores it).
   */
  async function see(posts: PostSnapshot[], sessionId: number, from?: Sender) {
    const { textRetention } = await settings.read();
    const run = await classifier();
    const tables = [db.posts, db.annotations, db.authors, db.targets, db.targetLists];
    const { views, refused } = await db.transaction('rw', tables, async () => {
      // New posts beyond the page's budget are neither stored nor remembered (their bios).
      const known = from ? await db.posts.bulkGet(posts.map((p) => p.key)) : [];
      const fresh = known.filter((p) => p === undefined).length;
      let allowed = from ? pageBudget.take(pageOf(from), fresh, now().getTime()) : Infinity;
      const kept = posts.filter((_, i) => known[i] !== undefined || allowed-- > 0);
      const [authors, targets] = await Promise.all([
        rememberAuthors(db, kept, now()),
        findTargets(db, posts),
      ]);
      const judged = (snapshot: PostSnapshot) => ({
        snapshot,
        verdict: judge(run, snapshot, authors.get(authorKeyOf(snapshot)), targets),
      });
      const stored = await recordSeen(db, kept.map(judged), sessionId, now(), textRetention);
      const byKey = new Map(stored.map((v) => [v.post.key, v]));
      // The page still gets a verdict for every post: it is not told which were left out.
      const all = posts.map((p) => byKey.get(p.key) ?? unstoredView(judged(p), now()));
      return { views: all, refused: posts.length - kept.length };
    });
    const site = from && refused > 0 ? siteOf(from, posts[0]!) : null;
    if (site) await recordRefusedPosts(db, site, refused, now());
    return views;
  }

  const sync = new TeamSync({
    db,
    now,
    couch: deps.couch ?? ((server) => createCouch(server)),
    broadcast,
    canReach: deps.canReach,
    limits: deps.syncLimits,
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
    'posts/seen': async ({ posts }, sender) => ({
      views: await see(posts, await sessions.active(now()), sender),
    }),
    'annotation/set': async ({ key, patch, post }) => {
      const sessionId = await sessions.active(now());
      const [shown] = post && post.key === key ? await see([post], sessionId) : [];
      const { textRetention } = await settings.read();
      const stored = await annotate(db, key, patch, sessionId, now(), {
        snapshot: post,
        retention: textRetention,
      });
      // The stored verdict quotes nothing; the post on screen keeps its whole explanation.
      const view = shown
        ? { ...stored, post: { ...stored.post, verdict: shown.post.verdict } }
        : stored;
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
    'history/clear': () => clearHistory(db),
    'authors/forget': async ({ authorKey }) => {
      await forgetAuthors(db, authorKey);
      return { forgotten: true as const };
    },
    'settings/get': () => settings.read(),
    'settings/set': async ({ patch }) => {
      const saved = await settings.write(patch);
      // A shorter period applies at once, not at the next daily purge.
      if (patch.retentionDays !== undefined) await purgeNow(db, now());
      broadcast({ type: 'settings/changed', settings: saved });
      return saved;
    },
    ...createTargetHandlers({ db, now }),
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
