// The bar, as shipped, inside its closed shadow root on a LinkedIn feed: axe finds no serious or
// critical violation with it closed and open, on a white and on a near-black site, in the light
// and the dark colour scheme; every control has a name in Chromium's accessibility tree (drawn
// by generated content, which axe cannot read); every text it draws has a contrast of 4.5:1.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED, seed } from './a11y-seed';
import { barControlNames, barTextContrast, expectBarAccessible } from './axe';
import { barCount, openBar } from './bars';
import { launchWithExtension, type Lens } from './browser';

const SITE_THEMES = {
  white: 'html, body { background: #fff !important; color: #000 !important; }',
  'near-black':
    'html, body, body div, body article { background: #0b0b0b !important; color: #e5e5e5 !important; }',
};
// A confirmed category with tags and a collection; a note and a follow-up; an adverse event.
const BARS = [
  FEED.posts[0]!,
  FEED.posts[1]!,
  FEED.posts.find((p) => p.authorName === 'Marisol Vega')!,
];

async function feedPage(lens: Lens, theme: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await lens.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(FEED.url);
  await page.addStyleTag({ content: theme });
  return page;
}

/** Scrolls the feed until the post's bar is there (the page renders its cards as they near). */
async function whenDrawn(page: Page, key: string): Promise<void> {
  const host = page.locator(`[data-hcp-lens-post="${key}"]`);
  for (let i = 0; i < 200 && (await host.count()) === 0; i++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(60);
  }
  await host.scrollIntoViewIfNeeded();
  await expect.poll(() => barCount(page, key, '.badge'), { timeout: 30_000 }).toBeGreaterThan(0);
}

describe('accessibility of the bar in its closed shadow root (Chromium)', () => {
  let lens: Lens;

  beforeAll(async () => {
    lens = await launchWithExtension();
    await seed(lens);
  });
  afterAll(() => lens?.close());

  for (const [themeName, theme] of Object.entries(SITE_THEMES)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(
        `passes closed and open on a ${themeName} site, ${scheme} scheme`,
        { timeout: 180_000 },
        async () => {
          const page = await feedPage(lens, theme, scheme);
          for (const post of BARS) {
            await whenDrawn(page, post.key);
            for (const state of ['closed', 'open']) {
              if (state === 'open') await openBar(page, post.key);
              const what = `the ${state} bar of ${post.authorName} (${themeName} site, ${scheme})`;
              const report = await expectBarAccessible(page, post.key, what);
              // Axe checked every button of the bar, not an empty host.
              const buttons = await barCount(page, post.key, 'button');
              expect(report.perRule['button-name'], what).toBe(buttons);
              if (state === 'open') expect(buttons, what).toBeGreaterThan(8);

              // Chromium names every control from what the bar draws, so a screen reader reads it.
              const names = await barControlNames(page, post.key);
              expect(names.length, what).toBe(buttons);
              for (const name of names) expect(name, what).not.toMatch(/""$/);
              expect(names[0], what).toMatch(/^button "(Not )?HCP (\d+%|· marked)"$/);

              const contrast = await barTextContrast(page, post.key);
              expect(contrast.length, what).toBeGreaterThan(2);
              const low = contrast.filter((c) => c.ratio < 4.5);
              expect(low, `${what}: text below 4.5:1`).toEqual([]);
            }
            // Off the bar: it closes again.
            await page.mouse.move(5, 5);
          }
          await page.close();
        },
      );
    }
  }
});
