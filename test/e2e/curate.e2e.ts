// A marketer's round trip: a collection made from the bar, a note written there, the posts
// edited in bulk in the dashboard, a view opened from its address, and the collection exported.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv';
import { barBox, barCount, barText, clickInBar, inBar } from './bars';
import { expected, fixture, launchWithExtension, serve, type Lens } from './browser';

const FILE = 'linkedin/linkedin-feed';
const COLLECTION = 'Q4 Cardiology KOLs';

describe('curating a collection in Chromium', () => {
  let lens: Lens;
  const want = expected(`${FILE}.expected.json`);
  const [first, second, third] = want.posts.map((p) => p.key);

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(lens.context, 'https://www.linkedin.com/**', fixture(`${FILE}.html`));
  });
  afterAll(() => lens?.close());

  it('collects and notes from the bar, edits in bulk, filters by address, exports', async () => {
    const page = await lens.context.newPage();
    await page.goto(want.url);
    // The bars' roots are closed and their text drawn by a stylesheet: read as DevTools would.
    await expect
      .poll(() => barCount(page, first!, '.badge'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    // The user clicks into a bar (at its quiet right end), then types: focus alone would not do.
    const clickInto = async (key: string) => {
      await page.locator(`[data-hcp-lens-post="${key}"]`).scrollIntoViewIfNeeded();
      await expect.poll(() => barCount(page, key, '.badge')).toBeGreaterThan(0);
      const b = (await barBox(page, key, '.lens'))!;
      await page.mouse.click(b.x + b.width - 4, b.y + b.height / 2);
    };

    // Post 1: a new collection typed in the picker (L), then a note (N).
    await clickInto(first!);
    await page.keyboard.press('l');
    await page.keyboard.type(COLLECTION);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => barText(page, first!, '.collection-picker label.chip.pick'))
      .toBe(COLLECTION);
    await page.keyboard.press('Escape');
    // The bar keeps the focus: its next key works at once.
    await page.keyboard.press('n');
    await page.keyboard.type('Invite to the advisory board');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => barText(page, first!, '.note-text'))
      .toBe('Invite to the advisory board');

    // Post 2: the collection now exists and is ticked in the picker.
    await clickInto(second!);
    await page.keyboard.press('l');
    const pick = '.collection-picker label.chip.pick';
    await expect.poll(() => barText(page, second!, pick)).toBe(COLLECTION);
    await clickInBar(page, second!, `${pick} input[type="checkbox"]`);
    await expect
      .poll(() =>
        inBar<boolean>(
          page,
          second!,
          `(root, s) => root.querySelector(s)?.checked ?? false`,
          `${pick} input[type="checkbox"]`,
        ),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    // Post 3: only a tag, outside the collection.
    await clickInto(third!);
    await page.keyboard.press('t');
    await page.keyboard.type('pipeline');
    await page.keyboard.press('Enter');
    await expect.poll(() => barText(page, third!, '.chip.tag')).toContain('pipeline');

    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/posts');
    const row = (key: string) => dashboard.locator(`[role="row"][data-post-key="${key}"]`);
    await row(third!).waitFor();
    await expect.poll(() => dashboard.locator('[role="row"][data-post-key]').count()).toBe(3);
    // Bulk: the two collected posts get a category and an open follow-up.
    await row(first!).getByRole('checkbox').check();
    await row(second!).getByRole('checkbox').check();
    const bulk = dashboard.getByRole('region', { name: 'Edit selected posts' });
    await bulk.getByText('2 posts selected').waitFor();
    await bulk.getByLabel('Set category of selected').selectOption('connecting');
    await dashboard.getByText('Changed 2 posts.').waitFor();
    await bulk.getByLabel('Set follow-up of selected').selectOption('open');
    await expect.poll(() => row(first!).getByLabel('Follow-up').inputValue()).toBe('open');

    // A bookmarked view: its filters come from the address.
    const view = `#/posts?collection=${encodeURIComponent(COLLECTION)}&followUp=open&category=connecting`;
    await dashboard.evaluate((hash) => (location.hash = hash), view);
    await expect.poll(() => dashboard.locator('[role="row"][data-post-key]').count()).toBe(2);
    await dashboard.getByText('2 posts in this view').waitFor();
    expect(await dashboard.getByRole('combobox', { name: 'Collection' }).first().inputValue()).toBe(
      COLLECTION,
    );

    // The collection's export, from the collections view.
    await dashboard.evaluate(() => (location.hash = '#/collections'));
    const collectionRow = dashboard
      .getByRole('table', { name: 'Collections' })
      .getByRole('row')
      .filter({ hasText: COLLECTION });
    await collectionRow.getByText('2', { exact: true }).waitFor();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      collectionRow.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hcp-lens-q4-cardiology-kols-.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const byKey = new Map(parsed.data.map((r) => [r.post_key, r]));
    expect([...byKey.keys()].sort()).toEqual([first, second].sort());
    expect(byKey.get(first!)).toMatchObject({
      collections: COLLECTION,
      note: 'Invite to the advisory board',
      category: 'connecting',
      category_source: 'confirmed',
      flagged: 'true',
    });
    expect(byKey.get(second!)).toMatchObject({ collections: COLLECTION, flagged: 'true' });
  });

  it('renames the collection, exports it with semicolons from its page, and deletes it after a yes', async () => {
    const renamed = 'Q1 Cardiology KOLs';
    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/collections');
    const collections = dashboard.getByRole('table', { name: 'Collections' });
    const rowOf = (name: string) => collections.getByRole('row').filter({ hasText: name });
    await rowOf(COLLECTION).getByText('2', { exact: true }).waitFor();
    await rowOf(COLLECTION).getByRole('button', { name: 'Rename' }).click();
    await dashboard.getByRole('textbox', { name: `New name for ${COLLECTION}` }).fill(renamed);
    await dashboard.getByRole('button', { name: 'Save' }).click();
    await dashboard.getByText(`Renamed into “${renamed}”: 2 posts changed.`).waitFor();

    // Its own page, "Export…", semicolons (a German or French Excel).
    await rowOf(renamed).getByRole('link', { name: renamed }).click();
    await dashboard.getByRole('heading', { name: `Collection: ${renamed}` }).waitFor();
    await expect.poll(() => dashboard.locator('[role="row"][data-post-key]').count()).toBe(2);
    await dashboard.getByRole('button', { name: 'Export…' }).click();
    const dialog = dashboard.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Separator').selectOption(';');
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hcp-lens-q1-cardiology-kols-.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.post_key).sort()).toEqual([first, second].sort());
    expect(parsed.data.every((r) => r.collections === renamed)).toBe(true);

    // Deleting asks first and says how many posts it is on; the posts stay.
    await dashboard.evaluate(() => (location.hash = '#/collections'));
    await rowOf(renamed).getByRole('button', { name: 'Delete' }).click();
    const confirm = dashboard.getByRole('alertdialog', { name: 'Confirm deletion' });
    await confirm.getByText(`Delete the collection “${renamed}”? It is on 2 posts`).waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await dashboard.getByText(/No collection yet/).waitFor();
    await dashboard.evaluate(() => (location.hash = '#/posts'));
    await expect.poll(() => dashboard.locator('[role="row"][data-post-key]').count()).toBe(3);
  });
});
