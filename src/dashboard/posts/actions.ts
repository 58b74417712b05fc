// What the posts view asks of the background for many posts at once, a request per thousand.
import type { PostFilter, Sort } from '../../db/post-filter';
import { send, type MessageRuntime } from '../../messages/protocol';
import { MAX_BULK_KEYS, type BulkChange } from '../../messages/schemas';
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
 * Downloads the view as CSV: every post the filter shows, or only `keys` (the selection). A large
 * selection comes in parts, joined under one header row.
 */
export async function exportView(
  runtime: MessageRuntime,
  { filter, sort, keys, name }: { filter: PostFilter; sort: Sort; keys?: string[]; name?: string },
): Promise<number> {
  const parts = keys ? chunks(keys) : [undefined];
  let csv = '';
  let rows = 0;
  let filename = '';
  for (const part of parts) {
    const answer = await send(runtime, {
      type: 'export/view',
      filter,
      sort,
      ...(part ? { keys: part } : {}),
      ...(name ? { name } : {}),
    });
    // The header is the first line, and no column name holds a line break.
    csv += csv ? answer.csv.slice(answer.csv.indexOf('\r\n')) : answer.csv;
    rows += answer.rows;
    filename ||= answer.filename;
  }
  downloadText(filename, csv);
  return rows;
}
