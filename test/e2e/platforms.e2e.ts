import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expected, fixture, launchWithExtension, serve, visitEach, type Lens } from './browser';
import { waitForVerdicts } from './feed-page';

const hostKeys = (page: Page) =>
  page.$$eval('[data-hcp-lens-post]', (hs) => hs.map((h) => h.getAttribute('data-hcp-lens-post')));

const PLATFORMS = [
  { name: 'X', file: 'x/x-home', origin: 'https://x.com/**', post: 'article' },
  {
    name: 'Bluesky',
    file: 'bluesky/bluesky-home',
    origin: 'https://bsky.app/**',
    post: '[data-testid^="feedItem-by-"]',
  },
  {
    name: 'Doximity',
    file: 'doximity/doximity-newsfeed',
    origin: 'https://www.doximity.com/**',
    post: '[data-feed-item-id]',
  },
];

describe('every platform in Chromium', () => {
  let lens: Lens;
  beforeAll(async () => {
    lens = await launchWithExtension();
  });
  afterAll(() => lens?.close());

  it.each(PLATFORMS)(
    '$name: one overlay per post, with the right key',
    async ({ file, origin, post }) => {
      const want = expected(`${file}.expected.json`);
      await serve(lens.context, origin, fixture(`${file}.html`));
      const page = await lens.context.newPage();
      await page.goto(want.url);
      await page.waitForSelector('[data-hcp-lens-post]');
      await visitEach(page, post, 60);
      await waitForVerdicts(page, want.posts.length);
      // In page order, each post once: no post missed, none doubled.
      expect(await hostKeys(page)).toEqual(want.posts.map((p) => p.key));
      await page.close();
    },
  );

  it('X recycling timeline: the overlay always shows the post its cell shows now', async () => {
    await serve(lens.context, 'https://x.com/**', fixture('x/recycling-timeline.html'));
    const page = await lens.context.newPage();
    await page.goto('https://x.com/home');
    await page.waitForSelector('[data-hcp-lens-post]');
    const total = await page.evaluate(
      () => (window as unknown as { __timeline: { total: number } }).__timeline.total,
    );
    const seen = new Set<string>();

    /** Every article on screen holds exactly one host, keyed by the status its link shows now. */
    const check = async () => {
      await page.waitForTimeout(250);
      const cells = await page.$$eval('article', (articles) =>
        articles.map((a) => ({
          shown: (a.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? '').split(
            '/status/',
          )[1],
          hosts: [...a.querySelectorAll('[data-hcp-lens-post]')].map((h) =>
            h.getAttribute('data-hcp-lens-post'),
          ),
          visible:
            a.getBoundingClientRect().bottom > 0 && a.getBoundingClientRect().top < innerHeight,
        })),
      );
      for (const c of cells.filter((c) => c.visible)) {
        expect(c.hosts).toEqual([`x:${c.shown}`]);
        seen.add(c.shown!);
      }
      expect(await page.locator('[data-hcp-lens-post]').count()).toBeLessThanOrEqual(cells.length);
    };

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await check();
    }
    expect(seen.size).toBe(total);
    for (let y = height; y >= 0; y -= 1200) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await check();
    }
    await page.close();
  });
});
