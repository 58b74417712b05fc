import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { verdictCount } from './bars';
import { scrollThrough } from './browser';

/**
 * Turns a saved feed into an infinite one: the page's own script holds back the last `hold`
 * cards and appends them a few at a time as the reader nears the bottom, as the real feed does.
 */
export function withInfiniteScroll(html: string, cardWrapper: string, hold: number): string {
  const script = `<script>(() => {
    const held = [...document.querySelectorAll(${JSON.stringify(cardWrapper)})].slice(-${hold});
    const parent = held[0] && held[0].parentElement;
    held.forEach((el) => el.remove());
    const more = () => { for (const el of held.splice(0, 4)) parent.append(el); };
    addEventListener('scroll', () => {
      if (scrollY + innerHeight > document.documentElement.scrollHeight - 1200) setTimeout(more, 30);
    }, { passive: true });
    window.__held = () => held.length;
  })();</script>`;
  return html.replace('</body>', `${script}</body>`);
}

/** Scrolls until the page has nothing more to append and the bottom is reached. */
export async function readWholeFeed(page: Page): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await scrollThrough(page);
    const held = await page.evaluate(
      () => (window as unknown as { __held?: () => number }).__held?.() ?? 0,
    );
    if (held === 0) break;
  }
  await scrollThrough(page);
}

/** Waits until every overlay host shows a verdict (the background has answered for each). */
export async function waitForVerdicts(page: Page, count: number): Promise<void> {
  await expect
    .poll(() => verdictCount(page), { timeout: 30_000, interval: 250 })
    .toBeGreaterThanOrEqual(count);
}
