import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv';
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
    // Two posts flagged for follow-up from their bars.
    for (const key of [FIRST, SECOND]) {
      const bar = page.locator(`[data-hcp-lens-post="${key}"]`);
      await bar.locator('.badge').first().waitFor();
      await bar.locator('.lens').focus();
      await page.keyboard.press('f');
      await bar.locator('button.flag[aria-pressed="true"]').waitFor({ state: 'attached' });
    }
    dashboard = await lens.openExtensionPage('src/dashboard/index.html');
    await dashboard.getByText('2 of 2 posts').waitFor();
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
    await dashboard.getByRole('button', { name: 'Export what is shown…' }).click();
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
    await dashboard.getByRole('button', { name: 'Close' }).click();
    await dashboard.reload();
    await dashboard.getByText('2 of 2 posts').waitFor();
    await dashboard.getByRole('button', { name: 'Export what is shown…' }).click();
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
