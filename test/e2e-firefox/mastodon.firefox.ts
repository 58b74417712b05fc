import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  ROOT,
  scrollThrough,
  sleep,
  type FirefoxLens,
} from './firefox';

const fixture = (p: string) => readFileSync(join(ROOT, 'test/fixtures', p), 'utf8');

describe('a Mastodon instance, enabled by the user (Firefox)', () => {
  let lens: FirefoxLens;
  const want = JSON.parse(fixture('mastodon/mastodon-home.expected.json')) as {
    url: string;
    posts: { key: string }[];
  };
  beforeAll(async () => {
    lens = await launchFirefoxWithExtension();
  });
  afterAll(() => lens?.close());

  it('does nothing there until allowed, then tags every post keyed by the instance', async () => {
    const html = fixture('mastodon/mastodon-home.html');
    const before = await lens.newFeedPage(html, 'https://med-mastodon.com/');
    await before.goto(want.url);
    await sleep(1500);
    expect(await before.$$eval('[data-hcp-lens-post]', (hs) => hs.length)).toBe(0);
    await before.close();

    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/settings');
    await dashboard.waitForSelector('input[aria-label="Mastodon instance"]');
    await dashboard.type('input[aria-label="Mastodon instance"]', 'med-mastodon.com');
    await dashboard.click('section.mastodon button[type="submit"]');
    await dashboard.waitForFunction(
      () =>
        document.querySelector('section.mastodon [role="status"]')?.textContent ===
        'HCP Lens is on for med-mastodon.com.',
      { timeout: 10_000 },
    );

    const page = await lens.newFeedPage(html, 'https://med-mastodon.com/');
    await page.goto(want.url);
    await page.waitForSelector('[data-hcp-lens-post]', { timeout: 15_000 });
    await scrollThrough(page, 400);
    await sleep(1000);
    const keys = await page.$$eval('[data-hcp-lens-post]', (hs) =>
      hs.map((h) => h.getAttribute('data-hcp-lens-post')),
    );
    expect(keys).toEqual(want.posts.map((p) => p.key));
    expect(keys[0]).toMatch(/^mastodon:med-mastodon\.com\/\d+$/);
  });
});
