// The authors the user met, counted as posts are stored: one record per author, kept up to date in
// the same transaction as each change, so the Authors view reads one table and never scans posts.
import { CATEGORIES, type Category } from '../classify/types';
import type { Annotation, PostRecord } from './records';
import type { LensDb } from './schema';

export interface AuthorStatsRecord {
  authorKey: string;
  platform: PostRecord['platform'];
  name: string;
  handle: string;
  profileUrl: string;
  /** 1 when the latest verdict on the author's posts says HCP (an index: no booleans there). */
  hcp: 0 | 1;
  specialty: string;
  /** The target-list tier the latest verdict carries, or ''. */
  tier: string;
  /** Posts seen, by the category each counts under (the user's, else the suggestion). */
  byCategory: Record<Category, number>;
  posts: number;
  lastSeenAt: string;
}

const zero = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** One post's part in its author's record: its category, or null when it counts for nothing. */
export interface PostCount {
  post: PostRecord;
  /** Its category before this change (null: not counted before, a post seen for the first time). */
  before: Category | null;
  /** Its category after. */
  after: Category;
}

/** The category a stored post counts under. */
export const countedCategory = (
  post: PostRecord,
  annotation: Pick<Annotation, 'category'> | null | undefined,
) => annotation?.category ?? post.verdict.category;

/** An author's record before any post is counted in it. */
export function newAuthorStats(post: PostRecord): AuthorStatsRecord {
  return {
    authorKey: post.authorKey,
    platform: post.platform,
    name: post.authorName,
    handle: post.authorHandle,
    profileUrl: post.authorProfileUrl,
    hcp: 0,
    specialty: '',
    tier: '',
    byCategory: zero(),
    posts: 0,
    lastSeenAt: '',
  };
}

/** Counts one post's change in its author's record (changed in place), whose latest post names it. */
export function addToStats(
  record: AuthorStatsRecord,
  { post, before, after }: PostCount,
): AuthorStatsRecord {
  if (before === null) record.posts++;
  else record.byCategory[before]--;
  record.byCategory[after]++;
  if (post.lastSeenAt >= record.lastSeenAt) {
    record.lastSeenAt = post.lastSeenAt;
    record.name = post.authorName || record.name;
    record.handle = post.authorHandle || record.handle;
    record.profileUrl = post.authorProfileUrl || record.profileUrl;
    record.hcp = post.verdict.isHcp ? 1 : 0;
    record.specialty = post.verdict.specialty || record.specialty;
    record.tier = post.verdict.target?.tier ?? '';
  }
  return record;
}

/** Adds posts' changes to their authors' records; call inside the transaction that stores them. */
export async function countPosts(db: LensDb, changes: PostCount[]): Promise<void> {
  if (changes.length === 0) return;
  const keys = [...new Set(changes.map((c) => c.post.authorKey))];
  const stored = await db.authorStats.bulkGet(keys);
  const records = new Map<string, AuthorStatsRecord>();
  keys.forEach((k, i) => {
    const s = stored[i];
    if (s) records.set(k, { ...s, byCategory: { ...s.byCategory } });
  });
  for (const change of changes) {
    const key = change.post.authorKey;
    records.set(key, addToStats(records.get(key) ?? newAuthorStats(change.post), change));
  }
  await db.authorStats.bulkPut([...records.values()]);
}

/**
 * Counts one author's posts again from the posts' author index: after a change that touches
 * many of their posts at once (the user's mark on the author, a restore).
 */
export async function recountAuthors(db: LensDb, authorKeys: string[]): Promise<void> {
  for (const authorKey of new Set(authorKeys)) {
    await db.authorStats.delete(authorKey);
    const posts = await db.posts.where('authorKey').equals(authorKey).toArray();
    const annotations = await db.annotations.bulkGet(posts.map((p) => p.key));
    // Oldest first, so the latest post's verdict is the one the record keeps.
    const order = posts.map((post, i) => ({ post, a: annotations[i] }));
    order.sort((x, y) => x.post.lastSeenAt.localeCompare(y.post.lastSeenAt));
    await countPosts(
      db,
      order.map(({ post, a }) => ({ post, before: null, after: countedCategory(post, a) })),
    );
  }
}

/** Every HCP author met, most recently seen first. */
export function listHcpAuthors(db: LensDb): Promise<AuthorStatsRecord[]> {
  return db.authorStats.where('hcp').equals(1).reverse().sortBy('lastSeenAt');
}

/** An HCP author as the Authors view lists them: the counts, and the user's own mark if any. */
export interface MetAuthor extends AuthorStatsRecord {
  /** The user's word on the author (HCP or not), or null when the classifier decides. */
  mark: boolean | null;
}

export async function listMetAuthors(db: LensDb): Promise<MetAuthor[]> {
  const stats = await listHcpAuthors(db);
  const memory = await db.authors.bulkGet(stats.map((s) => s.authorKey));
  return stats.map((s, i) => {
    const known = memory[i];
    const mark = known?.hcpOverride;
    // Posts only seen keep no author name: the author memory has it while it remembers them.
    return {
      ...s,
      name: s.name || known?.name || '',
      handle: s.handle || known?.handle || '',
      profileUrl: s.profileUrl || known?.profileUrl || '',
      mark: typeof mark === 'boolean' ? mark : null,
    };
  });
}
