import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, fixture, launchWithExtension, scrollThrough, serve, type Lens } from './browser';
import { waitForVerdicts } from './feed-page';

// The Doximity feed after a redesign the built-in rules do not know: another container attribute
// and another class on the specialty line.
const FEED = expected('doximity/doximity-newsfeed.expected.json') as {
  url: string;
  posts: { key: string; authorHeadline: string }[];
};
const REDESIGNED = fixture('doximity/doximity-newsfeed.html')
  .replaceAll('data-feed-item-id=', 'data-dox-post=')
  .replaceAll('feed-item-author-meta', 'dox-byline');

const hostKeys = (page: Page) =>
  page.$$eval('[data-hcp-lens-post]', (hs) => hs.map((h) => h.getAttribute('data-hcp-lens-post')));

describe('Site rules in Chromium', () => {
  let lens: Lens;
  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(lens.context, 'https://www.doximity.com/**', REDESIGNED);
  });
  afterAll(() => lens?.close());

  it('corrects Doximity’s rules from the dashboard: tested on the open tab, then saved', async () => {
    const feed = await lens.context.newPage();
    await feed.goto(FEED.url);
    await feed.waitForTimeout(1500);
    expect(await hostKeys(feed)).toEqual([]);

    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/rules');
    await dashboard.getByLabel('Network').selectOption('doximity');
    // The form is filled with the rules in force once they have loaded: edit only after that.
    const container = dashboard.getByLabel('Post container');
    await expect.poll(() => container.inputValue()).toContain('data-feed-item-id');
    await container.fill('[data-dox-post]');
    await dashboard.getByLabel('Author headline').fill('.dox-byline');
    await expect.poll(() => container.inputValue()).toBe('[data-dox-post]');
    await dashboard.getByRole('button', { name: 'Test on open tab' }).click();
    await expect
      .poll(() => dashboard.getByTestId('rules-test-count').textContent())
      .toBe(`${FEED.posts.length} posts found on ${FEED.url}`);
    const found = dashboard.getByRole('table', { name: 'Posts found on the open tab' });
    expect(await found.locator('tbody tr').count()).toBe(5);
    expect(await found.locator('tbody tr td:first-child').allTextContents()).toEqual(
      FEED.posts.slice(0, 5).map((p) => p.key),
    );
    expect(await found.locator('tbody tr').first().textContent()).toContain(
      FEED.posts[0]!.authorHeadline,
    );
    // Testing changed nothing: the tab still runs the built-in rules.
    expect(await hostKeys(feed)).toEqual([]);

    await dashboard.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => dashboard.getByRole('status').textContent())
      .toBe('Saved: Doximity pages now use your rules.');

    // The open tab takes the saved rules without a reload.
    await feed.bringToFront();
    await feed.waitForSelector('[data-hcp-lens-post]');
    await scrollThrough(feed, 500);
    await waitForVerdicts(feed, FEED.posts.length);
    expect(await hostKeys(feed)).toEqual(FEED.posts.map((p) => p.key));

    // A new tab gets them from the start; resetting takes them away again.
    const again = await lens.context.newPage();
    await again.goto(FEED.url);
    await again.waitForSelector(`[data-hcp-lens-post="${FEED.posts[0]!.key}"]`);
    await dashboard.bringToFront();
    await dashboard.getByRole('button', { name: 'Reset to built-in' }).click();
    await expect.poll(() => hostKeys(again)).toEqual([]);
  });
});
