import { authorKeyOf } from '../platforms/author';
import type { PostSnapshot } from '../platforms/types';
import type { AuthorRecord } from './records';
import type { LensDb } from './schema';

/**
 * Remembers each author's headline when a page shows it, and answers with every snapshot's
 * author as now stored (by author key): the headline on the page, else the one remembered, and
 * the user's mark if any.
 */
export async function rememberAuthors(
  db: LensDb,
  snapshots: PostSnapshot[],
  now: Date,
): Promise<Map<string, AuthorRecord>> {
  return db.transaction('rw', db.authors, async () => {
    const keys = [...new Set(snapshots.map(authorKeyOf))];
    const known = new Map<string, AuthorRecord>();
    (await db.authors.bulkGet(keys)).forEach((a) => a && known.set(a.authorKey, a));
    const changed = new Map<string, AuthorRecord>();
    for (const s of snapshots) {
      const headline = s.authorHeadline.trim();
      const authorKey = authorKeyOf(s);
      if (!headline || known.get(authorKey)?.headline === headline) continue;
      const record: AuthorRecord = {
        ...known.get(authorKey),
        authorKey,
        platform: s.platform,
        name: s.authorName,
        handle: s.authorHandle,
        profileUrl: s.authorProfileUrl,
        headline,
        headlineSeenAt: now.toISOString(),
      };
      known.set(authorKey, record);
      changed.set(authorKey, record);
    }
    if (changed.size) await db.authors.bulkPut([...changed.values()]);
    return known;
  });
}

/** Remembered authors, most recently seen first. */
export async function listAuthors(db: LensDb): Promise<AuthorRecord[]> {
  const all = await db.authors.toArray();
  return all.sort((a, b) => b.headlineSeenAt.localeCompare(a.headlineSeenAt));
}

/** Forgets one author, or every author when no key is given, with the bios fetched for them. */
export async function forgetAuthors(db: LensDb, authorKey?: string): Promise<void> {
  await db.transaction('rw', db.authors, db.fetchedBios, async () => {
    if (authorKey)
      await Promise.all([db.authors.delete(authorKey), db.fetchedBios.delete(authorKey)]);
    else await Promise.all([db.authors.clear(), db.fetchedBios.clear()]);
  });
}

/** Marks an author as HCP or not (null: back to the classifier's judgement). */
export async function markAuthor(
  db: LensDb,
  s: PostSnapshot,
  isHcp: boolean | null,
  now: Date,
): Promise<string> {
  const authorKey = authorKeyOf(s);
  await db.transaction('rw', db.authors, async () => {
    const known = await db.authors.get(authorKey);
    await db.authors.put({
      authorKey,
      platform: s.platform,
      name: s.authorName,
      handle: s.authorHandle,
      profileUrl: s.authorProfileUrl,
      headline: known?.headline ?? s.authorHeadline,
      headlineSeenAt: known?.headlineSeenAt ?? now.toISOString(),
      hcpOverride: isHcp,
    });
  });
  return authorKey;
}
