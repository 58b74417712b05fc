// Everything with the keyboard alone, as a person who cannot use a mouse would: the popup's
// export, the dashboard's category, collection and export dialog, the bar's keys; Escape in a
// field gives the focus back where it was; every control shows a visible focus ring; and with
// `prefers-reduced-motion: reduce` nothing moves.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED, seed, settled } from './a11y-seed';
import { barCount, barText, inBar } from './bars';
import { launchWithExtension, type Lens } from './browser';
import { focusStop, hasFocus, tabTo, visibleRing } from './keyboard';

const [ANNOTATED, NOTED, THIRD] = FEED.posts.map((p) => p.key);

/** What has the focus in the bar of `key`: the class of its shadow root's active element. */
const barFocus = (page: Page, key: string) =>
  inBar<string | null>(page, key, `(root) => root.activeElement?.className ?? null`);

/** The focus ring of the active element in the bar of `key`. */
const barRing = (page: Page, key: string) =>
  inBar<{ outlineStyle: string; outlineWidth: number }>(
    page,
    key,
    `(root) => { const s = getComputedStyle(root.activeElement);
      return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0 }; }`,
  );

describe('keyboard only (Chromium)', () => {
  let lens: Lens;

  beforeAll(async () => {
    lens = await launchWithExtension();
    await seed(lens);
  });
  afterAll(() => lens?.close());

  it('exports from the popup with the keyboard, every control showing its focus', async () => {
    const popup = await lens.openExtensionPage('src/popup/index.html');
    await settled(popup);
    await expect.poll(() => popup.getByTestId('tagged').textContent()).toBe('3');
    await tabTo(popup, 'button.primary');
    const download = popup.waitForEvent('download');
    await popup.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await popup.close();
  });

  it('sets a category, collects, edits a note and exports in the dashboard with the keyboard', async () => {
    const page = await lens.openExtensionPage('src/dashboard/index.html#/posts');
    await settled(page);
    const row = (key: string) => `[data-post-key="${key}"]`;

    // The export dialog: opened with Enter, the focus inside it, exported, closed with Escape.
    await tabTo(page, '.toolbar:not(.bulk) button:nth-of-type(2)');
    expect((await focusStop(page)).what).toContain('Export…');
    await page.keyboard.press('Enter');
    await page.locator('.export-dialog').waitFor();
    expect(await hasFocus(page, '.export-dialog select')).toBe(true);
    await tabTo(page, '.export-dialog button.primary');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    // The button was disabled while exporting: the focus comes back to it, in the dialog.
    await expect.poll(() => hasFocus(page, '.export-dialog button.primary')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.export-dialog').count()).toBe(0);
    expect((await focusStop(page)).what).toContain('Export…');

    // A category: the row's list, changed with the arrow key.
    await tabTo(page, `${row(NOTED!)} select[aria-label="Category"]`);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page
          .locator(`${row(NOTED!)} select`)
          .first()
          .inputValue(),
      )
      .not.toBe('');
    const chosen = await page
      .locator(`${row(NOTED!)} select`)
      .first()
      .inputValue();

    // A post's editor: Escape in its note field returns to the Edit button it came from.
    await tabTo(page, `${row(ANNOTATED!)} .cell-actions button`);
    await page.keyboard.press('Enter');
    await page.locator('.post-editor textarea').waitFor();
    expect(await hasFocus(page, '.post-editor textarea')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await hasFocus(page, `${row(ANNOTATED!)} .cell-actions button`)).toBe(true);

    // A collection: the row ticked with Space, the name typed in the bulk bar, Enter on Add.
    await tabTo(page, `${row(THIRD!)} input[type="checkbox"]`);
    await page.keyboard.press('Space');
    await page.locator('[aria-label="Edit selected posts"]').waitFor();
    await tabTo(page, 'input[aria-label="Collection for selected"]');
    await page.keyboard.type('Keyboard picks');
    await tabTo(page, '[aria-label="Edit selected posts"] button:nth-of-type(3)');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Add to collection',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`${row(THIRD!)} .cell-labels`).innerText())
      .toContain('Keyboard picks');

    // What was chosen by keyboard is stored.
    await page.reload();
    await settled(page);
    expect(
      await page
        .locator(`${row(NOTED!)} select`)
        .first()
        .inputValue(),
    ).toBe(chosen);
    await page.close();
  });

  it('works the bar with its keys, and Escape in its fields returns to the bar', async () => {
    const page = await lens.context.newPage();
    await page.goto(FEED.url);
    await expect.poll(() => barCount(page, NOTED!, '.badge'), { timeout: 30_000 }).toBe(1);
    // Tab from the top of the page to the bar: the focus lands on the bar itself.
    const stops = await tabTo(page, `[data-hcp-lens-post="${NOTED}"]`, { max: 200, rings: false });
    expect(stops.length).toBeGreaterThan(0);
    expect(await barFocus(page, NOTED!)).toMatch(/\blens\b/);
    const ring = (await barRing(page, NOTED!))!;
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('c');
    await expect.poll(() => barCount(page, NOTED!, '.pill.confirmed')).toBe(1);
    await page.keyboard.press('f');
    await expect.poll(() => barCount(page, NOTED!, '.star')).toBe(0);

    await page.keyboard.press('t');
    await expect.poll(() => barFocus(page, NOTED!)).toBe('tag-input');
    await page.keyboard.type('kbd');
    await page.keyboard.press('Enter');
    await expect.poll(() => barText(page, NOTED!, '.chip.tag')).toContain('kbd');
    await page.keyboard.press('Escape');
    await expect.poll(() => barFocus(page, NOTED!)).toMatch(/\blens\b/);

    await page.keyboard.press('n');
    await expect.poll(() => barFocus(page, NOTED!)).toBe('note-input');
    await page.keyboard.type(' and more');
    await page.keyboard.press('Escape');
    await expect.poll(() => barFocus(page, NOTED!)).toMatch(/\blens\b/);
    expect(await barText(page, NOTED!, '.note-text')).toBe('Invite to the advisory board');

    await page.keyboard.press('l');
    await expect.poll(() => barFocus(page, NOTED!)).toBe('tag-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => barFocus(page, NOTED!)).toMatch(/\blens\b/);

    // Tab moves through the bar's controls, each with a visible ring.
    await page.keyboard.press('Tab');
    expect(await barFocus(page, NOTED!)).toMatch(/badge/);
    const badgeRing = (await barRing(page, NOTED!))!;
    expect(visibleRing({ what: 'badge', ...badgeRing })).toBe(true);
    await page.close();
  });

  it('moves nothing when the system asks for reduced motion', async () => {
    // A probe with a transition and an animation: the reduced-motion rules must switch both off,
    // in the extension's pages and inside the bar.
    const probe = `(root) => { const d = document.createElement('div');
      d.style.transition = 'opacity 1s'; d.style.animation = 'spin 1s infinite';
      (root.append ? root : document.body).append(d); const s = getComputedStyle(d);
      const out = s.transitionDuration + ' ' + s.animationName; d.remove(); return out; }`;
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const want = reducedMotion === 'reduce' ? '0s none' : '1s spin';
      const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/posts');
      await dashboard.emulateMedia({ reducedMotion });
      expect(await dashboard.evaluate(`(${probe})(document.body)`)).toBe(want);
      const feed = await lens.context.newPage();
      await feed.emulateMedia({ reducedMotion });
      await feed.goto(FEED.url);
      await expect.poll(() => barCount(feed, ANNOTATED!, '.badge'), { timeout: 30_000 }).toBe(1);
      expect(await inBar(feed, ANNOTATED!, probe)).toBe(want);
      await dashboard.close();
      await feed.close();
    }
  });
});
