// How long what the user only browsed past is kept. Annotations and the posts they belong to,
// target lists, settings and the user's HCP marks are decisions, and are never purged here.
import type { AuthorRecord } from './records';
import type { LensDb } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Purged {
  /** Posts never annotated that were removed. */
  posts: number;
  /** Remembered bios that were forgotten. */
  bios: number;
}

/** An author without the bio: kept only for the user's mark, else removed. */
async function forgetBios(db: LensDb, authors: AuthorRecord[]): Promise<number> {
  const withBio = authors.filter((a) => a.headline !== '');
  const marked = authors.filter((a) => typeof a.hcpOverride === 'boolean');
  await db.authors.bulkDelete(
    authors.filter((a) => typeof a.hcpOverride !== 'boolean').map((a) => a.authorKey),
  );
  await db.authors.bulkPut(marked.map((a) => ({ ...a, headline: '' })));
  return withBio.length;
}

/**
 * Removes the posts never annotated that were last seen more than `days` ago, and forgets the
 * bios remembered that long ago (an author the user marked keeps the mark, without the bio).
 */
export async function purgeExpired(db: LensDb, now: Date, days: number): Promise<Purged> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction('rw', db.posts, db.annotations, db.authors, async () => {
    const old = (await db.posts.where('lastSeenAt').below(cutoff).primaryKeys()) as string[];
    const annotations = await db.annotations.bulkGet(old);
    const gone = old.filter((_, i) => annotations[i] === undefined);
    await db.posts.bulkDelete(gone);
    const stale = await db.authors.where('headlineSeenAt').below(cutoff).toArray();
    return { posts: gone.length, bios: await forgetBios(db, stale) };
  });
}

/**
 * "Clear browsing history": every post never annotated, which posts each session saw, and every
 * remembered bio. Annotations and their posts, the user's marks, target lists and settings stay.
 */
export async function clearHistory(db: LensDb): Promise<Purged> {
  return db.transaction('rw', db.posts, db.annotations, db.authors, async () => {
    const annotated = new Set((await db.annotations.toCollection().primaryKeys()) as string[]);
    let posts = 0;
    await db.posts.toCollection().modify((post, ref: { value?: unknown }) => {
      if (annotated.has(post.key)) {
        post.sessionIds = [];
      } else {
        posts++;
        delete ref.value;
      }
    });
    return { posts, bios: await forgetBios(db, await db.authors.toArray()) };
  });
}
