// Keyboard-only helpers for the end-to-end tests: Tab until the focus reaches what a person is
// looking for, checking on the way that every control shows a visible focus ring.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface FocusStop {
  /** The focused element, described: `button "Export…"`. */
  what: string;
  outlineStyle: string;
  outlineWidth: number;
}

/** The focused element of the page (inside an open shadow root too) and its focus ring. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { what: 'body', outlineStyle: 'none', outlineWidth: 0 };
    const s = getComputedStyle(el);
    const name =
      el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.trim().slice(0, 40) ?? '';
    return {
      what: `${el.localName}${el.getAttribute('data-hcp-lens-post') ? ` ${el.getAttribute('data-hcp-lens-post')}` : ''} "${name}"`,
      outlineStyle: s.outlineStyle,
      outlineWidth: parseFloat(s.outlineWidth) || 0,
    };
  });
}

/** A focus ring a person can see: a solid line at least 2px wide (not the browser's thin one). */
export const visibleRing = (stop: FocusStop) =>
  stop.outlineStyle !== 'none' && stop.outlineStyle !== 'auto' && stop.outlineWidth >= 2;

/**
 * Presses Tab (Shift+Tab when `selector` comes before the focus) until `selector` has the focus,
 * and fails if it never does or if a control on the way shows no visible focus ring (`rings`
 * false: a site's own page, whose rings are not ours).
 */
export async function tabTo(
  page: Page,
  selector: string,
  { max = 80, rings = true } = {},
): Promise<FocusStop[]> {
  const before = await page.evaluate((s) => {
    const target = document.querySelector(s);
    const active = document.activeElement;
    if (!target || !active || active === document.body) return false;
    return (active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  }, selector);
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
    const stop = await focusStop(page);
    stops.push(stop);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      const unringed = stops.filter((s) => s.what !== 'body' && !visibleRing(s));
      if (rings) expect(unringed, `no visible focus ring on the way to ${selector}`).toEqual([]);
      return stops;
    }
  }
  throw new Error(`Tab never reached ${selector}; stops: ${stops.map((s) => s.what).join(', ')}`);
}

/** Whether `selector` has the focus. */
export const hasFocus = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
