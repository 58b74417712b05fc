// Version 4's upgrade: Mastodon authors are told apart by their instance, and what earlier
// versions kept of posts only seen (address, author, repost context, quoted phrases) is dropped.
import type { Transaction } from 'dexie';
import { authorKeyOf } from '../platforms/author';
import { seenOnly, storedVerdict } from './posts';
import type { AuthorRecord, PostRecord } from './records';

/** Version 4's tables: posts and remembered bios by when last seen, so old ones can be purged. */
export const V4_STORES = {
  posts: 'key, platform, firstSeenAt, lastSeenAt, authorKey, *sessionIds',
  authors: 'authorKey, platform, headlineSeenAt',
};

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const annotated = new Set(
    (await tx.table('annotations').toCollection().primaryKeys()) as string[],
  );
  // Which new Mastodon author keys each old one stood for, as the posts tell.
  const renamed = new Map<string, Set<string>>();
  await tx
    .table('posts')
    .toCollection()
    .modify((post: PostRecord, ref: { value: PostRecord }) => {
      const authorKey = authorKeyOf(post);
      if (post.platform === 'mastodon' && authorKey !== post.authorKey) {
        const keys = renamed.get(post.authorKey) ?? new Set<string>();
        renamed.set(post.authorKey, keys.add(authorKey));
      }
      const next = { ...post, authorKey, verdict: storedVerdict(post.verdict) };
      ref.value = annotated.has(post.key) ? next : seenOnly(next);
    });

  const authors = tx.table<AuthorRecord, string>('authors');
  const mastodon = await authors.where('platform').equals('mastodon').toArray();
  const stale = new Set<string>();
  const moved = new Map<string, AuthorRecord>();
  for (const old of mastodon) {
    const own = authorKeyOf({
      platform: 'mastodon',
      authorHandle: old.handle,
      authorProfileUrl: old.profileUrl,
      authorName: old.name,
    });
    // The record names its instance (handle, profile), or its posts do: one instance, or several
    // for a handle used on more than one, whose bio then belongs to none (the user's mark stays).
    const keys =
      own !== old.authorKey
        ? [own]
        : BARE_HANDLE.test(own)
          ? [...(renamed.get(old.authorKey) ?? [])]
          : [];
    if (keys.length === 0) continue;
    stale.add(old.authorKey);
    for (const authorKey of keys) {
      if (keys.length > 1 && typeof old.hcpOverride !== 'boolean') continue;
      const record = { ...old, authorKey, ...(keys.length > 1 ? { headline: '' } : {}) };
      moved.set(authorKey, merged(moved.get(authorKey), record));
    }
  }
  const keys = [...moved.keys()];
  const already = await authors.bulkGet(keys);
  await authors.bulkDelete([...stale]);
  await authors.bulkPut(
    keys.map((k, i) => {
      const known = already[i];
      return merged(known && !stale.has(k) ? known : undefined, moved.get(k)!);
    }),
  );
}

/** A Mastodon author key without an instance: `mastodon:@user`. */
const BARE_HANDLE = /^mastodon:@[^@]+$/;

/** Two records of one author: the later bio, and the user's mark from whichever has one. */
function merged(a: AuthorRecord | undefined, b: AuthorRecord): AuthorRecord {
  if (!a) return b;
  const [older, newer] = a.headlineSeenAt <= b.headlineSeenAt ? [a, b] : [b, a];
  const mark = typeof newer.hcpOverride === 'boolean' ? newer.hcpOverride : older.hcpOverride;
  return { ...newer, headline: newer.headline || older.headline, hcpOverride: mark };
}
