import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import { AE_CSV_COLUMNS } from '../../src/export/ae-export';
import { barBox, barCount, barText, openBar } from './bars';
import { expected, fixture, launchWithExtension, serve, type Lens } from './browser';

const FEED = expected('linkedin/linkedin-feed.expected.json') as {
  url: string;
  posts: { key: string; authorName: string; authorHeadline: string; text: string }[];
};
// Marisol Vega's father was switched to Cardivex and got dizzy: the classifier flags it.
const AE_POST = FEED.posts.find((p) => p.authorName === 'Marisol Vega')!;
// A post the classifier does not flag, reported by the user from the bar.
const OTHER = FEED.posts.find((p) => !classify({ platform: 'linkedin', ...p }).ae)!;

/** Scrolls the feed until the post's bar is there (the page renders its cards as they near). */
async function scrollTo(page: Page, key: string): Promise<void> {
  const host = page.locator(`[data-hcp-lens-post="${key}"]`);
  for (let i = 0; i < 200 && (await host.count()) === 0; i++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(60);
  }
  await host.scrollIntoViewIfNeeded();
}

describe('Adverse-event intake in Chromium', () => {
  let lens: Lens;
  let feed: Page;

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      fixture('linkedin/linkedin-feed.html'),
    );
    feed = await lens.context.newPage();
    await feed.goto(FEED.url);
  });
  afterAll(() => lens?.close());

  it('keeps the flagged post, and the bar reports another with the A key', async () => {
    expect(classify({ platform: 'linkedin', ...AE_POST }).ae).toBe(true);
    // The bars' roots are closed and their text drawn by a stylesheet: read as DevTools would.
    await scrollTo(feed, AE_POST.key);
    await expect.poll(() => barCount(feed, AE_POST.key, '.badge.ae'), { timeout: 30_000 }).toBe(1);
    await openBar(feed, AE_POST.key);
    await expect.poll(() => barText(feed, AE_POST.key, '.ae-queued')).toBe('⚑ In AE queue');

    await scrollTo(feed, OTHER.key);
    await expect.poll(() => barCount(feed, OTHER.key, '.badge')).toBeGreaterThan(0);
    // The user clicks into the bar (at its quiet right end), then types: focus alone would not do.
    const bar = (await barBox(feed, OTHER.key, '.lens'))!;
    await feed.mouse.click(bar.x + bar.width - 4, bar.y + bar.height / 2);
    await feed.keyboard.press('a');
    await expect.poll(() => barText(feed, OTHER.key, '.ae-queued')).toBe('⚑ In AE queue');

    const popup = await lens.openExtensionPage('src/popup/index.html');
    // Every flagged post scrolled past is in the queue too, besides these two.
    // One post at a time: each look-up asks the page's DOM afresh, which renumbers its nodes.
    let flaggedSeen = 0;
    for (const p of FEED.posts) flaggedSeen += await barCount(feed, p.key, '.badge.ae');
    await expect
      .poll(() => popup.getByTestId('ae-count').textContent())
      .toContain(`${flaggedSeen + 1} possible adverse events to forward to PV`);
    await popup.close();
  });

  it('forwards the case from the dashboard and exports it with its elements and history', async () => {
    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/ae');
    const row = dashboard.locator(`[data-ae-case="${AE_POST.key}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Product: cardivex/i);
    await row.getByRole('button', { name: 'Forward to PV…' }).click();
    await row.getByLabel(/PV case reference/).fill('PV-2026-0117');
    await row.getByRole('button', { name: 'Mark forwarded', exact: true }).click();
    await row.waitFor({ state: 'detached' }); // the queue shows new cases by default

    await dashboard.getByLabel('State').selectOption('');
    await row.getByRole('checkbox').check();
    await dashboard.locator(`[data-ae-case="${OTHER.key}"]`).getByRole('checkbox').check();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export selection as CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.meta.fields).toEqual([...AE_CSV_COLUMNS]);
    expect(rows.data).toHaveLength(2);
    const forwarded = rows.data.find((r) => r.case_key === AE_POST.key)!;
    expect(forwarded).toMatchObject({
      state: 'forwarded',
      source: 'detected',
      platform: 'linkedin',
      case_reference: 'PV-2026-0117',
      forwarded_by: 'this browser',
      products: expect.stringMatching(/^cardivex$/i),
      patient: expect.stringMatching(/^my dad/i),
      text: AE_POST.text,
    });
    expect(forwarded.reporter).toContain('Marisol Vega');
    expect(forwarded.audit_trail?.split('\n')).toEqual([
      expect.stringMatching(/this browser: opened \(detected\)$/),
      expect.stringMatching(/this browser: case reference \(empty\) → PV-2026-0117$/),
      expect.stringMatching(/this browser: state new → forwarded$/),
    ]);
    expect(rows.data.find((r) => r.case_key === OTHER.key)).toMatchObject({
      state: 'new',
      source: 'reported',
    });
  });

  it('keeps the queue across a restart of the service worker', async () => {
    // Stopped as the browser stops an idle worker: the next request starts a fresh one.
    const cdp = await lens.context.newCDPSession(feed);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/ae');
    await dashboard.getByLabel('State').selectOption('forwarded');
    const row = dashboard.locator(`[data-ae-case="${AE_POST.key}"]`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain('ref PV-2026-0117');
  });
});
