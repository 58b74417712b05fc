// Version 9's upgrade: the Authors view's counts start complete, from the posts already stored.
import type { Transaction } from 'dexie';
import { CATEGORIES, type Category } from '../classify/types';
import type { AuthorStatsRecord } from './author-stats';
import type { Annotation, PostRecord } from './records';

/** Counts every stored post once, by author: the Authors view's aggregate starts complete. */
export async function upgradeToV9(tx: Transaction): Promise<void> {
  const annotations = new Map<string, Annotation>();
  await tx.table('annotations').each((a: Annotation) => void annotations.set(a.key, a));
  const stats = new Map<string, AuthorStatsRecord>();
  await tx.table('posts').each((post: PostRecord) => {
    const category = annotations.get(post.key)?.category ?? post.verdict.category;
    let s = stats.get(post.authorKey);
    if (!s) {
      s = {
        authorKey: post.authorKey,
        platform: post.platform,
        name: post.authorName,
        handle: post.authorHandle,
        profileUrl: post.authorProfileUrl,
        hcp: 0,
        specialty: '',
        tier: '',
        byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
        posts: 0,
        lastSeenAt: '',
      };
      stats.set(post.authorKey, s);
    }
    s.posts++;
    s.byCategory[category]++;
    if (post.lastSeenAt >= s.lastSeenAt) {
      s.lastSeenAt = post.lastSeenAt;
      s.name = post.authorName || s.name;
      s.hcp = post.verdict.isHcp ? 1 : 0;
      s.specialty = post.verdict.specialty || s.specialty;
      s.tier = post.verdict.target?.tier ?? '';
    }
  });
  await tx.table('authorStats').bulkPut([...stats.values()]);
}
