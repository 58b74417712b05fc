// What the posts view asks of the background for many posts at once, a request per thousand.
import type { PostFilter, Sort } from '../../db/post-filter';
import { send, type MessageRuntime } from '../../messages/protocol';
import { MAX_BULK_KEYS, type BulkChange } from '../../messages/schemas';
import { csvBody, csvFileName, csvHeader } from '../../export/csv';
import { collectRows, type ExportTarget } from '../../export/stream';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export-options';
import { downloadText } from '../../ui/download';

const chunks = <T>(list: T[]) =>
  Array.from({ length: Math.ceil(list.length / MAX_BULK_KEYS) }, (_, i) =>
    list.slice(i * MAX_BULK_KEYS, (i + 1) * MAX_BULK_KEYS),
  );

export async function applyBulk(
  runtime: MessageRuntime,
  keys: string[],
  change: BulkChange,
): Promise<number> {
  let changed = 0;
  for (const part of chunks(keys)) {
    changed += (await send(runtime, { type: 'annotations/bulk', keys: part, change })).changed;
  }
  return changed;
}

/**
 * Downloads the view as CSV: every post the filter shows, or only `keys` (the selection), read
 * from the background a page at a time (one message holding 100,000 posts would fail).
 */
export async function exportView(
  runtime: MessageRuntime,
  { filter, sort, keys, name }: { filter: PostFilter; sort: Sort; keys?: string[]; name?: string },
): Promise<number> {
  const target: ExportTarget = keys ? { keys } : { view: { filter, sort } };
  const rows = await collectRows(runtime, target, () => undefined);
  const csv = csvHeader(DEFAULT_EXPORT_OPTIONS) + csvBody(rows, DEFAULT_EXPORT_OPTIONS);
  downloadText(csvFileName(name ?? (keys ? 'selection' : 'view'), new Date()), csv);
  return rows.length;
}
