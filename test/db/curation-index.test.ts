import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bulkPatch } from '../../src/background/curation-handlers';
import { CATEGORIES } from '../../src/classify/types';
import {
  annotateMany,
  effectiveCategory,
  LensDb,
  listLabels,
  PostQueries,
  type Annotation,
  type PostFilter,
  type PostRecord,
  type PostView,
} from '../../src/db';
import { postRecord, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`curation-index-${++n}`);
});
afterEach(() => db.delete());

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const NAMES = ['Ana Ruiz', 'Bo Li', 'Cara Ruiz-Gómez', 'Dev Patel', 'Anabel Stone', 'Eli Ng'];

function made(count: number, seed = 7): { posts: PostRecord[]; annotations: Annotation[] } {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const posts: PostRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    const post = postRecord(String(i), {
      platform: pick(['linkedin', 'x'] as const),
      authorName: pick(NAMES),
      firstSeenAt: `2026-${pick(['10', '11'])}-${day}T0${Math.floor(r() * 9)}:00:00.000Z`,
      verdict: verdict({
        isHcp: r() < 0.5,
        category: pick(CATEGORIES),
        specialty: pick(['cardiology', 'oncology', '']),
        ...(r() < 0.3 ? { target: { listName: 'KOLs', tier: pick(['1', '2']) } } : {}),
      }),
    });
    posts.push(post);
    // Some posts are only seen, never annotated: they are never listed.
    if (r() < 0.15) continue;
    annotations.push({
      key: post.key,
      category: r() < 0.4 ? pick(CATEGORIES) : null,
      tags: r() < 0.3 ? [pick(['kol', 'trial', 'asco'])] : [],
      flagged: r() < 0.2,
      followUpDone: r() < 0.1,
      note: '',
      collections: r() < 0.3 ? [pick(['Q4 KOLs', 'Launch'])] : [],
      annotatedAt: `2026-11-${day}T1${Math.floor(r() * 9)}:00:00.000Z`,
      sessionId: 1,
    });
  }
  return { posts, annotations };
}

/** What a filter shows, worked out the slow and obvious way from the records. */
function expected(views: PostView[], f: PostFilter): string[] {
  const follow = (a: Annotation) => (a.flagged ? 'open' : a.followUpDone ? 'done' : 'none');
  return views
    .filter(({ post, annotation: a }) => {
      const v = post.verdict;
      if (!a) return false;
      if (f.platform && post.platform !== f.platform) return false;
      if (f.hcp && v.isHcp !== (f.hcp === 'yes')) return false;
      if (f.specialty && v.specialty !== f.specialty) return false;
      if (f.tier === 'listed' && !v.target) return false;
      if (f.tier === 'unlisted' && v.target) return false;
      if (f.tier && !['listed', 'unlisted'].includes(f.tier) && v.target?.tier !== f.tier)
        return false;
      if (f.followUp && follow(a) !== f.followUp) return false;
      if (f.collection && !a.collections.includes(f.collection)) return false;
      if (f.tag && !a.tags.includes(f.tag)) return false;
      if (f.author) {
        const words = post.authorName.toLowerCase().split(/[^\p{L}\p{N}]+/u);
        if (!f.author.split(' ').every((p) => words.some((w) => w.startsWith(p)))) return false;
      }
      if (f.from && post.firstSeenAt < `${f.from}T00:00:00.000Z`) return false;
      if (f.to && post.firstSeenAt > `${f.to}T23:59:59.999Z`) return false;
      if (f.category) {
        const src = f.categorySource ?? 'any';
        const confirmed = a.category === f.category;
        const suggested = a.category === null && v.category === f.category;
        if (
          src === 'confirmed'
            ? !confirmed
            : src === 'suggested'
              ? !suggested
              : !(confirmed || suggested)
        )
          return false;
      }
      return true;
    })
    .sort((x, y) =>
      x.annotation!.annotatedAt === y.annotation!.annotatedAt
        ? x.post.key < y.post.key
          ? 1
          : -1
        : x.annotation!.annotatedAt < y.annotation!.annotatedAt
          ? 1
          : -1,
    )
    .map((v) => v.post.key);
}

async function allViews(): Promise<PostView[]> {
  const [posts, annotations] = await Promise.all([db.posts.toArray(), db.annotations.toArray()]);
  const byKey = new Map(annotations.map((a) => [a.key, a]));
  return posts.map((post) => ({ post, annotation: byKey.get(post.key) ?? null }));
}

const FILTERS: PostFilter[] = [
  {},
  { hcp: 'yes' },
  { platform: 'x', followUp: 'open' },
  { category: 'creating' },
  { category: 'creating', categorySource: 'suggested' },
  { category: 'connecting', categorySource: 'confirmed', hcp: 'no' },
  { collection: 'Q4 KOLs' },
  { tag: 'kol', specialty: 'cardiology', tier: 'listed' },
  { tier: 'unlisted', followUp: 'none' },
  { tier: '2' },
  { author: 'ana' },
  { author: 'ruiz g' },
  { from: '2026-10-05', to: '2026-10-20' },
  { from: '2026-11-10', platform: 'linkedin', followUp: 'done' },
];

describe('the in-memory curation index', () => {
  it('shows what every filter matches, in order, as the records say', async () => {
    const { posts, annotations } = made(400);
    await db.posts.bulkPut(posts);
    await db.annotations.bulkPut(annotations);
    const q = new PostQueries(db);
    const views = await allViews();
    for (const filter of FILTERS) {
      expect(await q.keys(filter, 'annotated-desc'), JSON.stringify(filter)).toEqual(
        expected(views, filter),
      );
    }
    const counts = await q.counts({ hcp: 'yes' });
    const hcp = views.filter((v) => v.annotation && v.post.verdict.isHcp);
    for (const c of CATEGORIES) {
      const confirmed = hcp.filter((v) => v.annotation!.category === c).length;
      const all = hcp.filter((v) => effectiveCategory(v) === c).length;
      expect(counts.confirmed[c]).toBe(confirmed);
      expect(counts.confirmed[c] + counts.suggested[c]).toBe(all);
    }
  });

  it('follows bulk edits, deletions, a cleared table and other writers without reading everything again', async () => {
    const { posts, annotations } = made(300, 11);
    await db.posts.bulkPut(posts);
    await db.annotations.bulkPut(annotations);
    const q = new PostQueries(db);
    expect(await q.keys({ collection: 'Q4 KOLs' }, 'annotated-desc')).toEqual(
      expected(await allViews(), { collection: 'Q4 KOLs' }),
    );

    // A bulk edit (the dashboard's), a sync-like direct write, and a removal.
    const some = annotations.slice(0, 120).map((a) => a.key);
    await annotateMany(
      db,
      some,
      bulkPatch({ category: 'catalyzing', addCollections: ['Q4 KOLs'] }),
      {
        sessionId: 2,
        now: new Date('2026-12-01T10:00:00Z'),
      },
    );
    await db.annotations.put({ ...annotations[200]!, tags: ['received'] });
    await db.annotations.delete(annotations[201]!.key);
    const views = await allViews();
    // Only the posts written are read back: no second full read of the annotations.
    const fullReads = vi.spyOn(db.annotations, 'toCollection');
    for (const filter of [...FILTERS, { tag: 'received' }] as PostFilter[]) {
      expect(await q.keys(filter, 'annotated-desc'), JSON.stringify(filter)).toEqual(
        expected(views, filter),
      );
    }
    // Collections and tags with their counts, as the facet index has them.
    for (const kind of ['collection', 'tag'] as const) {
      expect(await q.labels(kind)).toEqual(await listLabels(db, kind));
    }
    expect(fullReads).not.toHaveBeenCalled();

    // A write that fails leaves the index as the database is.
    await db
      .transaction('rw', db.annotations, async () => {
        await db.annotations.put({ ...annotations[202]!, tags: ['lost'] });
        throw new Error('abort');
      })
      .catch(() => undefined);
    expect(await q.keys({ tag: 'lost' }, 'annotated-desc')).toEqual([]);

    // A cleared table (a restore replacing everything): built again when next asked.
    await db.annotations.clear();
    await db.annotations.bulkPut(annotations.slice(0, 10));
    expect(await q.keys({}, 'annotated-desc')).toEqual(expected(await allViews(), {}));
  });

  it('sorts by author and first seen from memory, and keeps the order after a write', async () => {
    const { posts, annotations } = made(200, 3);
    await db.posts.bulkPut(posts);
    await db.annotations.bulkPut(annotations);
    const q = new PostQueries(db);
    const bySeen = async () =>
      (await allViews())
        .filter((v) => v.annotation)
        .sort((x, y) =>
          x.post.firstSeenAt === y.post.firstSeenAt
            ? x.post.key < y.post.key
              ? -1
              : 1
            : x.post.firstSeenAt < y.post.firstSeenAt
              ? -1
              : 1,
        )
        .map((v) => v.post.key);
    expect(await q.keys({}, 'seen-asc')).toEqual(await bySeen());
    const moved = posts.find((p) => annotations.some((a) => a.key === p.key))!;
    await db.posts.put({
      ...moved,
      firstSeenAt: '2025-01-01T00:00:00.000Z',
      authorName: 'Aaron A',
    });
    expect((await q.keys({}, 'seen-asc'))[0]).toBe(moved.key);
    expect((await q.keys({}, 'author'))[0]).toBe(moved.key);
    expect(await q.keys({}, 'seen-asc')).toEqual(await bySeen());
    expect((await q.keys({}, 'seen-desc')).at(-1)).toBe(moved.key);
  });
});
