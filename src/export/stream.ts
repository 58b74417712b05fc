// Runs an export in the page that asked for it: pages of rows from the background, progress
// after each, a stop between any two, then one file (CSV text or an .xlsx workbook).
import { send, type MessageRuntime, type Responses } from '../messages/protocol';
import type { ExportOptions } from '../shared/export-options';
import { csvBody, csvHeader } from './csv';
import type { PostFilter, Sort } from '../db/post-filter';
import type { ExportQuery } from './query';

/**
 * What to export: the posts a query shows (the popup's), the dashboard's view (its filters and
 * sort), or the posts the user selected.
 */
export type ExportTarget =
  { query: ExportQuery } | { view: { filter: PostFilter; sort: Sort } } | { keys: string[] };

/** Keys per request of a selection (the message's limit). */
const KEYS_PAGE = 500;

export interface ExportProgress {
  /** Posts looked at so far, of `total`. */
  done: number;
  total: number;
  /** Rows written so far. */
  rows: number;
}

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled: no file was saved.');
  }
}

/** Every row of the target, page by page; throws `ExportCancelled` once `signal` aborts. */
export async function collectRows(
  runtime: MessageRuntime,
  target: ExportTarget,
  onProgress: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<string[][]> {
  const rows: string[][] = [];
  const check = () => {
    if (signal?.aborted) throw new ExportCancelled();
  };
  // Cancel answers at once, not when the page under way arrives.
  const cancelled = new Promise<never>((_, reject) =>
    signal?.addEventListener('abort', () => reject(new ExportCancelled()), { once: true }),
  );
  cancelled.catch(() => undefined);
  if ('keys' in target) {
    const total = target.keys.length;
    for (let i = 0; i < total; i += KEYS_PAGE) {
      check();
      const keys = target.keys.slice(i, i + KEYS_PAGE);
      const page = await send(runtime, { type: 'export/page', keys });
      rows.push(...page.rows);
      onProgress({ done: Math.min(i + KEYS_PAGE, total), total, rows: rows.length });
    }
    check();
    return rows;
  }
  // A view's rows come in the database's order, each with its place in the view's.
  const placed: string[][] = [];
  let placedRows = 0;
  // Two pages are asked ahead of the one being taken in, so the background reads the next while
  // this page and the message channel carry the last.
  const queue: { offset: number; reply: Promise<Responses['export/page']> }[] = [];
  const ask = (offset: number) => {
    const reply = send(runtime, {
      type: 'export/page',
      ...('view' in target ? { view: target.view } : { query: target.query }),
      offset,
    });
    reply.catch(() => undefined); // a page asked ahead and never awaited (cancelled) fails quietly
    queue.push({ offset, reply });
  };
  ask(0);
  let asked = 0;
  while (queue.length) {
    check();
    const { offset, reply } = queue.shift()!;
    const page = await Promise.race([reply, cancelled]);
    if (page.at) {
      page.rows.forEach((row, i) => (placed[page.at![i]!] = row));
      placedRows += page.rows.length;
    } else rows.push(...page.rows);
    onProgress({ done: page.done, total: page.total, rows: rows.length + placedRows });
    if (page.next === null) break;
    const step = page.next - offset;
    for (let next = page.next; next <= page.next + step && next < page.total; next += step)
      if (next > asked) ask((asked = next));
  }
  check();
  // A post deleted while the export ran leaves its place empty.
  return placed.length ? placed.filter(Boolean) : rows;
}

/** The file's contents, as the options ask. */
export async function buildFile(
  rows: string[][],
  options: ExportOptions,
): Promise<{ blob: Blob; extension: string }> {
  if (options.format === 'xlsx') {
    // Loaded when first asked for: most exports are CSV.
    const { toXlsx } = await import('./xlsx');
    return { blob: await toXlsx(rows), extension: 'xlsx' };
  }
  const text = csvHeader(options) + csvBody(rows, options);
  return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), extension: 'csv' };
}
