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
    expect(db.verno).toBe(9);
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

/** A Mastodon post as version 3 stored it: every post kept its address, author and context. */
function mastodonPost(host: string, id: string, handle: string, annotatedText = '') {
  return {
    key: `mastodon:${host}/${id}`,
    platform: 'mastodon',
    url: `https://${host}/@${handle.replace(/^@/, '')}/${id}`,
    authorName: 'Ana',
    authorHandle: handle,
    authorHeadline: '',
    authorProfileUrl: '',
    text: annotatedText,
    promoted: false,
    context: 'Ben boosted',
    authorKey: `mastodon:@${handle.replace(/^@/, '').toLowerCase()}`,
    verdict: verdict({
      signals: [{ kind: 'ae', label: "Names a medicine: 'keytruda'", weight: 1 }],
    }),
    firstSeenAt: '2026-11-20T09:00:00.000Z',
    lastSeenAt: '2026-11-20T09:00:00.000Z',
    sessionIds: [1],
  };
}

const author = (authorKey: string, over: Record<string, unknown>) => ({
  authorKey,
  platform: 'mastodon',
  name: 'Ana',
  handle: '',
  profileUrl: '',
  headline: '',
  headlineSeenAt: '2026-11-20T09:00:00.000Z',
  ...over,
});

describe('database upgrade from version 3', () => {
  it('tells Mastodon authors apart by instance and drops what posts only seen kept', async () => {
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3
      .table('posts')
      .bulkPut([
        mastodonPost('med.social', '1', '@ana', 'Annotated words'),
        mastodonPost('other.social', '2', '@ana'),
        mastodonPost('med.social', '3', '@bob'),
        mastodonPost('med.social', '4', '@cy@far.org'),
      ]);
    await v3.table('annotations').put({
      key: 'mastodon:med.social/1',
      category: 'creating',
      tags: [],
      flagged: false,
      note: '',
      collections: [],
      annotatedAt: '2026-11-21T10:00:00.000Z',
      sessionId: 1,
    });
    await v3.table('authors').bulkPut([
      // Seen on two instances under one bare handle: the bio is nobody's, the mark both's.
      author('mastodon:@ana', { handle: '@ana', headline: 'Oncologist', hcpOverride: true }),
      // The profile names the instance.
      author('mastodon:@bob', {
        handle: '@bob',
        profileUrl: 'https://med.social/@bob',
        headline: 'Nurse',
      }),
      author('mastodon:@cy@far.org', { handle: '@cy@far.org', headline: 'GP' }),
      author('x:@drana', { platform: 'x', handle: '@drana', headline: 'MD' }),
    ]);
    v3.close();

    const db = new LensDb(name);
    await db.open();
    const posts = await db.posts.toArray();
    expect(posts.map((p) => [p.key, p.authorKey])).toEqual([
      ['mastodon:med.social/1', 'mastodon:@ana@med.social'],
      ['mastodon:med.social/3', 'mastodon:@bob@med.social'],
      ['mastodon:med.social/4', 'mastodon:@cy@far.org'],
      ['mastodon:other.social/2', 'mastodon:@ana@other.social'],
    ]);
    const [annotated, seen] = await db.posts.bulkGet([
      'mastodon:med.social/1',
      'mastodon:other.social/2',
    ]);
    expect(annotated).toMatchObject({ text: 'Annotated words', context: 'Ben boosted' });
    expect(seen).toMatchObject({ url: '', authorName: '', authorHandle: '', context: '' });
    expect(posts.map((p) => p.verdict.signals[0]?.label)).toEqual(
      Array(4).fill('Names a medicine'),
    );

    const authors = Object.fromEntries((await db.authors.toArray()).map((a) => [a.authorKey, a]));
    expect(Object.keys(authors).sort()).toEqual([
      'mastodon:@ana@med.social',
      'mastodon:@ana@other.social',
      'mastodon:@bob@med.social',
      'mastodon:@cy@far.org',
      'x:@drana',
    ]);
    expect(authors['mastodon:@ana@med.social']).toMatchObject({ headline: '', hcpOverride: true });
    expect(authors['mastodon:@ana@other.social']).toMatchObject({
      headline: '',
      hcpOverride: true,
    });
    expect(authors['mastodon:@bob@med.social']?.headline).toBe('Nurse');
    expect(authors['mastodon:@cy@far.org']?.headline).toBe('GP');
    db.close();
  });
});

describe('database upgrade from version 3 to the fetched bios', () => {
  it('keeps what version 3 held and adds the table of fetched bios, empty', async () => {
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('authors').put({
      authorKey: 'bluesky:@ana.bsky.social',
      platform: 'bluesky',
      name: 'Ana',
      handle: 'ana.bsky.social',
      profileUrl: '',
      headline: 'ICU nurse',
      headlineSeenAt: '2026-11-20T09:00:00.000Z',
    });
    await v3.table('syncDocs').put({ key: 'linkedin:1', pending: 1, changedAt: 'x' });
    v3.close();

    const db = new LensDb(name);
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.authors.get('bluesky:@ana.bsky.social')).toMatchObject({
      headline: 'ICU nurse',
    });
    expect(await db.syncDocs.count()).toBe(1);
    expect(await db.fetchedBios.count()).toBe(0);
    await db.fetchedBios.put({
      authorKey: 'bluesky:@bo.bsky.social',
      platform: 'bluesky',
      source: 'bsky.app',
      bio: 'Pharmacist',
      fetchedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(await db.fetchedBios.where('fetchedAt').below('2026-12-01').count()).toBe(1);
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
