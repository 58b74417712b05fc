// Long exports, a page at a time: the dashboard asks for the next page until the last, so the
// background never builds one huge answer and the user sees progress and can cancel.
import {
  annotatedInRange,
  annotatedViewsPage,
  PostQueries,
  selectedViews,
  viewsOf,
  type LensDb,
  type PostFilter,
  type Sort,
} from '../db';
import { toCells } from '../export/csv';
import { matchesQuery } from '../export/query';
import type { RequestOf } from '../messages';

/** Annotations read per page of a query. */
export const EXPORT_PAGE = 1000;
/** Posts per page of a view: about 2 MB of rows, far below a message's limit (64 MB in Chrome). */
export const VIEW_EXPORT_PAGE = 2000;
/**
 * From this share of the annotated posts up, a view's export reads key ranges: below it, the
 * ranges would carry more posts the view leaves out than a read per post costs.
 */
export const RANGE_READ_SHARE = 0.2;

export function createExportHandlers({ db }: { db: LensDb }) {
  const queries = new PostQueries(db);

  /**
   * One page of a view's export. A view that holds a good share of the annotated posts is read in
   * key order by key ranges (one read per few thousand records instead of one per post) and each
   * row says its place in the view, where the page puts it; a narrow view is read post by post,
   * in its own order, since its key ranges would hold mostly posts it does not show.
   */
  async function viewPage(view: { filter: PostFilter; sort: Sort }, offset: number) {
    const order = await queries.exportKeys(view.filter, view.sort);
    const total = order.keys.length;
    const done = Math.min(offset + VIEW_EXPORT_PAGE, total);
    const next = done < total ? done : null;
    // The rows' cells read no index entries: the records go as they were read.
    const views =
      order.share < RANGE_READ_SHARE
        ? await viewsOf(db, order.keys.slice(offset, done))
        : await annotatedInRange(db, order.byKey.slice(offset, done));
    return {
      rows: views.map(toCells),
      at: views.map((v) => order.place.get(v.post.key)!),
      next,
      done,
      total,
    };
  }

  return {
    'export/page': async (request: RequestOf<'export/page'>) => {
      if (request.view) return viewPage(request.view, request.offset ?? 0);
      if (request.keys) {
        const views = await selectedViews(db, request.keys);
        return { rows: views.map(toCells), next: null, done: request.keys.length, total: 0 };
      }
      const { query = {}, offset = 0 } = request;
      const { views, total } = await annotatedViewsPage(db, offset, EXPORT_PAGE);
      const rows = views.filter((v) => matchesQuery(v, query)).map(toCells);
      const done = Math.min(offset + EXPORT_PAGE, total);
      return { rows, next: done < total ? done : null, done, total };
    },
  };
}
