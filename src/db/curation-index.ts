// The dashboard's filters and sorts over every annotated post, held in the background's memory.
// Built once from the database (when first asked, after the first rows are shown) and then
// updated by every write the facet middleware hears, from wherever it comes (a bar, team sync, a
// bulk edit, a restore, a purge): each written post is read back after its transaction commits.
// Each post gets a dense number; a facet is a bitset over those numbers, an author's words a small
// set each, and each sort an array of numbers kept in order. About 400 bytes per post
// (docs/performance.md). A stopped service worker loses it and builds it again when next asked.
import Dexie from 'dexie';
import { CATEGORIES, type Category } from '../classify/types';
import { Bitset } from './bitset';
import { annotationFacets, authorWords, FACET, postFacets, type WriteNotice } from './facets';
import { everyAnnotated } from './key-ranges';
import type { PostFilter, Sort } from './post-filter';
import type { Annotation, PostRecord } from './records';
import type { LensDb } from './schema';

type SortField = 'annotated' | 'seen' | 'author';

/** Above this many posts written at once, orders are sorted again rather than patched. */
const RESORT_ABOVE = 200;

const EMPTY = new Bitset();

export interface CategoryCounts {
  confirmed: Record<Category, number>;
  suggested: Record<Category, number>;
}

export class CurationIndex {
  private num = new Map<string, number>();
  private keyOf: (string | undefined)[] = [];
  private free: number[] = [];
  private alive = new Bitset();
  private facets = new Map<string, Bitset>();
  /** Each lower-cased word of an author's name or handle, and the posts whose author has it. */
  private words = new Map<string, Set<number>>();
  private wordsOf: (string[] | undefined)[] = [];
  private sortedWords: string[] | null = null;
  private annotatedAt: number[] = [];
  private seenAt: number[] = [];
  private author: string[] = [];
  private orders = new Map<SortField, number[]>();

  private built: Promise<void> | null = null;
  /** Whether the build has read every annotation (until then, any written post may matter). */
  private complete = false;
  /** Bumped when the index is dropped, so a build under way knows its result is stale. */
  private generation = 0;
  /** Updates read back in the order their writes committed, so the latest always lands last. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private db: LensDb) {
    db.watchWrites((notice) => this.heard(notice));
  }

  /** How many annotated posts it holds. */
  get size(): number {
    return this.num.size;
  }

  /** Builds the index when first asked; resolves once it and every write heard so far are in. */
  async ready(): Promise<void> {
    this.built ??= this.build(this.generation);
    await this.built;
    await this.queue;
  }

  private heard({ table, keys, settled }: WriteNotice): void {
    if (!this.built) return; // nothing held yet: the build will read the database as it is
    if (keys === null) {
      // A cleared table: built again from scratch when next asked.
      this.drop();
      return;
    }
    // A post nobody annotated is not listed (the page saves many of those).
    const wanted = table === 'posts' && this.complete ? keys.filter((k) => this.num.has(k)) : keys;
    if (!wanted.length) return;
    const queued = this.queue.then(async () => {
      await settled;
      await this.built;
      await this.refresh(wanted);
    });
    this.queue = queued.catch(() => this.drop());
  }

  private drop(): void {
    this.generation++;
    this.built = null;
    this.complete = false;
    this.queue = Promise.resolve();
    this.num = new Map();
    this.keyOf = [];
    this.free = [];
    this.alive = new Bitset();
    this.facets = new Map();
    this.words = new Map();
    this.wordsOf = [];
    this.sortedWords = null;
    this.annotatedAt = [];
    this.seenAt = [];
    this.author = [];
    this.orders = new Map();
  }

  private async build(generation: number): Promise<void> {
    for await (const batch of everyAnnotated(this.db)) {
      if (generation !== this.generation) return;
      for (const { post, annotation } of batch) this.put(annotation.key, post, annotation, false);
    }
    if (generation === this.generation) this.complete = true;
  }

  /** Reads written posts back from the database and holds what they are now. */
  private async refresh(keys: string[]): Promise<void> {
    const generation = this.generation;
    // Read on its own, outside the transaction that wrote (which has ended by now).
    const [annotations, posts] = await Dexie.ignoreTransaction(() =>
      Promise.all([this.db.annotations.bulkGet(keys), this.db.posts.bulkGet(keys)]),
    );
    if (generation !== this.generation) return;
    const patchOrders = keys.length <= RESORT_ABOVE;
    if (!patchOrders) this.orders.clear();
    keys.forEach((key, i) => {
      const post = posts[i];
      const annotation = annotations[i];
      if (post && annotation) this.put(key, post, annotation, patchOrders);
      else this.remove(key, patchOrders);
    });
  }

  private put(key: string, post: PostRecord, a: Annotation, patchOrders: boolean): void {
    let n = this.num.get(key);
    if (n === undefined) {
      n = this.free.pop() ?? this.keyOf.length;
      this.num.set(key, n);
      this.keyOf[n] = key;
      this.alive.add(n);
    } else {
      this.unlink(n, patchOrders);
    }
    for (const facet of [...postFacets(post), ...annotationFacets(a)]) {
      if (facet.startsWith(FACET.author)) continue;
      let set = this.facets.get(facet);
      if (!set) this.facets.set(facet, (set = new Bitset()));
      set.add(n);
    }
    const words = authorWords(post.authorName ?? '', post.authorHandle ?? '');
    this.wordsOf[n] = words;
    for (const word of words) {
      let set = this.words.get(word);
      if (!set) {
        this.words.set(word, (set = new Set()));
        this.sortedWords = null;
      }
      set.add(n);
    }
    this.annotatedAt[n] = Date.parse(a.annotatedAt) || 0;
    this.seenAt[n] = Date.parse(post.firstSeenAt) || 0;
    this.author[n] = post.authorName ?? '';
    if (patchOrders)
      for (const [field, order] of this.orders) insertSorted(order, n, this.compare(field));
    else this.orders.clear();
  }

  private remove(key: string, patchOrders: boolean): void {
    const n = this.num.get(key);
    if (n === undefined) return;
    this.unlink(n, patchOrders);
    if (!patchOrders) this.orders.clear();
    this.alive.delete(n);
    this.num.delete(key);
    this.keyOf[n] = undefined;
    this.author[n] = '';
    this.free.push(n);
  }

  /** Takes post `n` out of every facet, word and order, ready to be put back as it is now. */
  private unlink(n: number, patchOrders: boolean): void {
    for (const set of this.facets.values()) set.delete(n);
    for (const word of this.wordsOf[n] ?? []) {
      const set = this.words.get(word);
      set?.delete(n);
      if (set?.size === 0) {
        this.words.delete(word);
        this.sortedWords = null;
      }
    }
    this.wordsOf[n] = undefined;
    if (patchOrders) {
      for (const order of this.orders.values()) {
        const at = order.indexOf(n);
        if (at >= 0) order.splice(at, 1);
      }
    }
  }

  private compare(field: SortField): (x: number, y: number) => number {
    const value =
      field === 'annotated' ? this.annotatedAt : field === 'seen' ? this.seenAt : this.author;
    const keyOf = this.keyOf;
    return (x, y) => {
      const a = value[x]!;
      const b = value[y]!;
      if (a !== b) return a < b ? -1 : 1;
      // Ties in the order of the keys, as an IndexedDB index has them.
      return keyOf[x]! < keyOf[y]! ? -1 : keyOf[x]! > keyOf[y]! ? 1 : 0;
    };
  }

  private order(field: SortField): number[] {
    let order = this.orders.get(field);
    if (!order) {
      order = [...this.num.values()].sort(this.compare(field));
      this.orders.set(field, order);
    }
    return order;
  }

  private facet(name: string): Bitset {
    return this.facets.get(name) ?? EMPTY;
  }

  private union(prefix: string): Bitset {
    let set = new Bitset();
    for (const [name, bits] of this.facets) if (name.startsWith(prefix)) set = set.or(bits);
    return set;
  }

  /** Posts whose author has a word starting with `prefix`. */
  private authorPrefix(prefix: string): Bitset {
    const words = (this.sortedWords ??= [...this.words.keys()].sort());
    const set = new Bitset();
    // Binary search for the first word at or after the prefix; the matches follow it.
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i]!.startsWith(prefix); i++) {
      for (const n of this.words.get(words[i]!)!) set.add(n);
    }
    return set;
  }

  private categorySet(category: Category, source: PostFilter['categorySource']): Bitset {
    const confirmed = this.facet(FACET.confirmed + category);
    const suggested = this.facet(FACET.confirmed).and(this.facet(FACET.suggested + category));
    if (source === 'confirmed') return confirmed;
    if (source === 'suggested') return suggested;
    return confirmed.or(suggested);
  }

  /** The posts a filter shows. */
  private matching(f: PostFilter): Bitset {
    const yes = (v: 'yes' | 'no') => (v === 'yes' ? '1' : '0');
    const sets: Bitset[] = [this.alive];
    if (f.platform) sets.push(this.facet(FACET.platform + f.platform));
    if (f.hcp) sets.push(this.facet(FACET.hcp + yes(f.hcp)));
    if (f.trainee) sets.push(this.facet(FACET.trainee + yes(f.trainee)));
    if (f.industry) sets.push(this.facet(FACET.industry + yes(f.industry)));
    if (f.specialty) sets.push(this.facet(FACET.specialty + f.specialty));
    if (f.tier === 'listed') sets.push(this.union(FACET.tier));
    else if (f.tier && f.tier !== 'unlisted') sets.push(this.facet(FACET.tier + f.tier));
    for (const word of authorWords(f.author ?? '')) sets.push(this.authorPrefix(word));
    if (f.category) sets.push(this.categorySet(f.category, f.categorySource));
    if (f.followUp) sets.push(this.facet(FACET.followUp + f.followUp));
    if (f.collection) sets.push(this.facet(FACET.collection + f.collection));
    if (f.tag) sets.push(this.facet(FACET.tag + f.tag));
    let set = sets.sort((a, b) => a.words.length - b.words.length).reduce((x, y) => x.and(y));
    if (f.tier === 'unlisted') set = set.andNot(this.union(FACET.tier));
    if (f.from || f.to) {
      const from = f.from ? Date.parse(`${f.from}T00:00:00.000Z`) : -Infinity;
      const to = f.to ? Date.parse(`${f.to}T23:59:59.999Z`) : Infinity;
      const inRange = new Bitset();
      for (const n of this.num.values()) {
        const seen = this.seenAt[n]!;
        if (seen >= from && seen <= to && set.has(n)) inRange.add(n);
      }
      set = inRange;
    }
    return set;
  }

  /** Every key the filter shows, in the sort's order. */
  keys(filter: PostFilter, sort: Sort): string[] {
    const field: SortField = sort.startsWith('annotated')
      ? 'annotated'
      : sort.startsWith('seen')
        ? 'seen'
        : 'author';
    const order = this.order(field);
    const set = this.matching(filter);
    const keys: string[] = [];
    for (const n of order) if (set.has(n)) keys.push(this.keyOf[n]!);
    if (sort.endsWith('-desc')) keys.reverse();
    return keys;
  }

  /** Each facet under `prefix` (a collection's or a tag's name) that some post has, with their number. */
  labelCounts(prefix: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [name, bits] of this.facets) {
      if (!name.startsWith(prefix)) continue;
      const size = bits.size;
      if (size) counts.set(name.slice(prefix.length), size);
    }
    return counts;
  }

  /** Posts the filter shows per category: confirmed by the user, and standing suggestions. */
  counts(filter: PostFilter): CategoryCounts {
    const set = this.matching(filter);
    const unconfirmed = set.and(this.facet(FACET.confirmed));
    const zero = () =>
      Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const confirmed = zero();
    const suggested = zero();
    for (const c of CATEGORIES) {
      confirmed[c] = set.countAnd(this.facet(FACET.confirmed + c));
      suggested[c] = unconfirmed.countAnd(this.facet(FACET.suggested + c));
    }
    return { confirmed, suggested };
  }
}

/** Puts `n` where it belongs in an array kept sorted by `compare`. */
function insertSorted(order: number[], n: number, compare: (x: number, y: number) => number) {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(order[mid]!, n) < 0) lo = mid + 1;
    else hi = mid;
  }
  order.splice(lo, 0, n);
}

const indexes = new WeakMap<LensDb, CurationIndex>();

/** The one index of a database, shared by every handler of the background. */
export function curationIndexOf(db: LensDb): CurationIndex {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = new CurationIndex(db)));
  return index;
}
