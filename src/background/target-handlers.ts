import { importTargetList, listTargetLists, removeTargetList, type LensDb } from '../db';
import { parseTargetCsv } from '../targets/parse';
import { MAX_REPORTED_ERRORS, PREVIEW_ROWS } from '../targets/types';
import { t, tn } from '../shared/i18n';
import type { Handlers } from './router';

type TargetHandlers = Pick<
  Handlers,
  'targets/preview' | 'targets/import' | 'targets/lists' | 'targets/remove'
>;

/**
 * Target lists: the dashboard sends the CSV text; parsing happens here so the preview and the
 * import apply exactly the same rules. Only the extension's pages may send these (router).
 */
export function createTargetHandlers({ db, now }: { db: LensDb; now: () => Date }): TargetHandlers {
  return {
    'targets/preview': async ({ csv }) => {
      const { rows, errors, unknownColumns } = parseTargetCsv(csv);
      return {
        rows: rows.length,
        sample: rows.slice(0, PREVIEW_ROWS),
        // A file of 50,000 bad rows must not produce a message of 50,000 errors.
        errors: errors.slice(0, MAX_REPORTED_ERRORS),
        errorCount: errors.length,
        unknownColumns,
      };
    },
    'targets/import': async ({ name, csv, replaceListId, skipInvalid }) => {
      const { rows, errors } = parseTargetCsv(csv);
      const bad = new Set(errors.map((e) => e.line)).size;
      if (bad && !skipInvalid) {
        throw new Error(tn('bg_targetsRowsHaveErrors', bad));
      }
      if (!rows.length) throw new Error(t('bg_targetsNoValidRows'));
      return { list: await importTargetList(db, { name, rows, replaceListId }, now()) };
    },
    'targets/lists': async () => ({ lists: await listTargetLists(db) }),
    'targets/remove': async ({ listId }) => {
      await removeTargetList(db, listId);
      return { removed: true as const };
    },
  };
}
