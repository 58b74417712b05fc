import type { FetchedBioRecord } from './records';
import type { LensDb } from './schema';

/** How long a fetched bio is used before the profile is asked again. */
export const BIO_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const isFresh = (b: FetchedBioRecord, now: Date) =>
  now.getTime() - Date.parse(b.fetchedAt) < BIO_TTL_MS;

/** The fetched bios of these authors that are under 7 days old, by author key. */
export async function freshBios(
  db: LensDb,
  authorKeys: string[],
  now: Date,
): Promise<Map<string, FetchedBioRecord>> {
  const found = new Map<string, FetchedBioRecord>();
  const keys = [...new Set(authorKeys)];
  if (!keys.length) return found;
  (await db.fetchedBios.bulkGet(keys)).forEach((b) => {
    if (b && isFresh(b, now)) found.set(b.authorKey, b);
  });
  return found;
}

/** Stores bios just fetched, and drops the ones past 7 days (they would never be used again). */
export async function storeBios(db: LensDb, bios: FetchedBioRecord[], now: Date): Promise<void> {
  const oldest = new Date(now.getTime() - BIO_TTL_MS).toISOString();
  await db.transaction('rw', db.fetchedBios, async () => {
    await db.fetchedBios.where('fetchedAt').below(oldest).delete();
    if (bios.length) await db.fetchedBios.bulkPut(bios);
  });
}
