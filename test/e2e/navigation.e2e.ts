import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expected,
  fixture,
  launchWithExtension,
  scrollThrough,
  serve,
  visitEach,
  type Lens,
} from './browser';
import { waitForVerdicts } from './feed-page';

/**
 * A single-page app changes pages without loading one: pushState and a new timeline, then back.
 * The page's own script does what X's router does; the extension must follow without reloading.
 */
const ROUTER = `<script>
  const column = () => document.querySelector('[data-testid="primaryColumn"] [aria-label^="Timeline"] > div');
  let home = null;
  window.__go = (html) => {
    home = [...column().children];
    const fresh = new DOMParser().parseFromString(html, 'text/html');
    const cells = [...fresh.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(0, 10);
    history.pushState({ page: 'explore' }, '', '/explore');
    column().replaceChildren(...cells.map((c) => document.adoptNode(c)));
  };
  addEventListener('popstate', () => home && column().replaceChildren(...home));
</script>`;

const keysPerArticle = (page: import('playwright-core').Page) =>
  page.$$eval('article', (as) =>
    as.map((a) =>
      [...a.querySelectorAll('[data-hcp-lens-post]')].map((h) =>
        h.getAttribute('data-hcp-lens-post'),
      ),
    ),
  );

describe('SPA navigation (Chromium)', () => {
  let lens: Lens;
  const want = expected('x/x-home.expected.json');
  const keys = want.posts.map((p) => p.key);
  const html = fixture('x/x-home.html');

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(lens.context, 'https://x.com/**', html.replace('</body>', `${ROUTER}</body>`));
  });
  afterAll(() => lens?.close());

  it('follows pushState and back: new posts get overlays, none twice, none left stale', async () => {
    const page = await lens.context.newPage();
    await page.goto(want.url);
    await page.waitForSelector('[data-hcp-lens-post]');
    await scrollThrough(page, 500);
    await waitForVerdicts(page, keys.length);

    await page.evaluate((h) => (window as unknown as { __go(h: string): void }).__go(h), html);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(page.url()).toBe('https://x.com/explore');
    await visitEach(page, 'article');
    await expect.poll(() => page.locator('[data-hcp-lens-post]').count()).toBe(10);
    expect(await keysPerArticle(page)).toEqual(keys.slice(0, 10).map((k) => [k]));

    await page.goBack();
    await page.evaluate(() => window.scrollTo(0, 0));
    await visitEach(page, 'article', 80);
    await expect.poll(() => page.locator('[data-hcp-lens-post]').count()).toBe(keys.length);
    expect(await keysPerArticle(page)).toEqual(keys.map((k) => [k]));
    await page.close();
  });
});
