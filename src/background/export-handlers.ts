// Long exports, a page at a time: the dashboard asks for the next page until the last, so the
// background never builds one huge answer and the user sees progress and can cancel.
import { annotatedViewsPage, PostQueries, selectedViews, viewsOf, type LensDb } from '../db';
import { toCells } from '../export/csv';
import { matchesQuery } from '../export/query';
import type { RequestOf } from '../messages';

/** Annotations read per page of a query. */
export const EXPORT_PAGE = 1000;
/** Posts per page of a view: about 2 MB of rows, far below a message's limit (64 MB in Chrome). */
export const VIEW_EXPORT_PAGE = 2000;

export function createExportHandlers({ db }: { db: LensDb }) {
  const queries = new PostQueries(db);
  return {
    'export/page': async (request: RequestOf<'export/page'>) => {
      if (request.view) {
        // The view's keys come from the in-memory index (one list, kept while nothing changes);
        // only this page's records are read.
        const keys = await queries.keys(request.view.filter, request.view.sort);
        const offset = request.offset ?? 0;
        const page = keys.slice(offset, offset + VIEW_EXPORT_PAGE);
        const rows = (await viewsOf(db, page)).map(toCells);
        const done = Math.min(offset + VIEW_EXPORT_PAGE, keys.length);
        return { rows, next: done < keys.length ? done : null, done, total: keys.length };
      }
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
