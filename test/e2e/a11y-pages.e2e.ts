// The extension's own pages pass axe-core (no serious or critical violation) in the light and the
// dark colour scheme: the popup, the first-run guide and the privacy page, every dashboard view with posts, collections and an AE case
// stored, the export dialog, a bulk selection, a post's editor, and the side panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION, FEED, seed, settled } from './a11y-seed';
import { expectAccessible } from './axe';
import { launchWithExtension, type Lens } from './browser';

const VIEWS = [
  'posts',
  'collections',
  `collections/${encodeURIComponent(COLLECTION)}`,
  'authors',
  'ae',
  'targets',
  'memory',
  'rules',
  'tags',
  'sync',
  'settings',
];

describe('accessibility of the extension pages (Chromium)', () => {
  let lens: Lens;

  beforeAll(async () => {
    lens = await launchWithExtension();
    await seed(lens);
  });
  afterAll(() => lens?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(
      `has no serious or critical violation in the ${scheme} scheme`,
      { timeout: 240_000 },
      async () => {
        const open = async (path: string) => {
          const page = await lens.context.newPage();
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`chrome-extension://${lens.extensionId}/${path}`);
          await settled(page);
          return page;
        };

        const popup = await open('src/popup/index.html');
        await expect.poll(() => popup.getByTestId('tagged').textContent()).toBe('3');
        await expectAccessible(popup, `the popup (${scheme})`);
        const guide = await open('src/onboarding/index.html');
        await expectAccessible(guide, `the first-run guide (${scheme})`);
        const privacy = await open('src/privacy/index.html');
        await expectAccessible(privacy, `the privacy page (${scheme})`);

        const dashboard = await open('src/dashboard/index.html#/posts');
        for (const view of VIEWS) {
          await dashboard.evaluate((v) => (location.hash = `#/${v}`), view);
          await settled(dashboard);
          await expectAccessible(dashboard, `#/${view} (${scheme})`);
        }
        // The stored data is on show: tables and queues are not empty.
        await dashboard.evaluate(() => (location.hash = '#/ae'));
        await settled(dashboard);
        expect(await dashboard.locator('main').innerText()).toContain('Marisol Vega');

        await dashboard.evaluate(() => (location.hash = '#/posts'));
        await settled(dashboard);
        await expect.poll(() => dashboard.locator('.post-row:not(.head)').count()).toBe(3);
        await dashboard.getByRole('button', { name: 'Export…' }).click();
        await dashboard.getByRole('dialog', { name: 'Export' }).waitFor();
        await expectAccessible(dashboard, `the export dialog (${scheme})`);
        await dashboard.keyboard.press('Escape');
        await dashboard.getByRole('button', { name: 'Select all in view' }).click();
        await dashboard.locator('[aria-label="Edit selected posts"]').first().waitFor();
        await expectAccessible(dashboard, `a bulk selection (${scheme})`);
        await dashboard
          .locator(
            '.post-row:not(.head) .cell-edit button, .post-row:not(.head) button:text("Edit")',
          )
          .first()
          .click();
        await dashboard.locator('.post-editor').waitFor();
        await expectAccessible(dashboard, `a post's editor (${scheme})`);

        const feed = await lens.context.newPage();
        await feed.goto(FEED.url);
        const [tab] = (await popup.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: { tabs: { query(q: { url: string }): Promise<{ id: number }[]> } };
            }
          ).chrome.tabs.query({ url: 'https://www.linkedin.com/*' }),
        )) as { id: number }[];
        const panel = await open(`src/sidepanel/index.html?tab=${tab!.id}`);
        await panel.locator('article[data-post-key] .badge').first().waitFor({ timeout: 30_000 });
        await expectAccessible(panel, `the side panel (${scheme})`);
        for (const page of [popup, dashboard, feed, panel]) await page.close();
      },
    );
  }
});
