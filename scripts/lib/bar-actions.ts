// Real pointer and keyboard actions on the bars, for the demo: the bars' shadow roots are closed,
// so where to point is read over the DevTools protocol (./bars.ts) and the mouse does the rest.
import type { Page } from 'playwright-core';
import { inBar, inEveryBar } from './bars';

type Box = { x: number; y: number; width: number; height: number };

/** Asks `check` until it returns something other than null/false, or fails after `ms`. */
async function until<T>(what: string, check: () => Promise<T | null | false>, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function barBox(page: Page, key: string, selector: string): Promise<Box | null> {
  return inBar<Box | null>(
    page,
    key,
    `(root, s) => { const e = root.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
    selector,
  );
}

export async function hasInBar(page: Page, key: string, selector: string): Promise<boolean> {
  return (
    (await inBar<boolean>(page, key, `(root, s) => !!root.querySelector(s)`, selector)) ?? false
  );
}

/** The keys of the first `count` bars that show a verdict, in page order. */
export function barsWithVerdict(page: Page, count: number): Promise<string[]> {
  return until(`${count} bars with a verdict`, async () => {
    const bars = await inEveryBar<boolean>(page, `(root) => !!root.querySelector('.badge')`);
    const ready = bars.filter((b) => b.value).map((b) => b.key);
    return ready.length >= count && ready.slice(0, count);
  });
}

/** Rests the pointer on the bar of `key` until its controls (`.more`) are open. */
export async function openBar(page: Page, key: string): Promise<void> {
  await page.locator(`[data-hcp-lens-post="${key}"]`).scrollIntoViewIfNeeded();
  await until(`the controls of ${key}`, async () => {
    if (await hasInBar(page, key, '.more')) return true;
    const box = await barBox(page, key, '.lens');
    if (box) {
      // Off the bar, then onto it: a pointer already there sends no new pointerenter.
      await page.mouse.move(box.x + box.width / 2, box.y - 40);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    }
    return false;
  });
}

/** A real click in the middle of `selector` in the bar of `key` (its controls opened first). */
export async function clickInBar(page: Page, key: string, selector: string): Promise<void> {
  await openBar(page, key);
  const box = await until(selector, () => barBox(page, key, selector));
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Clicks into the bar of `key` (its right end, away from the buttons) so it takes keys. */
export async function focusBar(page: Page, key: string): Promise<void> {
  await page.locator(`[data-hcp-lens-post="${key}"]`).scrollIntoViewIfNeeded();
  const box = await until('the bar', () => barBox(page, key, '.lens'));
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
}

export { until };
