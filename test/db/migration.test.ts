import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDb, PostQueries, SCHEMA_V1, SCHEMA_V3 } from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

const name = 'migration-test';
afterEach(() => Dexie.delete(name));

/** Builds a database exactly as version 1 of the extension left it. */
async function buildV1() {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  const post = (id: string, headline: string, text: string) => ({
    ...snapshot(id, { authorHeadline: headline, text }),
    verdict: verdict(),
    firstSeenAt: '2026-11-20T09:00:00.000Z',
    lastSeenAt: `2026-11-2${id}T09:00:00.000Z`,
    sessionIds: [1],
  });
  await v1
    .table('posts')
    .bulkPut([post('1', 'Cardiologist', 'annotated text'), post('2', 'Nurse', 'never annotated')]);
  await v1.table('annotations').put({
    key: 'linkedin:1',
    category: 'creating',
    tags: ['kol'],
    flagged: true,
    note: 'follow up',
    collections: ['Q4'],
    annotatedAt: '2026-11-21T10:00:00.000Z',
    sessionId: 1,
  });
  await v1.table('sessions').put({
    id: 1,
    startedAt: '2026-11-20T09:00:00.000Z',
    lastActiveAt: '2026-11-21T10:00:00.000Z',
  });
  v1.close();
}

describe('database upgrade from version 1', () => {
  it('keeps every annotation, post and session, and adds author keys and author memory', async () => {
    await buildV1();
    const db = new LensDb(name);
    await db.open();
    // Upgraded to the latest version, whichever it is.
    expect(db.verno).toBe(new LensDb('unopened').verno);
    expect(await db.annotations.get('linkedin:1')).toMatchObject({
      category: 'creating',
      tags: ['kol'],
      note: 'follow up',
    });
    expect(await db.sessions.count()).toBe(1);
    const [annotated, seenOnly] = await db.posts.bulkGet(['linkedin:1', 'linkedin:2']);
    expect(annotated).toMatchObject({
      text: 'annotated text',
      authorKey: 'linkedin:www.linkedin.com/in/author-1',
    });
    // Posts nobody annotated lose their text in the upgrade, as new ones never store it.
    expect(seenOnly).toMatchObject({ text: '', authorHeadline: '', verdict: { isHcp: true } });
    expect((await db.authors.toArray()).map((a) => a.headline).sort()).toEqual([
      'Cardiologist',
      'Nurse',
    ]);
    db.close();
  });
});

describe('database upgrade to version 6', () => {
  it('indexes the posts and annotations stored by version 3 for the dashboard’s filters', async () => {
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('posts').bulkPut([
      {
        ...snapshot('1'),
        authorKey: 'a1',
        verdict: verdict(),
        firstSeenAt: '2026-11-20T09:00:00.000Z',
        lastSeenAt: '2026-11-20T09:00:00.000Z',
        sessionIds: [1],
      },
      {
        ...snapshot('2'),
        authorKey: 'a2',
        verdict: verdict({ isHcp: false }),
        firstSeenAt: '2026-11-20T09:00:00.000Z',
        lastSeenAt: '2026-11-20T09:00:00.000Z',
        sessionIds: [1],
      },
    ]);
    await v3.table('annotations').bulkPut(
      ['linkedin:1', 'linkedin:2'].map((key) => ({
        key,
        category: null,
        tags: [],
        flagged: key === 'linkedin:2',
        note: '',
        collections: ['Q4'],
        annotatedAt: '2026-11-21T10:00:00.000Z',
        sessionId: 1,
      })),
    );
    v3.close();
    const db = new LensDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const q = new PostQueries(db);
    expect(await q.keys({ hcp: 'no', collection: 'Q4' }, 'annotated-desc')).toEqual(['linkedin:2']);
    expect(await q.keys({ followUp: 'open' }, 'annotated-desc')).toEqual(['linkedin:2']);
    expect(await db.annotations.get('linkedin:1')).toMatchObject({ collections: ['Q4'] });
    db.close();
  });
});
