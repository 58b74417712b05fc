import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { LensDb, type Annotation } from '../../src/db';
import { CSV_COLUMNS } from '../../src/export/csv';
import { buildFile, collectRows, ExportCancelled } from '../../src/export/stream';
import { pageRequestSchema } from '../../src/messages';
import type { MessageRuntime } from '../../src/messages/protocol';
import { postRecord, snapshot, verdict } from '../helpers/posts';

const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`export-${++n}`);
});
afterEach(() => db.delete());

/** The dashboard's side of the messaging, every request checked as the router checks it. */
function runtime() {
  const handlers = createHandlers({
    db,
    now: () => new Date('2026-12-01T10:00:00Z'),
    classify: () => verdict(),
    broadcast: () => undefined,
  });
  const requests: unknown[] = [];
  const rt: MessageRuntime = {
    sendMessage: async (raw) => {
      requests.push(raw);
      const m = pageRequestSchema.parse(raw);
      const handler = handlers[m.type] as (r: typeof m, s: Sender) => Promise<unknown>;
      return { ok: true, data: await handler(m, page) };
    },
  };
  return { rt, requests };
}

/** `count` annotated posts; every other one flagged for follow-up. */
async function seed(count: number) {
  const posts = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const id = String(i).padStart(5, '0');
    posts.push(postRecord(id, { ...snapshot(id), text: `Post ${id}, with; a semicolon` }));
    annotations.push({
      key: `linkedin:${id}`,
      category: 'creating',
      tags: ['kol'],
      flagged: i % 2 === 0,
      note: '',
      collections: [],
      annotatedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      sessionId: 1,
    });
  }
  await db.posts.bulkPut(posts);
  await db.annotations.bulkPut(annotations);
}

describe('streamed export', () => {
  it('reads a long export page by page with progress, and writes it with semicolons and spreadsheet dates', async () => {
    await seed(2500);
    const { rt, requests } = runtime();
    const progress = vi.fn();
    const rows = await collectRows(rt, { query: { flagged: true } }, progress);
    expect(rows).toHaveLength(1250);
    expect(requests).toHaveLength(3);
    expect(progress.mock.calls.map(([p]) => [p.done, p.total])).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    const { blob } = await buildFile(rows, { separator: ';', dates: 'spreadsheet', format: 'csv' });
    // Excel reads it as UTF-8 only with the byte-order mark (which Blob.text() drops).
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob.text();
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(1251);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, parsed.data[1]![i]]));
    // Newest decision first; the text's own semicolon stays inside its quoted cell.
    expect(first).toMatchObject({
      post_key: 'linkedin:02498',
      text: 'Post 02498, with; a semicolon',
      first_seen_at: '2026-11-24 09:00:00',
      annotated_at: '2026-11-02 17:38:00',
      flagged: 'true',
    });
  }, 30_000);

  it('stops at the next page when cancelled, and saves nothing', async () => {
    await seed(5500);
    const { rt, requests } = runtime();
    const controller = new AbortController();
    const run = collectRows(rt, { query: {} }, () => controller.abort(), controller.signal);
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    // The first page, and the two asked ahead of it; none of the other three.
    expect(requests).toHaveLength(3);
  }, 30_000);

  it('exports a selection in its order, skipping posts no longer stored', async () => {
    await seed(5);
    const { rt } = runtime();
    const rows = await collectRows(
      rt,
      { keys: ['linkedin:00003', 'linkedin:99999', 'linkedin:00001'] },
      () => undefined,
    );
    expect(rows.map((r) => r[0])).toEqual(['linkedin:00003', 'linkedin:00001']);
  });

  it('writes an .xlsx whose cells read back as the contract columns, with real dates', async () => {
    await seed(3);
    const { rt } = runtime();
    const rows = await collectRows(rt, { query: {} }, () => undefined);
    const { blob, extension } = await buildFile(rows, {
      separator: ',',
      dates: 'iso',
      format: 'xlsx',
    });
    expect(extension).toBe('xlsx');
    const [sheet] = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    const data = sheet!.data;
    expect(data[0]).toEqual([...CSV_COLUMNS]);
    expect(data).toHaveLength(4);
    const at = (c: string) => data[1]![CSV_COLUMNS.indexOf(c as never)];
    expect(at('post_key')).toBe('linkedin:00002');
    expect(at('text')).toBe('Post 00002, with; a semicolon');
    expect(at('first_seen_at')).toEqual(new Date('2026-11-24T09:00:00.000Z'));
  });

  it('writes the quick exports (popup, "Export all") with the separator and dates the user chose', async () => {
    await seed(2);
    const handlers = createHandlers({
      db,
      now: () => new Date('2026-12-01T10:00:00Z'),
      classify: () => verdict(),
      broadcast: () => undefined,
    });
    await handlers['settings/set'](
      {
        type: 'settings/set',
        patch: { exportOptions: { separator: ';', dates: 'spreadsheet', format: 'xlsx' } },
      },
      page,
    );
    const { csv } = await handlers['export/csv']({ type: 'export/csv', scope: 'all' }, page);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(';'));
    expect(first).toMatch(/;2026-11-24 09:00:00;2026-11-01 00:01:00$/);
  });
});
