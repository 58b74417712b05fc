import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv';
import { barAttribute, barBox, barCount } from './bars';
import { expected, fixture, launchWithExtension, serve, type Lens } from './browser';

const FEED = expected('linkedin/linkedin-feed.expected.json');
const [FIRST, SECOND] = FEED.posts.map((p) => p.key);

describe('Export from the dashboard in Chromium', () => {
  let lens: Lens;
  let dashboard: Page;

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      fixture('linkedin/linkedin-feed.html'),
    );
    const page = await lens.context.newPage();
    await page.goto(FEED.url);
    // Two posts flagged for follow-up from their bars. The bars' roots are closed: the user clicks
    // into each (at its quiet right end), then types (expect.poll is for tests; a hook polls with
    // vi.waitFor).
    for (const key of [FIRST!, SECOND!]) {
      await page.locator(`[data-hcp-lens-post="${key}"]`).scrollIntoViewIfNeeded();
      await vi.waitFor(async () => expect(await barCount(page, key, '.badge')).toBeGreaterThan(0), {
        timeout: 30_000,
        interval: 100,
      });
      const b = (await barBox(page, key, '.lens'))!;
      await page.mouse.click(b.x + b.width - 4, b.y + b.height / 2);
      await page.keyboard.press('f');
      await vi.waitFor(
        async () =>
          expect(await barAttribute(page, key, 'button.flag', 'aria-pressed')).toBe('true'),
        { timeout: 5_000, interval: 100 },
      );
    }
    dashboard = await lens.openExtensionPage('src/dashboard/index.html#/posts');
    await dashboard.getByText('2 posts in this view').waitFor();
  }, 60_000);
  afterAll(() => lens?.close());

  const exportFile = async () => {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard
        .getByRole('dialog', { name: 'Export' })
        .getByRole('button', { name: 'Export' })
        .click(),
    ]);
    return { name: download.suggestedFilename(), path: (await download.path())! };
  };

  it('exports the view as a semicolon CSV with dates a spreadsheet reads, and remembers the choice', async () => {
    await dashboard.getByRole('button', { name: 'Export…', exact: true }).click();
    await dashboard.getByLabel('Separator').selectOption(';');
    await dashboard.getByLabel('Dates a spreadsheet reads as dates').check();
    const file = await exportFile();
    expect(file.name).toMatch(/^hcp-lens-view-.*Z\.csv$/);
    const csv = readFileSync(file.path, 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data.map((r) => r.post_key).sort()).toEqual([FIRST, SECOND].sort());
    expect(rows.data[0]!.flagged).toBe('true');
    expect(rows.data[0]!.annotated_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

    // Reopened, the dialog has the user's choice.
    await dashboard
      .getByRole('dialog', { name: 'Export' })
      .getByRole('button', { name: 'Close' })
      .click();
    await dashboard.reload();
    await dashboard.getByText('2 posts in this view').waitFor();
    await dashboard.getByRole('button', { name: 'Export…', exact: true }).click();
    await expect.poll(() => dashboard.getByLabel('Separator').inputValue()).toBe(';');
  });

  it('exports an .xlsx workbook whose cells read back as the contract columns', async () => {
    await dashboard.getByLabel('Format').selectOption('xlsx');
    const file = await exportFile();
    expect(file.name).toMatch(/\.xlsx$/);
    const [sheet] = await readXlsxFile(readFileSync(file.path));
    const [header, ...rows] = sheet!.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r[0]).sort()).toEqual([FIRST, SECOND].sort());
    const annotatedAt = rows[0]![CSV_COLUMNS.indexOf('annotated_at')];
    expect(annotatedAt).toBeInstanceOf(Date);
    expect(rows[0]![CSV_COLUMNS.indexOf('flagged')]).toBe('true');
  });
});
