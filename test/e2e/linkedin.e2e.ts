import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import { CSV_COLUMNS } from '../../src/export/csv';
import {
  expected,
  fixture,
  hostKeysPerContainer,
  launchWithExtension,
  serve,
  type Lens,
} from './browser';
import { barAttribute, barBox, barCount, barText, clickInBar, openBar } from './bars';
import { readWholeFeed, waitForVerdicts, withInfiniteScroll } from './feed-page';

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

describe.each(MARKUPS)('LinkedIn $name in Chromium', ({ file, container, wrapper }) => {
  let lens: Lens;
  const want = expected(`${file}.expected.json`) as { url: string; posts: ExpectedPost[] };
  const keys = want.posts.map((p) => p.key);

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      withInfiniteScroll(fixture(`${file}.html`), wrapper, 16),
    );
  });
  afterAll(() => lens?.close());

  it('puts exactly one overlay with the right key in every post, including posts appended later', async () => {
    const page = await lens.context.newPage();
    await page.goto(want.url);
    await expect.poll(() => page.locator('[data-hcp-lens-post]').count()).toBeGreaterThan(0);
    await readWholeFeed(page);
    await waitForVerdicts(page, keys.length);
    expect(await hostKeysPerContainer(page, container)).toEqual(keys.map((k) => [k]));
    expect(await page.locator('[data-hcp-lens-post]').count()).toBe(keys.length);
    // Scrolling back up re-uses the overlays already there: still one per post.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    expect(await page.locator('[data-hcp-lens-post]').count()).toBe(keys.length);
    await page.close();
  });

  it('confirms a category, flags and tags by keyboard, and shows it in the popup and the CSV', async () => {
    const page = await lens.context.newPage();
    await page.goto(want.url);
    const first = keys[0]!;
    await expect
      .poll(() => barCount(page, first, '.badge'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    // One line per post; its controls open over the post while the pointer is on it.
    expect(await barCount(page, first, 'button[data-category="connecting"]')).toBe(0);
    await openBar(page, first);
    // They drop right below the bar and lie over the post: the page neither moves nor covers them.
    const bar = (await barBox(page, first, '.lens'))!;
    const more = (await barBox(page, first, '.more'))!;
    expect(Math.abs(more.y - (bar.y + bar.height))).toBeLessThanOrEqual(4);
    expect(Math.abs(more.x - bar.x)).toBeLessThanOrEqual(4);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-hcp-lens-post') ?? null,
      [more.x + more.width / 2, more.y + more.height - 4],
    );
    expect(onTop).toBe(first);
    await clickInBar(page, first, 'button[data-category="connecting"]');
    const connecting = () =>
      barAttribute(page, first, 'button[data-category="connecting"]', 'aria-checked');
    await expect.poll(connecting).toBe('true');
    expect(await barText(page, first, 'button.pill')).toBe('✓ Connecting');
    const firstHost = page.locator(`[data-hcp-lens-post="${first}"]`);
    expect((await firstHost.boundingBox())!.height).toBeLessThanOrEqual(32);

    // By keyboard: the user clicks into the bar (or tabs to it: focus a script moved there would
    // not do), then types.
    const second = keys[1]!;
    await expect.poll(() => barCount(page, second, '.badge')).toBeGreaterThan(0);
    await page.locator(`[data-hcp-lens-post="${second}"]`).scrollIntoViewIfNeeded();
    const secondBar = (await barBox(page, second, '.lens'))!;
    await page.mouse.click(secondBar.x + secondBar.width - 4, secondBar.y + secondBar.height / 2);
    await page.keyboard.press('f');
    await page.keyboard.press('t');
    await page.keyboard.type('kol-watch');
    await page.keyboard.press('Enter');
    await expect.poll(() => barText(page, second, '.chip.tag')).toContain('kol-watch');
    await expect.poll(() => barAttribute(page, second, 'button.flag', 'aria-pressed')).toBe('true');

    await readWholeFeed(page);
    await waitForVerdicts(page, keys.length);

    const popup = await lens.openExtensionPage('src/popup/index.html');
    const hcpCount = want.posts.filter(
      (p) => classify({ platform: 'linkedin', ...p }).isHcp,
    ).length;
    await expect
      .poll(() => popup.getByTestId('posts-seen').textContent())
      .toBe(String(keys.length));
    expect(await popup.getByTestId('hcp-seen').textContent()).toBe(String(hcpCount));
    expect(await popup.getByTestId('tagged').textContent()).toBe('2');
    expect(await popup.locator('li[data-category="connecting"] .bar-value').textContent()).toBe(
      '1',
    );

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data).toHaveLength(2);
    expect(rows.data.find((r) => r.post_key === keys[0])).toMatchObject({
      platform: 'linkedin',
      category: 'connecting',
      category_source: 'confirmed',
      author_name: want.posts[0]!.authorName,
    });
    expect(rows.data.find((r) => r.post_key === keys[1])).toMatchObject({
      flagged: 'true',
      tags: 'kol-watch',
      category_source: 'suggested',
    });
    await popup.close();
    await page.close();
  });

  it('keeps every open tab in sync when a post is tagged in one of them', async () => {
    const [a, b] = [await lens.context.newPage(), await lens.context.newPage()];
    await Promise.all([a.goto(want.url), b.goto(want.url)]);
    const key = keys[2]!;
    for (const p of [a, b]) {
      await expect.poll(() => barCount(p, key, '.badge'), { timeout: 30_000 }).toBeGreaterThan(0);
    }
    await a.bringToFront();
    await clickInBar(a, key, 'button[data-category="creating"]');
    // The other tab's bar shows the confirmed category on its line.
    await expect.poll(() => barText(b, key, 'button.pill')).toBe('✓ Creating');
    await Promise.all([a.close(), b.close()]);
  });
});
