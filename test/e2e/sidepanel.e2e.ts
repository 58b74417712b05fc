import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expected, fixture, launchWithExtension, scrollThrough, serve, type Lens } from './browser';

type Chrome = {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<unknown> };
    tabs: { query(q: { url: string }): Promise<{ id: number }[]> };
  };
};

/** Sends a message to the background from an extension page, as the popup or dashboard would. */
const ask = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message);

describe('side-panel mode (Chromium)', () => {
  let lens: Lens;
  const want = expected('linkedin/linkedin-feed-2026.expected.json');

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      fixture('linkedin/linkedin-feed-2026.html'),
    );
  });
  afterAll(() => lens?.close());

  it('leaves the page untouched, exposes no extension file, and tags from the side panel', async () => {
    const popup = await lens.openExtensionPage('src/popup/index.html');
    expect(
      await ask(popup, { type: 'settings/set', patch: { panelModeSites: ['linkedin'] } }),
    ).toMatchObject({
      ok: true,
    });

    const page = await lens.context.newPage();
    // Counts every change made to the page's DOM once it is parsed, before the extension runs.
    await page.addInitScript(() => {
      const w = window as unknown as { __changes: number };
      w.__changes = 0;
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((records) => (w.__changes += records.length)).observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        }),
      );
    });
    await page.goto(want.url);
    await scrollThrough(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(1500);
    const changes = () =>
      page.evaluate(() => (window as unknown as { __changes: number }).__changes);
    expect(await changes()).toBe(0);
    expect(await page.locator('hcp-lens-overlay, [data-hcp-lens-post]').count()).toBe(0);

    // Nothing of the extension can be fetched from the page, so it cannot be probed for.
    const probes = await page.evaluate(async (id) => {
      const paths = [
        'manifest.json',
        'src/content/index.js',
        'icons/16.png',
        'src/popup/index.html',
      ];
      return Promise.all(
        paths.map((p) =>
          fetch(`chrome-extension://${id}/${p}`).then(
            () => 'fetched',
            () => 'refused',
          ),
        ),
      );
    }, lens.extensionId);
    expect(probes).toEqual(['refused', 'refused', 'refused', 'refused']);

    // The side panel lists the posts in view and tags them.
    const [tab] = await popup.evaluate(() =>
      (globalThis as unknown as Chrome).chrome.tabs.query({ url: 'https://www.linkedin.com/*' }),
    );
    const panel = await lens.openExtensionPage(`src/sidepanel/index.html?tab=${tab!.id}`);
    const first = panel.locator(`article[data-post-key="${want.posts[0]!.key}"]`);
    await first.locator('.badge').first().waitFor();
    expect(await first.locator('.author').textContent()).toBe(
      (want.posts[0] as { authorName?: string }).authorName,
    );
    await first.locator('button[data-category="creating"]').click();
    await expect
      .poll(() => first.locator('button[data-category="creating"]').getAttribute('aria-checked'))
      .toBe('true');

    await popup.reload();
    await expect.poll(() => popup.getByTestId('tagged').textContent()).toBe('1');
    expect(await changes()).toBe(0);

    // Turning side-panel mode off brings the overlays back without a reload.
    expect(await ask(popup, { type: 'settings/set', patch: { panelModeSites: [] } })).toMatchObject(
      { ok: true },
    );
    await expect.poll(() => page.locator('[data-hcp-lens-post]').count()).toBeGreaterThan(0);
  });
});
