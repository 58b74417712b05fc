// Long exports, a page at a time: the dashboard asks for the next page until the last, so the
// background never builds one huge answer and the user sees progress and can cancel.
import { annotatedViewsPage, selectedViews, type LensDb } from '../db';
import { toCells } from '../export/csv';
import { matchesQuery } from '../export/query';
import type { RequestOf } from '../messages';

/** Annotations read per page of a query. */
export const EXPORT_PAGE = 1000;

export function createExportHandlers({ db }: { db: LensDb }) {
  return {
    'export/page': async (request: RequestOf<'export/page'>) => {
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
