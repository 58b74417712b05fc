// The dashboard's queries over the annotated posts: a page of rows, the count, the counts per
// category, and every key of a view (for export and bulk edits). Filters and sorts are answered
// from the background's in-memory index (db/curation-index.ts); only the records of the rows
// asked for are read from the database.
import { curationIndexOf, type CategoryCounts, type CurationIndex } from './curation-index';
import { LABEL_PREFIX, labelsFrom, type LabelCount, type LabelKind } from './labels';
import { isEmptyFilter, type PostFilter, type Sort } from './post-filter';
import type { PostView } from './records';
import type { LensDb } from './schema';

export type { CategoryCounts } from './curation-index';

type Keys = string[];

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

export interface ExportKeys {
  /** The view's keys in its order. */
  keys: Keys;
  /** The same keys, sorted as the database sorts them. */
  byKey: Keys;
  /** Each key's place in the view's order. */
  place: Map<string, number>;
  /** The view's share of every annotated post (1 when it shows them all). */
  share: number;
}

export interface PostPage {
  total: number;
  offset: number;
  views: PostView[];
}

/**
 * The background's queries, with the last view's keys kept until the index changes: scrolling
 * and paging through one view lists its keys once.
 */
export class PostQueries {
  private index: CurationIndex;
  private last: { signature: string; writes: number; keys: Keys } | null = null;
  private exportOrder: ExportKeys | null = null;

  constructor(private db: LensDb) {
    this.index = curationIndexOf(db);
  }

  /** Every key of the view, in its order. */
  async keys(filter: PostFilter, sort: Sort): Promise<Keys> {
    await this.index.ready();
    const signature = JSON.stringify([filter, sort]);
    const writes = this.db.writes;
    if (this.last?.signature === signature && this.last.writes === writes) return this.last.keys;
    const keys = this.index.keys(filter, sort);
    // Writes heard while the index caught up belong to a later answer.
    if (writes === this.db.writes) this.last = { signature, writes, keys };
    return keys;
  }

  /**
   * The view's keys for a long export: in key order (so pages are read by key ranges), each with
   * its place in the view's order, and what share of the annotated posts the view holds.
   */
  async exportKeys(filter: PostFilter, sort: Sort): Promise<ExportKeys> {
    const keys = await this.keys(filter, sort);
    if (this.exportOrder?.keys === keys) return this.exportOrder;
    const place = new Map<string, number>();
    keys.forEach((key, i) => place.set(key, i));
    const byKey = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.exportOrder = { keys, byKey, place, share: keys.length / Math.max(1, this.index.size) };
    return this.exportOrder;
  }

  async page(filter: PostFilter, sort: Sort, offset: number, limit: number): Promise<PostPage> {
    const { db } = this;
    if (offset === 0 && isEmptyFilter(filter) && sort.startsWith('annotated')) {
      // The first rows of the whole list, in the order of its own index: they show while the
      // in-memory index is built (started after them, off the first rows' path).
      const index = db.annotations.orderBy('annotatedAt');
      const range = sort === 'annotated-desc' ? index.reverse() : index;
      const [total, keys] = await Promise.all([
        db.annotations.count(),
        range.limit(limit).primaryKeys() as Promise<Keys>,
      ]);
      const views = await viewsOf(db, keys);
      void this.index.ready().catch(() => undefined);
      return { total, offset, views };
    }
    const keys = await this.keys(filter, sort);
    return {
      total: keys.length,
      offset,
      views: await viewsOf(db, keys.slice(offset, offset + limit)),
    };
  }

  /**
   * Collections or tags with their numbers of posts, from the index: reading them from the facet
   * index walked every entry (seconds at 100,000 posts, on every view of the dashboard).
   */
  async labels(kind: LabelKind): Promise<LabelCount[]> {
    await this.index.ready();
    return labelsFrom(this.db, kind, this.index.labelCounts(LABEL_PREFIX[kind]));
  }

  /** Posts of the view per category: the category the user confirmed, and standing suggestions. */
  async counts(filter: PostFilter): Promise<CategoryCounts> {
    await this.index.ready();
    return this.index.counts(filter);
  }
}
