import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeSession,
  annotate,
  clearHistory,
  LensDb,
  markAuthor,
  purgeExpired,
  recordSeen,
  rememberAuthors,
  sessionSummary,
  writeSettings,
} from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const day = (d: number) => new Date(Date.parse('2026-11-01T09:00:00Z') + d * 86_400_000);

beforeEach(() => {
  db = new LensDb(`retention-${++n}`);
});
afterEach(() => db.delete());

/** Posts 1 (annotated) and 2 (only seen) on day 0, post 3 (only seen) on day 20; bios alike. */
async function browse() {
  const s = await activeSession(db, day(0));
  const seen = (id: string, at: Date, headline = '') =>
    recordSeen(
      db,
      [{ snapshot: snapshot(id, { authorHeadline: headline }), verdict: verdict() }],
      s,
      at,
    );
  await seen('1', day(0));
  await seen('2', day(0));
  await seen('3', day(20));
  await annotate(db, 'linkedin:1', { tags: ['kol'] }, s, day(0), { snapshot: snapshot('1') });
  await rememberAuthors(db, [snapshot('2', { authorHeadline: 'Oncologist' })], day(0));
  await rememberAuthors(db, [snapshot('3', { authorHeadline: 'Nurse' })], day(20));
  await rememberAuthors(db, [snapshot('4', { authorHeadline: 'GP' })], day(0));
  await markAuthor(db, snapshot('4'), true, day(0));
  await writeSettings(db, { textRetention: 'snippet' });
  return s;
}

describe('seen posts expire', () => {
  it('purges posts never annotated, and bios, last seen before the retention period', async () => {
    await browse();
    const purged = await purgeExpired(db, day(31), 30);

    expect((await db.posts.toCollection().primaryKeys()).sort()).toEqual([
      'linkedin:1',
      'linkedin:3',
    ]);
    expect(purged).toEqual({ posts: 1, bios: 2 });
    const authors = await db.authors.toArray();
    // The recent bio stays; the old ones go, but the user's mark on an author stays.
    expect(authors.map((a) => [a.name, a.headline, a.hcpOverride ?? null]).sort()).toEqual([
      ['Author 3', 'Nurse', null],
      ['Author 4', '', true],
    ]);
    expect(await db.annotations.get('linkedin:1')).toMatchObject({ tags: ['kol'] });
  });

  it('clears browsing history: posts only seen, sessions’ post lists and bios; decisions stay', async () => {
    const s = await browse();
    expect((await sessionSummary(db, s, day(20))).postsSeen).toBe(3);

    expect(await clearHistory(db)).toEqual({ posts: 2, bios: 3 });

    expect(await db.posts.toCollection().primaryKeys()).toEqual(['linkedin:1']);
    expect((await db.posts.get('linkedin:1'))?.sessionIds).toEqual([]);
    expect(await db.annotations.count()).toBe(1);
    expect((await db.authors.toArray()).map((a) => [a.headline, a.hcpOverride])).toEqual([
      ['', true],
    ]);
    expect((await db.settings.get('settings'))?.value).toMatchObject({ textRetention: 'snippet' });
    const summary = await sessionSummary(db, s, day(20));
    expect(summary).toMatchObject({ postsSeen: 0, postsTagged: 1 });
  });
});
