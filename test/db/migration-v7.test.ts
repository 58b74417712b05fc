import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDb, SCHEMA_V3, SCHEMA_V5 } from '../../src/db';
import { rightMastodonKey } from '../../src/db/rekey-v7';
import { snapshot, verdict } from '../helpers/posts';

const name = 'migration-v7-test';
afterEach(() => Dexie.delete(name));

const HOST = 'social.example';
/** A Mastodon post as stored: `id` in its key, `own` at the end of its permalink. */
function mastodonPost(id: string, url: string) {
  return {
    ...snapshot(id, {
      key: `mastodon:${HOST}/${id}`,
      platform: 'mastodon',
      url,
      authorHandle: 'drlena',
      authorProfileUrl: `https://${HOST}/@drlena`,
      text: 'annotated text',
    }),
    authorKey: 'mastodon:@drlena',
    verdict: verdict(),
    firstSeenAt: '2026-11-20T09:00:00.000Z',
    lastSeenAt: '2026-11-21T09:00:00.000Z',
    sessionIds: [1],
  };
}
const annotation = (key: string, note: string) => ({
  key,
  category: 'creating',
  tags: [],
  flagged: true,
  note,
  collections: [],
  annotatedAt: '2026-11-21T10:00:00.000Z',
  sessionId: 1,
});

/** A version 3 database holding a quote post stored under the id of the status it quotes. */
async function buildV3() {
  const v3 = new Dexie(name);
  v3.version(3).stores(SCHEMA_V3);
  await v3.open();
  await v3.table('posts').bulkPut([
    // Seen on its own page: keyed by the quoted status (…001), its permalink names …010.
    mastodonPost('113000000000000001', `https://${HOST}/@drlena/113000000000000010`),
    // A boost of a remote status: its permalink is the other server's; left alone.
    mastodonPost('113000000000000005', 'https://other.example/@kardio/998877'),
    // Keyed right.
    mastodonPost('113000000000000030', `https://${HOST}/@drlena/113000000000000030`),
  ]);
  await v3
    .table('annotations')
    .bulkPut([
      annotation(`mastodon:${HOST}/113000000000000001`, 'on the quote post'),
      annotation(`mastodon:${HOST}/113000000000000005`, 'on the boost'),
    ]);
  await v3.table('syncDocs').put({
    key: `mastodon:${HOST}/113000000000000001`,
    rev: '1-abc',
    pending: 0,
    changedAt: '2026-11-21T10:00:00.000Z',
  });
  v3.close();
}

describe('database upgrade to version 7', () => {
  it('moves a Mastodon quote post and its annotation from the quoted status’s key to its own', async () => {
    await buildV3();
    const db = new LensDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    const right = `mastodon:${HOST}/113000000000000010`;
    const wrong = `mastodon:${HOST}/113000000000000001`;
    expect(await db.annotations.get(right)).toMatchObject({ note: 'on the quote post' });
    expect(await db.annotations.get(wrong)).toBeUndefined();
    expect(await db.posts.get(right)).toMatchObject({ key: right, text: 'annotated text' });
    expect(await db.posts.get(wrong)).toBeUndefined();
    // Team sync clears the old document and sends the right one.
    expect(await db.syncDocs.get(wrong)).toMatchObject({ pending: 1, rev: '1-abc' });
    expect(await db.syncDocs.get(right)).toMatchObject({ pending: 1 });
    // Everything else is as it was.
    expect(await db.annotations.get(`mastodon:${HOST}/113000000000000005`)).toMatchObject({
      note: 'on the boost',
    });
    expect(await db.posts.count()).toBe(3);
    db.close();
  });
});

describe('database upgrade to version 7 with the adverse-event queue', () => {
  it('moves a quote post’s case and its whole trail to the post’s own key', async () => {
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    const wrong = `mastodon:${HOST}/113000000000000001`;
    const right = `mastodon:${HOST}/113000000000000010`;
    // A post never annotated keeps no address since version 4; its case keeps one.
    await v5.table('aeCases').put({
      key: wrong,
      platform: 'mastodon',
      url: `https://${HOST}/@drlena/113000000000000010`,
      state: 'new',
      syncPending: 0,
      rev: '2-def',
    });
    await v5.table('aeAudit').bulkPut([
      { id: 'a1', caseKey: wrong, field: 'opened' },
      { id: 'a2', caseKey: wrong, field: 'events' },
    ]);
    v5.close();

    const db = new LensDb(name);
    await db.open();
    expect(await db.aeCases.get(wrong)).toBeUndefined();
    const moved = await db.aeCases.get(right);
    expect(moved).toMatchObject({ key: right, state: 'new', syncPending: 1 });
    expect(moved?.rev).toBeUndefined();
    expect((await db.aeAudit.where('caseKey').equals(right).toArray()).map((e) => e.id)).toEqual([
      'a1',
      'a2',
    ]);
    db.close();
  });
});

describe('rightMastodonKey', () => {
  it('names the key from a local permalink that disagrees, and nothing else', () => {
    const at = (key: string, url: string) => rightMastodonKey({ key, url });
    expect(at('mastodon:a.example/1', 'https://a.example/@x/2')).toBe('mastodon:a.example/2');
    expect(at('mastodon:a.example/1', 'https://a.example/@x/1')).toBeNull();
    expect(at('mastodon:a.example/1', 'https://b.example/@x/2')).toBeNull();
    expect(at('mastodon:a.example/1', 'not a url')).toBeNull();
    expect(at('x:1', 'https://x.com/a/status/2')).toBeNull();
  });
});
