import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import { expected, fixture, launchWithExtension, serve, type Lens } from './browser';
import { barAttribute, barCount, barText, openBar } from './bars';

// Raj Malhotra runs a start-up: the classifier says "not an HCP" until a target list says he is.
const FEED = expected('linkedin/linkedin-feed.expected.json') as {
  url: string;
  posts: { key: string; authorName: string; authorHeadline: string; text: string }[];
};
const RAJ = FEED.posts.find((p) => p.authorName === 'Raj Malhotra')!;
const GOOD_CSV =
  '\ufeffName,LinkedIn URL,Specialty,Tier,Owner,Email\r\n' +
  'Raj Malhotra,https://www.linkedin.com/in/rajmalhotra168/,Pharmacy,1,Sam,raj@example.com\r\n';
const BAD_CSV = 'name,linkedin url,npi,tier\nAna Ruiz,,1234567893,1\nBo Li,,123,2\n';

const upload = (page: Page, name: string, csv: string) =>
  page
    .getByLabel('CSV or Excel file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

describe('Target lists in Chromium', () => {
  let lens: Lens;
  let dashboard: Page;
  const lists = () => dashboard.getByRole('table', { name: 'Imported target lists' });

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      fixture('linkedin/linkedin-feed.html'),
    );
    dashboard = await lens.openExtensionPage('src/dashboard/index.html#/targets');
    await lists().getByText('No target lists yet.').waitFor();
  });
  afterAll(() => lens?.close());

  async function rajOverlay() {
    const page = await lens.context.newPage();
    await page.goto(FEED.url);
    await expect
      .poll(() => barCount(page, RAJ.key, '.badge'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    return page;
  }

  it('imports a list from the dashboard, and the feed shows the listed author as an HCP with the tier', async () => {
    expect(classify({ platform: 'linkedin', ...RAJ }).isHcp).toBe(false);
    await upload(dashboard, 'q4-kols.csv', GOOD_CSV);
    await expect
      .poll(() => dashboard.getByTestId('target-count').textContent())
      .toBe('1 valid row');
    const preview = dashboard.getByRole('table', { name: 'Preview of the first rows' });
    expect(await preview.locator('tbody tr').count()).toBe(1);
    expect(await preview.locator('tbody').textContent()).toContain('Raj Malhotra');
    expect(await dashboard.getByText('Ignored columns: Email').count()).toBe(1);
    await dashboard.getByLabel('List name').fill('Q4 KOLs');
    await dashboard.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(() => dashboard.getByRole('status').textContent())
      .toBe('Imported 1 person into “Q4 KOLs”.');
    expect(await lists().locator('tbody tr').first().textContent()).toContain('Q4 KOLs');

    const page = await rajOverlay();
    expect(await barCount(page, RAJ.key, '.badge.hcp')).toBe(1);
    expect(await barText(page, RAJ.key, '.chip.target')).toBe('Tier 1');
    // The list's name is the user's: no tooltip spells it; the open controls show it.
    expect(await barAttribute(page, RAJ.key, '.badge.hcp', 'title')).toBeNull();
    await openBar(page, RAJ.key);
    expect(await barText(page, RAJ.key, '.why')).toContain(
      'On your target list "Q4 KOLs" (tier 1)',
    );
    await page.close();
  });

  it('lists the row errors of a file with a bad row and imports nothing from it', async () => {
    await upload(dashboard, 'bad.csv', BAD_CSV);
    await expect
      .poll(() => dashboard.getByRole('list', { name: 'Row errors' }).textContent())
      .toBe('line 3: NPI 123 is not 10 digits');
    expect(await dashboard.getByTestId('target-count').textContent()).toBe('1 valid row, 1 error');
    expect(await dashboard.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    expect(await lists().locator('tbody tr').count()).toBe(1);
  });

  it('removes the list after confirmation, and the author is judged by the classifier again', async () => {
    await dashboard.getByRole('button', { name: 'Remove Q4 KOLs' }).click();
    await dashboard.getByRole('button', { name: 'Yes, remove' }).click();
    await lists().getByText('No target lists yet.').waitFor();

    const page = await rajOverlay();
    expect(await barCount(page, RAJ.key, '.badge.not-hcp')).toBe(1);
    expect(await barCount(page, RAJ.key, '.chip.target')).toBe(0);
    await page.close();
  });
});
