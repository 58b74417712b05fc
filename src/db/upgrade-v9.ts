// Version 9's upgrade: the Authors view's counts start complete, from the posts already stored.
import type { Transaction } from 'dexie';
import {
  addToStats,
  countedCategory,
  newAuthorStats,
  type AuthorStatsRecord,
} from './author-stats';
import type { Annotation, PostRecord } from './records';

/** Counts every stored post once, by author: the Authors view's aggregate starts complete. */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  const annotations = new Map<string, Annotation>();
  await tx.table('annotations').each((a: Annotation) => void annotations.set(a.key, a));
  const stats = new Map<string, AuthorStatsRecord>();
  await tx.table('posts').each((post: PostRecord) => {
    const after = countedCategory(post, annotations.get(post.key));
    const record = stats.get(post.authorKey) ?? newAuthorStats(post);
    stats.set(post.authorKey, addToStats(record, { post, before: null, after }));
  });
  await tx.table('authorStats').bulkPut([...stats.values()]);
}
