import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launchWithExtension, type Lens } from './browser';

type Chrome = {
  chrome: { tabs: { query(q: { url: string }): Promise<{ id: number }[]> } };
};

const FEED = 'https://www.linkedin.com/feed/';
const working = fixture('linkedin/linkedin-feed.html');
// The same feed after a LinkedIn redesign the adapter does not know: the card class is renamed.
const redesigned = working.replaceAll('feed-shared-update-v2', 'feed-item-v3');

describe('detection health (Chromium)', () => {
  let lens: Lens;
  let html = working;

  beforeAll(async () => {
    lens = await launchWithExtension();
    await lens.context.route('https://www.linkedin.com/**', (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.fulfill({ status: 204, body: '' }),
    );
  });
  afterAll(() => lens?.close());

  /** The popup as it would open over `page`'s tab. */
  async function popupFor(page: Page): Promise<Page> {
    const probe = await lens.openExtensionPage('src/popup/index.html');
    const [tab] = await probe.evaluate(
      (url) => (globalThis as unknown as Chrome).chrome.tabs.query({ url }),
      page.url(),
    );
    await probe.close();
    return lens.openExtensionPage(`src/popup/index.html?tab=${tab!.id}`);
  }

  it('says posts are detected on a feed it reads, and warns once the layout is unknown', async () => {
    const page = await lens.context.newPage();
    await page.goto(FEED);
    await page.locator('[data-hcp-lens-post]').first().waitFor();

    let popup = await popupFor(page);
    const line = popup.getByTestId('health');
    await expect
      .poll(() => line.textContent(), { timeout: 15_000 })
      .toMatch(/^Posts detected · last match (just now|1 min ago)$/);
    expect(await popup.getByRole('alert').count()).toBe(0);
    await popup.close();

    html = redesigned;
    await page.goto(FEED);
    await page.bringToFront();
    // Nothing is found, and nothing is said before the page has had its 10 seconds.
    await page.waitForTimeout(5000);
    expect(await page.locator('[data-hcp-lens-post]').count()).toBe(0);
    popup = await popupFor(page);
    const alert = popup.locator('[role="alert"][data-testid="health"]');
    expect(await alert.count()).toBe(0);
    await expect.poll(() => alert.count(), { timeout: 20_000, interval: 500 }).toBe(1);
    expect(await alert.textContent()).toBe(
      'HCP Lens can’t find posts on this page. LinkedIn may have changed its layout; ' +
        'detection is degraded. Last worked: just now.',
    );
    await popup.close();
    await page.close();
  });
});
