import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/browser';

export * from '../../scripts/lib/browser';

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');
}

export function expected(path: string): { url: string; posts: { key: string }[] } {
  return JSON.parse(fixture(path));
}

/** Scrolls to the bottom in steps, as a reader would, so every post nears the viewport once. */
export async function scrollThrough(page: Page, step = 700): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const done = await page.evaluate((dy) => {
      window.scrollBy(0, dy);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    }, step);
    // Long enough for each post to spend a few scans near the viewport even on a busy machine:
    // posts scrolled past faster than a reader could see them get no overlay, by design.
    await page.waitForTimeout(120);
    if (done) break;
  }
}

/** The post keys of the overlay hosts inside each container matched by `selector`, in order. */
export function hostKeysPerContainer(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(selector, (els) =>
    els.map((el) =>
      [...el.querySelectorAll('[data-hcp-lens-post]')].map(
        (h) => h.getAttribute('data-hcp-lens-post') ?? '',
      ),
    ),
  );
}

/** Brings each element matching `selector` into view in turn and pauses, as a reader does. */
export async function visitEach(page: Page, selector: string, pauseMs = 150): Promise<void> {
  for (const el of await page.$$(selector)) {
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(pauseMs);
  }
}
