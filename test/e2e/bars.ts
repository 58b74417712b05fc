// The tests act on the closed bars with real (trusted) mouse and keyboard input only; they read
// them over the DevTools protocol (scripts/lib/bars.ts).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { inBar } from '../../scripts/lib/bars';

export * from '../../scripts/lib/bars';

/** An attribute of the first element matching `selector` in the bar of `key`. */
export function barAttribute(
  page: Page,
  key: string,
  selector: string,
  name: string,
): Promise<string | null> {
  return inBar<string | null>(
    page,
    key,
    `(root, [s, n]) => root.querySelector(s)?.getAttribute(n) ?? null`,
    [selector, name],
  );
}

/** How many elements match `selector` in the bar of `key` (0 without a bar). */
export async function barCount(page: Page, key: string, selector: string): Promise<number> {
  return (
    (await inBar<number>(page, key, `(root, s) => root.querySelectorAll(s).length`, selector)) ?? 0
  );
}

/** The box of the first element matching `selector` in the bar of `key`, in page coordinates. */
export function barBox(page: Page, key: string, selector: string) {
  return inBar<{ x: number; y: number; width: number; height: number } | null>(
    page,
    key,
    `(root, s) => { const e = root.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
    selector,
  );
}

/** Rests the real pointer on the bar of `key` until its controls open. */
export async function openBar(page: Page, key: string): Promise<void> {
  await page.locator(`[data-hcp-lens-post="${key}"]`).scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        if ((await barCount(page, key, '.more')) === 1) return true;
        const box = await barBox(page, key, '.lens');
        if (box) {
          // Off the bar, then onto it: a pointer already there sends no new pointerenter.
          await page.mouse.move(box.x + box.width / 2, box.y - 40);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
        }
        return false;
      },
      { timeout: 10_000, interval: 400 },
    )
    .toBe(true);
}

/** A real mouse click in the middle of `selector` in the (open) bar of `key`. */
export async function clickInBar(page: Page, key: string, selector: string): Promise<void> {
  await openBar(page, key);
  const box = await barBox(page, key, selector);
  if (!box) throw new Error(`${selector} is not in the bar of ${key}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
