import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv';
import { withInfiniteScroll } from '../e2e/feed-page';
import { clickInBar, inBar } from './bars';
import {
  hostCount,
  hostKeysPerContainer,
  launchFirefoxWithExtension,
  readWholeFeed,
  ROOT,
  sleep,
  verdictCount,
  waitForVerdicts,
  type FirefoxLens,
} from './firefox';

interface ExpectedPost {
  key: string;
  authorName: string;
  authorHeadline: string;
  text: string;
}

const MARKUPS = [
  {
    name: 'classic feed',
    file: 'linkedin/linkedin-feed',
    container: '.feed-shared-update-v2[data-urn]',
    wrapper: 'div[data-id^="urn:li:activity:"]',
  },
  {
    name: '2026 feed',
    file: 'linkedin/linkedin-feed-2026',
    container: '[data-testid="mainFeed"] > div > [role="listitem"]',
    wrapper: '[data-testid="mainFeed"] > [data-lazy-mount-id]',
  },
];

const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');

// The tests of one markup run in order on one browser: the feed read by the first is the one the
// next tags, and the popup and the CSV then report that session.
describe.each(MARKUPS)('LinkedIn $name in Firefox', ({ file, container, wrapper }) => {
  const want = JSON.parse(fixture(`${file}.expected.json`)) as {
    url: string;
    posts: ExpectedPost[];
  };
  const keys = want.posts.map((p) => p.key);
  let lens: FirefoxLens;
  let feed: Page;
  let popup: Page | undefined;

  const openPopup = async () => (popup ??= await lens.openExtensionPage('src/popup/index.html'));

  beforeAll(async () => {
    lens = await launchFirefoxWithExtension();
    feed = await lens.newFeedPage(withInfiniteScroll(fixture(`${file}.html`), wrapper, 16));
    await feed.goto(want.url);
  });
  afterAll(() => lens?.close());

  it('puts exactly one overlay with the right key and a verdict in every post, including posts appended later', async () => {
    // Fails here when the content script is not injected (e.g. host access not granted).
    await expect.poll(() => hostCount(feed), { timeout: 20_000, interval: 250 }).toBeGreaterThan(0);
    await readWholeFeed(feed);
    await waitForVerdicts(feed, keys);
    expect(await hostKeysPerContainer(feed, container)).toEqual(keys.map((k) => [k]));
    expect(await hostCount(feed)).toBe(keys.length);
    expect(await verdictCount(feed)).toBe(keys.length);
    // Scrolling back up re-uses the overlays already there: still one per post.
    await feed.evaluate(() => window.scrollTo(0, 0));
    await sleep(400);
    expect(await hostCount(feed)).toBe(keys.length);
    expect(await hostKeysPerContainer(feed, container)).toEqual(keys.map((k) => [k]));
  });

  it('confirms a category with a click in the overlay', async () => {
    const key = keys[0]!;
    await (await feed.waitForSelector(`[data-hcp-lens-post="${key}"]`))!.scrollIntoView();
    const checked = () =>
      inBar<string[]>(
        feed,
        key,
        `(root) => [...root.querySelectorAll('button[data-category]')]
          .filter((b) => b.getAttribute('aria-checked') === 'true')
          .map((b) => b.getAttribute('data-category'))`,
      );
    // A real (trusted) mouse click at the button's position, sent through WebDriver BiDi input,
    // once the pointer resting on the bar has opened its controls.
    await clickInBar(feed, key, 'button[data-category="connecting"]');
    // That category, and only that one, is checked.
    await expect.poll(checked, { timeout: 10_000 }).toEqual(['connecting']);
  });

  it('sums up the session in the popup', async () => {
    const page = await openPopup();
    const text = (id: string) =>
      page.$eval(`[data-testid="${id}"]`, (el) => el.textContent).catch(() => null);
    // The popup counts the HCP posts the overlays showed (the built classifier's verdicts).
    const hcpCount = await verdictCount(feed, '.badge.hcp');
    expect(hcpCount).toBeGreaterThan(0);
    expect(hcpCount).toBeLessThan(keys.length);
    await expect.poll(() => text('posts-seen'), { timeout: 15_000 }).toBe(String(keys.length));
    expect(await text('hcp-seen')).toBe(String(hcpCount));
    expect(await text('tagged')).toBe('1');
    expect(
      await page.$eval('li[data-category="connecting"] .bar-value', (el) => el.textContent),
    ).toBe('1');
  });

  it('exports the tagged post as CSV (asked of the background from the popup page)', async () => {
    const page = await openPopup();
    // Firefox saves the popup's download through its own download flow, out of the test's reach,
    // so the test sends the popup's export request itself; the background checks that it comes
    // from an extension page, as it does for the popup's button.
    const answer = (await page.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).browser.runtime.sendMessage({ type: 'export/csv', scope: 'session' }),
    )) as { ok: boolean; error?: string; data?: { filename: string; csv: string; rows: number } };
    expect(answer.error).toBeUndefined();
    expect(answer.ok).toBe(true);
    const { csv, rows: count, filename } = answer.data!;
    expect(filename).toMatch(/\.csv$/);
    expect(count).toBe(1);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data).toHaveLength(1);
    expect(rows.data[0]).toMatchObject({
      post_key: keys[0],
      platform: 'linkedin',
      category: 'connecting',
      category_source: 'confirmed',
      author_name: want.posts[0]!.authorName,
    });
  });
});
