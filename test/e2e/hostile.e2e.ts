import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serve, type Lens } from './browser';
import { classicCard, feedPage, hostileCards } from './hostile-page';
import { barAttribute, clickInBar, inEveryBar } from './bars';
import { waitForVerdicts } from './feed-page';

const MANY = 3000;

describe('hostile pages in Chromium', () => {
  let lens: Lens;
  beforeAll(async () => {
    lens = await launchWithExtension();
  });
  afterAll(() => lens?.close());

  it('runs nothing from page text, keeps overlays bounded, and leaves the page working', async () => {
    const page = await lens.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await serve(lens.context, 'https://www.linkedin.com/**', feedPage(hostileCards()));
    await page.goto('https://www.linkedin.com/feed/');
    await page.waitForSelector('[data-hcp-lens-post]');
    // A reader stops at each post; the 100 KB post is far taller than the screen.
    for (const card of await page.$$(
      '.scaffold-finite-scroll__content > div > .feed-shared-update-v2',
    )) {
      await card.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    }
    await waitForVerdicts(page, 4);

    // One overlay per outermost post: the nested post is part of its parent, not a fifth post.
    const keys = await page.$$eval('[data-hcp-lens-post]', (hs) =>
      hs.map((h) => h.getAttribute('data-hcp-lens-post')),
    );
    expect(keys.sort()).toEqual([
      'linkedin:9000000000000000001',
      'linkedin:9000000000000000002',
      'linkedin:9000000000000000003',
      'linkedin:9000000000000000004',
    ]);

    // The markup in names and text is shown as text inside the overlay, never parsed.
    const first = page.locator('[data-hcp-lens-post="linkedin:9000000000000000001"]');
    expect(await first.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // Overlays stay small however long the page's strings are.
    const boxes = await page.$$eval('[data-hcp-lens-post]', (hs) =>
      hs.map((h) => {
        const r = h.getBoundingClientRect();
        const card = h.closest('.feed-shared-update-v2')!.getBoundingClientRect();
        return { height: r.height, overflow: r.width - card.width };
      }),
    );
    for (const b of boxes) {
      expect(b.height).toBeLessThanOrEqual(200);
      expect(b.overflow).toBeLessThanOrEqual(0);
    }
    // The long strings are clipped inside the closed bar, and without scroll containers: each
    // is a layer of its own that every paint and hit test of the page visits (a thousand bars).
    const clipping = (
      await inEveryBar<{ scrollContainers: number; clipped: number }>(
        page,
        `(root) => {
          const styles = [...root.querySelectorAll('*')].map((e) => getComputedStyle(e));
          const values = (s) => [s.overflowX, s.overflowY];
          return {
            scrollContainers: styles.filter((s) =>
              values(s).some((v) => v === 'hidden' || v === 'auto' || v === 'scroll'),
            ).length,
            clipped: styles.filter((s) => values(s).includes('clip')).length,
          };
        }`,
      )
    ).map((b) => b.value);
    expect(clipping).toHaveLength(4);
    for (const c of clipping) {
      expect(c.scrollContainers).toBe(0);
      expect(c.clipped).toBeGreaterThan(0);
    }

    // The page's scripts cannot reach the closed bars (page-privacy.e2e.ts tries harder).
    expect(
      await page.$$eval('[data-hcp-lens-post]', (hs) => hs.filter((h) => h.shadowRoot).length),
    ).toBe(0);

    // Tagging the 100 KB post works; the page's own controls still work.
    const huge = 'linkedin:9000000000000000003';
    await clickInBar(page, huge, 'button[data-category="creating"]');
    await expect
      .poll(() => barAttribute(page, huge, 'button[data-category="creating"]', 'aria-checked'))
      .toBe('true');
    await page.mouse.move(0, 0);
    await page.click('#page-button');
    expect(await page.textContent('#page-clicks')).toBe('1');
    await page.close();
  });

  it(`keeps up with ${MANY} posts: one overlay per post that comes into view, none twice`, async () => {
    const page = await lens.context.newPage();
    const cards = Array.from({ length: MANY }, (_, i) =>
      classicCard({
        id: `80000000000${String(i).padStart(8, '0')}`,
        name: `Person ${i}, RN`,
        headline: 'ICU nurse',
        text: `Shift ${i}`,
      }),
    ).join('');
    await serve(lens.context, 'https://www.linkedin.com/**', feedPage(cards));
    await page.goto('https://www.linkedin.com/feed/');
    await page.waitForSelector('[data-hcp-lens-post]');
    // Only posts near the viewport get an overlay: a long feed costs little.
    const early = await page.locator('[data-hcp-lens-post]').count();
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(100);
    // Jump far down: the posts there get theirs, each exactly once.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect
      .poll(
        () =>
          page
            .locator(
              `[data-hcp-lens-post="linkedin:80000000000${String(MANY / 2).padStart(8, '0')}"]`,
            )
            .count(),
        { timeout: 15_000 },
      )
      .toBe(1);
    const dupes = await page.$$eval(
      '.feed-shared-update-v2',
      (cs) => cs.filter((c) => c.querySelectorAll('[data-hcp-lens-post]').length > 1).length,
    );
    expect(dupes).toBe(0);
    await page.close();
  });
});
