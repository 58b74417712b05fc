import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { LensDb, SCHEMA_V3 } from '../../src/db';
import { postRecord, snapshot, verdict } from '../helpers/posts';

const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
const tab: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };
const dbs: LensDb[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

/** Authors 'ana' (an HCP, posts that create) and 'bo' (not an HCP). */
const post = (id: string, author: string) =>
  snapshot(id, {
    authorName: author === 'ana' ? 'Ana Ruiz, MD' : 'Bo Li',
    authorProfileUrl: `https://www.linkedin.com/in/${author}/`,
  });

function setup() {
  const db = new LensDb(`author-stats-${++n}`);
  dbs.push(db);
  let clock = Date.parse('2026-12-01T09:00:00Z');
  const h = createHandlers({
    db,
    now: () => new Date((clock += 60_000)),
    classify: (input) =>
      input.authorName.includes('MD')
        ? verdict({ isHcp: true, specialty: 'cardiology', category: 'creating' })
        : verdict({ isHcp: false, specialty: '', category: 'connecting' }),
    broadcast: () => undefined,
  });
  const met = async () => (await h['authors/met']({ type: 'authors/met' }, page)).authors;
  return { db, h, met };
}

describe('authors met', () => {
  it('counts each HCP author’s posts per category as they are seen and tagged', async () => {
    const { db, h, met } = setup();
    await h['posts/seen'](
      { type: 'posts/seen', posts: [post('1', 'ana'), post('2', 'ana'), post('3', 'bo')] },
      tab,
    );
    // Seen again: counted once.
    await h['posts/seen']({ type: 'posts/seen', posts: [post('1', 'ana')] }, tab);
    const listed = await met();
    expect(listed).toHaveLength(1);
    let [ana] = listed;
    expect(ana).toMatchObject({
      name: 'Ana Ruiz, MD',
      specialty: 'cardiology',
      platform: 'linkedin',
      posts: 2,
      byCategory: { creating: 2, communicating: 0 },
      mark: null,
    });
    // Last seen: the latest sighting of any of the author's posts.
    expect(ana?.lastSeenAt).toBe((await db.posts.get('linkedin:1'))?.lastSeenAt);
    // The user files one under another category: it moves; clearing it moves it back.
    await h['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:2', patch: { category: 'communicating' } },
      tab,
    );
    [ana] = await met();
    expect(ana?.byCategory).toMatchObject({ creating: 1, communicating: 1 });
    await h['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:2', patch: { category: null } },
      tab,
    );
    [ana] = await met();
    expect(ana?.byCategory).toMatchObject({ creating: 2, communicating: 0 });
  });

  it('follows the user’s mark on an author', async () => {
    const { h, met } = setup();
    await h['posts/seen']({ type: 'posts/seen', posts: [post('1', 'ana'), post('3', 'bo')] }, tab);
    await h['author/mark']({ type: 'author/mark', post: post('3', 'bo'), isHcp: true }, tab);
    const bo = (await met()).find((a) => a.name === 'Bo Li');
    expect(bo).toMatchObject({ mark: true, posts: 1, byCategory: { connecting: 1 } });
    await h['author/mark']({ type: 'author/mark', post: post('1', 'ana'), isHcp: false }, tab);
    expect((await met()).map((a) => a.name)).toEqual(['Bo Li']);
  });

  it('lists from the kept counts without reading the posts', async () => {
    const { db, h, met } = setup();
    await h['posts/seen']({ type: 'posts/seen', posts: [post('1', 'ana')] }, tab);
    const reads = [
      vi.spyOn(db.posts, 'toArray'),
      vi.spyOn(db.posts, 'each'),
      vi.spyOn(db.posts, 'where'),
    ];
    expect(await met()).toHaveLength(1);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('counts the posts stored before the upgrade that adds the counts', async () => {
    const name = `author-stats-upgrade-${++n}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const ana = (id: string, category: 'creating' | 'communicating') =>
      postRecord(id, {
        // The key its profile address gives: an upgrade works author keys out again.
        ...snapshot(id, { authorProfileUrl: 'https://www.linkedin.com/in/ana/' }),
        authorKey: 'linkedin:www.linkedin.com/in/ana',
        verdict: verdict({ isHcp: true, specialty: 'oncology', category }),
        lastSeenAt: `2026-11-2${id}T09:00:00.000Z`,
      });
    await v3
      .table('posts')
      .bulkPut([ana('1', 'creating'), ana('2', 'creating'), ana('3', 'communicating')]);
    await v3.table('annotations').put({
      key: 'linkedin:2',
      category: 'catalyzing',
      tags: [],
      flagged: false,
      note: '',
      collections: [],
      annotatedAt: '2026-11-22T10:00:00.000Z',
      sessionId: 1,
    });
    v3.close();
    const db = new LensDb(name);
    dbs.push(db);
    await db.open();
    expect(await db.authorStats.get('linkedin:www.linkedin.com/in/ana')).toMatchObject({
      hcp: 1,
      specialty: 'oncology',
      posts: 3,
      byCategory: { creating: 1, catalyzing: 1, communicating: 1 },
      lastSeenAt: '2026-11-23T09:00:00.000Z',
    });
  });
});
