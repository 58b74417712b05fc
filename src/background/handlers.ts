import type { ClassifyInput, Verdict } from '../classify/types';
import type { AuthorRecord, FetchedBioRecord, PostView } from '../db/records';
import {
  annotate,
  freshBios,
  annotatedViews,
  clearHistory,
  recordRefusedPosts,
  markAuthor,
  findTargets,
  forgetAuthors,
  listAuthors,
  listMetAuthors,
  recordSeen,
  recountAuthors,
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
import { BioFetcher } from './bio-fetcher';
import { knownBio, wantsBio } from './known-bio';
import { createRulesHandlers } from './rules-handlers';
import { createTargetHandlers } from './target-handlers';
import { createExportHandlers } from './export-handlers';
import { createBackupHandlers } from './backup-handlers';
import { createCouch, type Couch, type CouchServer } from './couch';
import { TeamSync, type SyncLimits } from './sync';
import { captureFlagged, createAeHandlers } from './ae-handlers';
import { createAeSync } from './ae-sync';
import { purgeNow } from './history';
import { PageBudget } from './page-budget';
import type { Sender } from './router';
import { createSyncHandlers, type SyncAlarms } from './sync-handlers';
import { createCurationHandlers } from './curation-handlers';

export interface HandlerDeps {
  db: LensDb;
  now: () => Date;
  classify: (input: ClassifyInput) => Verdict;
  /** Tells the extension's pages, and the tabs concerned, that something changed. */
  broadcast: (message: Broadcast) => void;
  /** A tab reported or annotated these posts: it is sent their changes (tab-posts.ts). */
  seenInTab?: (tabId: number, keys: string[]) => void;
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
  /**
   * Fetches authors' public bios (Bluesky, Mastodon) where posts show none; without it, none is
   * fetched. `setTimer` paces the requests (default: setTimeout).
   */
  fetch?: typeof fetch;
  setTimer?: (fn: () => void, ms: number) => void;
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
 * The verdict on a post: the author's remembered headline, else the bio fetched from their public
 * profile, stands in when the page shows none (X, Bluesky…), the user's target lists outrank the
 * classifier (targets/match.ts), and the user's mark on an author outranks both.
 */
function judge(
  run: HandlerDeps['classify'],
  snapshot: PostSnapshot,
  author: AuthorRecord | undefined,
  targets: Awaited<ReturnType<typeof findTargets>>,
  fetched: FetchedBioRecord | undefined,
): Verdict {
  const mark = typeof author?.hcpOverride === 'boolean' ? author.hcpOverride : undefined;
  const verdict = classifyWithMemory(run, snapshot, knownBio(author, fetched));
  return applyAuthorMark(applyTarget(verdict, targets.get(snapshot.key)), mark);
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now, classify, broadcast } = deps;
  const sessions = new SessionTracker(db);
  const settings = new SettingsCache(db);
  const pageBudget = new PageBudget(deps.newPostsPerMinute);

  /** The on-device model once it has learnt from the user's corrections, else the rules alone. */
  const classifier = async () => (deps.learner ? deps.learner.classifier() : classify);

  const bios = deps.fetch
    ? new BioFetcher({
        db,
        fetch: deps.fetch,
        now,
        setTimer: deps.setTimer ?? ((fn, ms) => void setTimeout(fn, ms)),
        enabled: async () => (await settings.read()).fetchBios,
        arrived: async (fetched, waiting) => {
          // The posts in view that lacked the bio are judged again with it, as if seen again.
          const got = new Set(fetched.filter((b) => b.bio).map((b) => b.authorKey));
          const again = waiting.filter((p) => got.has(authorKeyOf(p)));
          if (!again.length) return;
          const views = await see(again, await sessions.active(now()));
          for (const view of views)
            broadcast({ type: 'annotation/changed', key: view.post.key, view });
        },
      })
    : undefined;

  /**
   * Classifies and stores a batch of posts seen, in one transaction (see `judge`). `from`: the page
   * that reported them, whose new posts are counted against its budget and where the public bios
   * of authors who show none are asked for; none for the user's own action (annotating a post
   * always stores it).
   */
  async function see(posts: PostSnapshot[], sessionId: number, from?: Sender) {
    const { textRetention, fetchBios } = await settings.read();
    const run = await classifier();
    let opened: string[] = [];
    const tables = [
      db.posts,
      db.annotations,
      db.authors,
      db.targets,
      db.targetLists,
      db.fetchedBios,
      db.authorStats,
    ];
    const ae = [db.aeCases, db.aeAudit, db.settings];
    const wanted: [PostSnapshot, string][] = [];
    const { views, refused } = await db.transaction('rw', [...tables, ...ae], async () => {
      // New posts beyond the page's budget are neither stored nor remembered (their bios).
      const known = from ? await db.posts.bulkGet(posts.map((p) => p.key)) : [];
      const fresh = known.filter((p) => p === undefined).length;
      let allowed = from ? pageBudget.take(pageOf(from), fresh, now().getTime()) : Infinity;
      const kept = posts.filter((_, i) => known[i] !== undefined || allowed-- > 0);
      const [authors, targets, fetched] = await Promise.all([
        rememberAuthors(db, kept, now()),
        findTargets(db, posts),
        freshBios(db, posts.map(authorKeyOf), now()),
      ]);
      const judged = (snapshot: PostSnapshot) => {
        const authorKey = authorKeyOf(snapshot);
        const [author, bio] = [authors.get(authorKey), fetched.get(authorKey)];
        return { snapshot, verdict: judge(run, snapshot, author, targets, bio) };
      };
      for (const snapshot of kept) {
        const authorKey = authorKeyOf(snapshot);
        if (wantsBio(snapshot, authors.get(authorKey), fetched.get(authorKey)))
          wanted.push([snapshot, authorKey]);
      }
      const stored = await recordSeen(db, kept.map(judged), sessionId, now(), textRetention);
      // Every possible adverse event is kept with its text, in the same transaction.
      opened = await captureFlagged(db, stored, kept, now());
      const byKey = new Map(stored.map((v) => [v.post.key, v]));
      // The page still gets a verdict for every post: it is not told which were left out.
      const all = posts.map((p) => byKey.get(p.key) ?? unstoredView(judged(p), now()));
      return { views: all, refused: posts.length - kept.length };
    });
    const site = from && refused > 0 ? siteOf(from, posts[0]!) : null;
    if (site) await recordRefusedPosts(db, site, refused, now());
    for (const view of views)
      if (view.ae && opened.includes(view.post.key))
        broadcast({ type: 'ae/changed', key: view.post.key, state: view.ae });
    if (opened.length) sync.soon();
    // Asked once the transaction is over: the requests must not run inside it.
    const pageUrl = from?.url;
    if (bios && fetchBios && pageUrl)
      for (const [snapshot, authorKey] of wanted) bios.want(snapshot, authorKey, pageUrl);
    return views;
  }

  /** A post never seen here (a teammate's, a restored one) is judged as if seen here. */
  const verdictFor = async (post: PostSnapshot) => {
    const run = await classifier();
    const authorKey = authorKeyOf(post);
    const [author, targets, fetched] = await Promise.all([
      db.authors.get(authorKey),
      findTargets(db, [post]),
      freshBios(db, [authorKey], now()),
    ]);
    return judge(run, post, author, targets, fetched.get(authorKey));
  };

  const sync = new TeamSync({
    db,
    now,
    couch: deps.couch ?? ((server) => createCouch(server)),
    broadcast,
    canReach: deps.canReach,
    limits: deps.syncLimits,
    retention: async () => (await settings.read()).textRetention,
    ae: createAeSync({
      db,
      changed: (key, state) => broadcast({ type: 'ae/changed', key, state }),
    }),
    // A teammate's post never seen here is judged here, not taken from the server.
    verdictFor,
  });

  return {
    'posts/seen': async ({ posts }, sender) => {
      const views = await see(posts, await sessions.active(now()), sender);
      if (sender.tab?.id !== undefined)
        deps.seenInTab?.(
          sender.tab.id,
          views.map((v) => v.post.key),
        );
      return { views };
    },
    'annotation/set': async ({ key, patch, post }, sender) => {
      if (sender?.tab?.id !== undefined) deps.seenInTab?.(sender.tab.id, [key]);
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
    'author/mark': async ({ post, isHcp }, sender) => {
      if (sender?.tab?.id !== undefined) deps.seenInTab?.(sender.tab.id, [post.key]);
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
        await recountAuthors(db, [authorKey]);
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
      // The popup's and the dashboard's quick exports follow the user's separator and dates too.
      const { exportOptions } = await settings.read();
      const csv = toCsv(views, exportOptions);
      return { filename: csvFileName(scope, now()), csv, rows: views.length };
    },
    'annotations/list': async ({ limit }) => ({ views: await annotatedViews(db, limit) }),
    'authors/list': async () => ({ authors: await listAuthors(db) }),
    'authors/met': async () => ({ authors: await listMetAuthors(db) }),
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
      if (!saved.fetchBios) bios?.clear();
      // A shorter period applies at once, not at the next daily purge.
      if (patch.retentionDays !== undefined) await purgeNow(db, now());
      broadcast({ type: 'settings/changed', settings: saved });
      return saved;
    },
    ...createAeHandlers({
      db,
      now,
      broadcast,
      seen: async (post) => (await see([post], await sessions.active(now())))[0],
      synced: () => sync.soon(),
    }),
    ...createTargetHandlers({ db, now }),
    ...createExportHandlers({ db }),
    ...createBackupHandlers({ db, now, verdictFor }),
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
