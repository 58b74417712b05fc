// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../src/dashboard/ExportDialog';
import { CSV_COLUMNS } from '../../src/export/csv';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type Msg = { type: string; [k: string]: unknown };
const cells = (key: string) =>
  CSV_COLUMNS.map((c) =>
    c === 'post_key' ? key : c === 'annotated_at' ? '2026-11-24T09:05:00.000Z' : '',
  );

/**
 * A background with `pages` pages of two rows each; each page waits for `gate` when given, so a
 * test can look at the dialog mid-export.
 */
function fakeRuntime(pages: number, gate?: () => Promise<void>) {
  const sent: Msg[] = [];
  const saved = { separator: ',', dates: 'iso', format: 'csv' };
  const sendMessage = vi.fn(async (raw: unknown) => {
    const m = raw as Msg;
    sent.push(m);
    if (m.type === 'settings/get') return { ok: true, data: { exportOptions: saved } };
    if (m.type === 'settings/set') {
      Object.assign(saved, (m.patch as { exportOptions: object }).exportOptions);
      return { ok: true, data: {} };
    }
    if (m.type === 'export/page') {
      await gate?.();
      const offset = m.offset as number;
      const index = offset / 1000;
      return {
        ok: true,
        data: {
          rows: [cells(`linkedin:${index}a`), cells(`linkedin:${index}b`)],
          next: index + 1 < pages ? offset + 1000 : null,
          done: Math.min(offset + 1000, pages * 1000),
          total: pages * 1000,
        },
      };
    }
    return { ok: false, error: `unexpected ${m.type}` };
  });
  return { runtime: { sendMessage }, sent, saved };
}

/** The files the dialog saves, read back. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

const dialog = (runtime: { sendMessage: (m: unknown) => Promise<unknown> }) =>
  render(
    <ExportDialog
      runtime={runtime}
      target={{ query: { category: 'creating' } }}
      name="view"
      label="the posts shown"
      onClose={() => undefined}
      now={() => new Date('2026-12-01T10:30:00Z')}
    />,
  );

describe('ExportDialog', () => {
  it('remembers the separator and date style, and writes the file with them', async () => {
    const { runtime, saved, sent } = fakeRuntime(2);
    const files = captureDownloads();
    dialog(runtime);
    fireEvent.change(await screen.findByLabelText('Separator'), { target: { value: ';' } });
    fireEvent.click(screen.getByLabelText('Dates a spreadsheet reads as dates'));
    await waitFor(() => expect(saved).toMatchObject({ separator: ';', dates: 'spreadsheet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText('Exported 4 posts.');
    expect(sent.filter((m) => m.type === 'export/page')[0]).toMatchObject({
      query: { category: 'creating' },
      offset: 0,
    });
    expect(files[0]!.name).toBe('hcp-lens-view-2026-12-01T1030Z.csv');
    const text = await files[0]!.blob.text();
    const [header, first] = text.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(';'));
    expect(first).toMatch(/^linkedin:0a;.*;2026-11-24 09:05:00$/);
  });

  it('shows progress while a long export runs, and Cancel saves nothing', async () => {
    const waiting: (() => void)[] = [];
    const release = () => waiting.splice(0).forEach((r) => r());
    const { runtime, sent } = fakeRuntime(5, () => new Promise<void>((r) => waiting.push(r)));
    const files = captureDownloads();
    dialog(runtime);
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await waitFor(() => expect(sent.some((m) => m.type === 'export/page')).toBe(true));
    release();
    const bar = await screen.findByRole('progressbar', { name: 'Export progress' });
    await waitFor(() => expect(bar.getAttribute('value')).toBe('1000'));
    expect(bar.getAttribute('max')).toBe('5000');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    release();
    await screen.findByText('Export cancelled: no file was saved.');
    expect(files).toHaveLength(0);
    expect(sent.filter((m) => m.type === 'export/page').length).toBeLessThan(5);
  });
});
