// The dashboard's queries over the annotated posts: a page of rows, the count, the counts per
// category, and every key of a view (for export and bulk edits). Filters are key ranges on the
// facet indexes (db/facets.ts): the background reads keys, intersects them, and loads the records
// of one page only, so 100,000 annotated posts cost no more than their keys.
import type { Table } from 'dexie';
import { CATEGORIES, type Category } from '../classify/types';
import { authorWords, FACET } from './facets';
import { isEmptyFilter, type PostFilter, type Sort } from './post-filter';
import type { PostView } from './records';
import type { LensDb } from './schema';

type Keys = string[];
// Only `where` on the facet index is used, common to both tables.
type AnyTable = Pick<Table, 'where'>;

const facetKeys = (table: AnyTable, facet: string) =>
  table.where('facets').equals(facet).primaryKeys() as Promise<Keys>;
const facetPrefixKeys = (table: AnyTable, prefix: string) =>
  table.where('facets').startsWith(prefix).primaryKeys() as Promise<Keys>;

function intersect(sets: Keys[]): Set<string> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.length - b.length);
  let current = new Set(smallest);
  for (const keys of rest) current = new Set(keys.filter((k) => current.has(k)));
  return current;
}

/** Posts with `category` as their standing suggestion (no category confirmed). */
async function suggestedKeys(db: LensDb, category: Category): Promise<Keys> {
  const [unconfirmed, suggested] = await Promise.all([
    facetKeys(db.annotations, FACET.confirmed),
    facetKeys(db.posts, FACET.suggested + category),
  ]);
  return [...intersect([unconfirmed, suggested])];
}

async function categoryKeys(db: LensDb, filter: PostFilter): Promise<Keys> {
  const category = filter.category!;
  const source = filter.categorySource ?? 'any';
  if (source === 'suggested') return suggestedKeys(db, category);
  const confirmed = await facetKeys(db.annotations, FACET.confirmed + category);
  if (source === 'confirmed') return confirmed;
  return [...confirmed, ...(await suggestedKeys(db, category))];
}

const yes = (v: 'yes' | 'no') => (v === 'yes' ? '1' : '0');

/** The key sets whose intersection is the view (each from one index), and the keys to leave out. */
function keySets(db: LensDb, f: PostFilter) {
  const sets: Promise<Keys>[] = [];
  const without: Promise<Keys>[] = [];
  // Whether a set comes from the annotations, whose keys are all annotated posts.
  let annotated = false;
  const post = (facet: string) => sets.push(facetKeys(db.posts, facet));
  const annotation = (facet: string) => {
    annotated = true;
    sets.push(facetKeys(db.annotations, facet));
  };
  if (f.platform) post(FACET.platform + f.platform);
  if (f.hcp) post(FACET.hcp + yes(f.hcp));
  if (f.trainee) post(FACET.trainee + yes(f.trainee));
  if (f.industry) post(FACET.industry + yes(f.industry));
  if (f.specialty) post(FACET.specialty + f.specialty);
  if (f.tier === 'listed') sets.push(facetPrefixKeys(db.posts, FACET.tier));
  else if (f.tier === 'unlisted') without.push(facetPrefixKeys(db.posts, FACET.tier));
  else if (f.tier) post(FACET.tier + f.tier);
  for (const word of authorWords(f.author ?? '')) {
    sets.push(facetPrefixKeys(db.posts, FACET.author + word));
  }
  if (f.from || f.to) {
    const range = db.posts
      .where('firstSeenAt')
      .between(f.from ? `${f.from}T00:00:00.000Z` : '', `${f.to ?? '9999-12-31'}T23:59:59.999Z`);
    sets.push(range.primaryKeys() as Promise<Keys>);
  }
  if (f.category) {
    annotated = true;
    sets.push(categoryKeys(db, f));
  }
  if (f.followUp) annotation(FACET.followUp + f.followUp);
  if (f.collection) annotation(FACET.collection + f.collection);
  if (f.tag) annotation(FACET.tag + f.tag);
  return { sets, without, annotated };
}

/** Keys of every annotated post the filter matches, in no particular order. */
async function matching(
  db: LensDb,
  filter: PostFilter,
  universe: () => Promise<Keys> = () =>
    db.annotations.toCollection().primaryKeys() as Promise<Keys>,
): Promise<Set<string>> {
  const { sets, without, annotated } = keySets(db, filter);
  // Only annotated posts are listed: the posts table also holds posts merely seen.
  if (!annotated) sets.push(universe());
  const matched = intersect(await Promise.all(sets));
  for (const keys of await Promise.all(without)) for (const k of keys) matched.delete(k);
  return matched;
}

/** Below this many matches, sorting the records beats walking a whole sort index. */
const SORT_IN_MEMORY_BELOW = 2000;

async function ordered(db: LensDb, keys: Set<string>, sort: Sort): Promise<Keys> {
  const descending = sort.endsWith('-desc');
  if (keys.size < SORT_IN_MEMORY_BELOW) {
    const list = [...keys];
    const value = await sortValues(db, list, sort);
    const order = list.map((k, i) => [k, value[i] ?? ''] as const);
    order.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));
    if (descending) order.reverse();
    return order.map(([k]) => k);
  }
  const index =
    sort === 'author'
      ? db.posts.orderBy('authorName')
      : sort.startsWith('seen')
        ? db.posts.orderBy('firstSeenAt')
        : db.annotations.orderBy('annotatedAt');
  const all = (await (descending ? index.reverse() : index).primaryKeys()) as Keys;
  return all.filter((k) => keys.has(k));
}

async function sortValues(db: LensDb, keys: Keys, sort: Sort): Promise<string[]> {
  if (sort.startsWith('annotated')) {
    return (await db.annotations.bulkGet(keys)).map((a) => a?.annotatedAt ?? '');
  }
  const posts = await db.posts.bulkGet(keys);
  return posts.map((p) => (sort === 'author' ? p?.authorName : p?.firstSeenAt) ?? '');
}

/** A record as the pages see it: the index entries stay in the database. */
function bare<T extends { facets?: string[] }>(record: T): T {
  const copy = { ...record };
  delete copy.facets;
  return copy;
}

export async function viewsOf(db: LensDb, keys: Keys): Promise<PostView[]> {
  const [annotations, posts] = await Promise.all([
    db.annotations.bulkGet(keys),
    db.posts.bulkGet(keys),
  ]);
  return keys.flatMap((_, i) => {
    const post = posts[i];
    const annotation = annotations[i];
    return post && annotation ? [{ post: bare(post), annotation: bare(annotation) }] : [];
  });
}

export interface PostPage {
  total: number;
  offset: number;
  views: PostView[];
}

/**
 * The background's queries, with the last view's keys kept until the next write: scrolling and
 * paging through one view reads its keys once.
 */
export class PostQueries {
  private last: { signature: string; writes: number; keys: Keys } | null = null;

  constructor(private db: LensDb) {}

  /** Every key of the view, in its order. */
  async keys(filter: PostFilter, sort: Sort): Promise<Keys> {
    const signature = JSON.stringify([filter, sort]);
    const writes = this.db.writes;
    if (this.last?.signature === signature && this.last.writes === writes) return this.last.keys;
    let keys: Keys;
    if (sort.startsWith('annotated')) {
      // The annotations' own order is the list of every annotated post: filtering it keeps
      // the order and needs no other list of annotated keys.
      const order = await this.annotatedOrder();
      const matched = isEmptyFilter(filter)
        ? null
        : await matching(this.db, filter, async () => order);
      keys = matched ? order.filter((k) => matched.has(k)) : [...order];
      if (sort === 'annotated-desc') keys.reverse();
    } else {
      keys = await ordered(
        this.db,
        await matching(this.db, filter, () => this.annotatedOrder()),
        sort,
      );
    }
    this.last = { signature, writes, keys };
    return keys;
  }

  private order: { writes: number; keys: Keys } | null = null;

  /** Every annotated post, oldest decision first; read again only after a write. */
  private async annotatedOrder(): Promise<Keys> {
    const writes = this.db.writes;
    if (this.order?.writes === writes) return this.order.keys;
    const keys = (await this.db.annotations.orderBy('annotatedAt').primaryKeys()) as Keys;
    this.order = { writes, keys };
    return keys;
  }

  /** The view's keys as a set: the list's own when they are still fresh, whatever their order. */
  private async keysInAnyOrder(filter: PostFilter): Promise<Set<string>> {
    const last = this.last;
    const fresh = last?.writes === this.db.writes;
    const same = fresh && last.signature.startsWith(`[${JSON.stringify(filter)},`);
    return same ? new Set(last.keys) : matching(this.db, filter);
  }

  async page(filter: PostFilter, sort: Sort, offset: number, limit: number): Promise<PostPage> {
    const { db } = this;
    if (offset === 0 && isEmptyFilter(filter) && sort.startsWith('annotated')) {
      // The first rows of the whole list, in the order of its own index: no key list needed.
      const index = db.annotations.orderBy('annotatedAt');
      const range = sort === 'annotated-desc' ? index.reverse() : index;
      const [total, keys] = await Promise.all([
        db.annotations.count(),
        range.limit(limit).primaryKeys() as Promise<Keys>,
      ]);
      const views = await viewsOf(db, keys);
      // Read the list's keys now, while the user looks at the first rows: scrolling then slices
      // them instead of walking the index from the start for every page.
      void this.keys(filter, sort).catch(() => undefined);
      return { total, offset, views };
    }
    const keys = await this.keys(filter, sort);
    return {
      total: keys.length,
      offset,
      views: await viewsOf(db, keys.slice(offset, offset + limit)),
    };
  }

  /** Posts of the view per category: the category the user confirmed, and standing suggestions. */
  async counts(filter: PostFilter): Promise<CategoryCounts> {
    const { db } = this;
    const inView = isEmptyFilter(filter) ? null : await this.keysInAnyOrder(filter);
    const count = (keys: Keys) => (inView ? keys.filter((k) => inView.has(k)).length : keys.length);
    const zero = () =>
      Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const confirmed = zero();
    const suggested = zero();
    const unconfirmed = new Set(await facetKeys(db.annotations, FACET.confirmed));
    await Promise.all(
      CATEGORIES.map(async (c) => {
        confirmed[c] = inView
          ? count(await facetKeys(db.annotations, FACET.confirmed + c))
          : await db.annotations
              .where('facets')
              .equals(FACET.confirmed + c)
              .count();
        const sug = await facetKeys(db.posts, FACET.suggested + c);
        suggested[c] = count(sug.filter((k) => unconfirmed.has(k)));
      }),
    );
    return { confirmed, suggested };
  }
}

export interface CategoryCounts {
  confirmed: Record<Category, number>;
  suggested: Record<Category, number>;
}
