import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  annotate,
  annotateMany,
  createCollection,
  deleteLabel,
  listLabels,
  LensDb,
  PostQueries,
  renameLabels,
  type Annotation,
  type PostFilter,
} from '../../src/db';
import { bulkPatch } from '../../src/background/curation-handlers';
import { postRecord, snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const now = new Date('2026-11-24T10:00:00Z');
beforeEach(() => {
  db = new LensDb(`query-${++n}`);
});
afterEach(() => db.delete());

const note = (a: Partial<Annotation> & { key: string }): Annotation => ({
  category: null,
  tags: [],
  flagged: false,
  note: '',
  collections: [],
  annotatedAt: '2026-11-24T09:00:00.000Z',
  sessionId: 1,
  ...a,
});

/** Four annotated posts and one merely seen, different in every filtered way. */
async function seed() {
  await db.posts.bulkPut([
    postRecord('1', {
      authorName: 'Ana Ruiz, MD',
      verdict: verdict({ category: 'creating', target: { listName: 'KOLs', tier: '1' } }),
      firstSeenAt: '2026-11-01T09:00:00.000Z',
    }),
    postRecord('2', {
      platform: 'x',
      key: 'x:2',
      authorName: 'Bo Li',
      verdict: verdict({ isHcp: false, specialty: '', category: 'connecting', industry: true }),
      firstSeenAt: '2026-11-10T09:00:00.000Z',
    }),
    postRecord('3', {
      authorName: 'Cara Ruiz',
      verdict: verdict({ category: 'creating', trainee: true, specialty: 'oncology' }),
      firstSeenAt: '2026-11-20T09:00:00.000Z',
    }),
    postRecord('4', { authorName: 'Dev Patel', verdict: verdict({ category: 'catalyzing' }) }),
    postRecord('5', { authorName: 'Seen Only' }),
  ]);
  await db.annotations.bulkPut([
    note({
      key: 'linkedin:1',
      category: 'collaborating',
      collections: ['Q4 KOLs'],
      tags: ['kol'],
      annotatedAt: '2026-11-24T09:04:00.000Z',
    }),
    note({ key: 'x:2', flagged: true, annotatedAt: '2026-11-24T09:03:00.000Z' }),
    note({
      key: 'linkedin:3',
      tags: ['kol', 'trial'],
      followUpDone: true,
      annotatedAt: '2026-11-24T09:02:00.000Z',
    }),
    note({ key: 'linkedin:4', note: 'call back', annotatedAt: '2026-11-24T09:01:00.000Z' }),
  ]);
}

const keys = (filter: PostFilter, sort: Parameters<PostQueries['keys']>[1] = 'annotated-desc') =>
  new PostQueries(db).keys(filter, sort);

describe('dashboard queries', () => {
  it('lists only annotated posts, newest decision first, a page at a time', async () => {
    await seed();
    const q = new PostQueries(db);
    const page = await q.page({}, 'annotated-desc', 1, 2);
    expect(page.total).toBe(4);
    expect(page.views.map((v) => v.post.key)).toEqual(['x:2', 'linkedin:3']);
    // The index entries stay in the database.
    expect(page.views[0]!.post.facets).toBeUndefined();
    expect(page.views[0]!.annotation!.facets).toBeUndefined();
    expect(await keys({}, 'annotated-asc')).toEqual([
      'linkedin:4',
      'linkedin:3',
      'x:2',
      'linkedin:1',
    ]);
  });

  it('filters on the post, its verdict and the decision, combined', async () => {
    await seed();
    expect(await keys({ platform: 'x' })).toEqual(['x:2']);
    expect(await keys({ hcp: 'no' })).toEqual(['x:2']);
    expect(await keys({ hcp: 'yes', trainee: 'yes' })).toEqual(['linkedin:3']);
    expect(await keys({ industry: 'yes' })).toEqual(['x:2']);
    expect(await keys({ specialty: 'oncology' })).toEqual(['linkedin:3']);
    expect(await keys({ tier: '1' })).toEqual(['linkedin:1']);
    expect(await keys({ tier: 'listed' })).toEqual(['linkedin:1']);
    expect(await keys({ tier: 'unlisted' })).toEqual(['x:2', 'linkedin:3', 'linkedin:4']);
    expect(await keys({ followUp: 'open' })).toEqual(['x:2']);
    expect(await keys({ followUp: 'done' })).toEqual(['linkedin:3']);
    expect(await keys({ followUp: 'none' })).toEqual(['linkedin:1', 'linkedin:4']);
    expect(await keys({ collection: 'Q4 KOLs' })).toEqual(['linkedin:1']);
    expect(await keys({ tag: 'kol' })).toEqual(['linkedin:1', 'linkedin:3']);
    expect(await keys({ tag: 'kol', specialty: 'oncology' })).toEqual(['linkedin:3']);
    expect(await keys({ author: 'ruiz' })).toEqual(['linkedin:1', 'linkedin:3']);
    expect(await keys({ author: 'ana ru' })).toEqual(['linkedin:1']);
    expect(await keys({ from: '2026-11-05', to: '2026-11-15' })).toEqual(['x:2']);
    expect(await keys({ from: '2026-11-15' })).toEqual(['linkedin:3', 'linkedin:4']);
  });

  it('tells a confirmed category from a standing suggestion', async () => {
    await seed();
    // linkedin:1 was suggested Creating but the user chose Collaborating.
    expect(await keys({ category: 'creating', categorySource: 'suggested' })).toEqual([
      'linkedin:3',
    ]);
    expect(await keys({ category: 'creating' })).toEqual(['linkedin:3']);
    expect(await keys({ category: 'collaborating', categorySource: 'confirmed' })).toEqual([
      'linkedin:1',
    ]);
    expect(await keys({ category: 'collaborating', categorySource: 'suggested' })).toEqual([]);
    const counts = await new PostQueries(db).counts({});
    expect(counts.confirmed).toMatchObject({ collaborating: 1, creating: 0 });
    expect(counts.suggested).toMatchObject({ creating: 1, connecting: 1, catalyzing: 1 });
    const ruiz = await new PostQueries(db).counts({ author: 'ruiz' });
    expect(ruiz.confirmed.collaborating).toBe(1);
    expect(ruiz.suggested).toMatchObject({ creating: 1, catalyzing: 0 });
  });

  it('sorts by first seen and by author, and a write refreshes a cached view', async () => {
    await seed();
    expect(await keys({}, 'seen-asc')).toEqual(['linkedin:1', 'x:2', 'linkedin:3', 'linkedin:4']);
    expect(await keys({}, 'author')).toEqual(['linkedin:1', 'x:2', 'linkedin:3', 'linkedin:4']);
    const q = new PostQueries(db);
    expect(await q.keys({ tag: 'kol' }, 'annotated-desc')).toHaveLength(2);
    await annotate(db, 'linkedin:4', { tags: ['kol'] }, 1, now);
    expect(await q.keys({ tag: 'kol' }, 'annotated-desc')).toEqual([
      'linkedin:4',
      'linkedin:1',
      'linkedin:3',
    ]);
  });
});

describe('bulk edits', () => {
  it('sets category and follow-up and adds a collection to many posts in one go', async () => {
    await seed();
    const change = bulkPatch({ category: 'creating', followUp: 'done', addCollections: ['Q1'] });
    const changed = await annotateMany(db, ['linkedin:1', 'x:2'], change, { sessionId: 2, now });
    expect(changed).toHaveLength(2);
    const [a, b] = await db.annotations.bulkGet(['linkedin:1', 'x:2']);
    expect(a).toMatchObject({ category: 'creating', collections: ['Q4 KOLs', 'Q1'] });
    expect(b).toMatchObject({ flagged: false, followUpDone: true, collections: ['Q1'] });
    expect((await keys({ followUp: 'done' })).sort()).toEqual(['linkedin:1', 'linkedin:3', 'x:2']);
  });

  it('flagging again reopens a closed follow-up', async () => {
    await seed();
    await annotate(db, 'linkedin:3', { flagged: true }, 1, now);
    expect(await db.annotations.get('linkedin:3')).toMatchObject({ flagged: true });
    expect((await db.annotations.get('linkedin:3'))!.followUpDone).toBeUndefined();
  });

  it('removing the last decision deletes the annotation and the post text', async () => {
    await seed();
    await annotateMany(db, ['linkedin:4'], () => ({ note: '' }), { sessionId: 1, now });
    expect(await db.annotations.get('linkedin:4')).toBeUndefined();
    expect((await db.posts.get('linkedin:4'))!.text).toBe('');
  });
});

describe('collections and tags', () => {
  it('lists collections with their counts, including one created empty', async () => {
    await seed();
    await createCollection(db, 'Cardiology');
    expect(await listLabels(db, 'collection')).toEqual([
      { name: 'Cardiology', posts: 0 },
      { name: 'Q4 KOLs', posts: 1 },
    ]);
    expect(await listLabels(db, 'tag')).toEqual([
      { name: 'kol', posts: 2 },
      { name: 'trial', posts: 1 },
    ]);
  });

  it('renames and merges without touching the posts’ other labels or their time', async () => {
    await seed();
    await annotate(db, 'linkedin:4', { collections: ['Cardio'] }, 1, now);
    await renameLabels(db, 'collection', ['Q4 KOLs', 'Cardio'], 'KOLs 2026', {
      sessionId: 1,
      now: new Date('2026-12-01T00:00:00Z'),
    });
    expect(await listLabels(db, 'collection')).toEqual([{ name: 'KOLs 2026', posts: 2 }]);
    const a = await db.annotations.get('linkedin:1');
    expect(a).toMatchObject({ tags: ['kol'], annotatedAt: '2026-11-24T09:04:00.000Z' });
    await renameLabels(db, 'tag', ['trial'], 'kol', { sessionId: 1, now });
    expect((await db.annotations.get('linkedin:3'))!.tags).toEqual(['kol']);
  });

  it('deletes a collection from every post and keeps the posts', async () => {
    await seed();
    await createCollection(db, 'Q4 KOLs');
    const changed = await deleteLabel(db, 'collection', 'Q4 KOLs', { sessionId: 1, now });
    expect(changed).toHaveLength(1);
    expect(await listLabels(db, 'collection')).toEqual([]);
    expect(await db.annotations.get('linkedin:1')).toMatchObject({ category: 'collaborating' });
  });

  it('a post tagged through the bar is found by its collection', async () => {
    await db.posts.put(postRecord('9'));
    await annotate(db, 'linkedin:9', { collections: ['New list'] }, 1, now, {
      snapshot: snapshot('9'),
    });
    expect(await keys({ collection: 'New list' })).toEqual(['linkedin:9']);
  });
});
