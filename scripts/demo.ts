// `npm run demo`: the built extension in Chromium on the bundled LinkedIn pages, served at their
// real address with no network. With a display it opens a window to try it by hand; without one
// it runs headless and writes screenshots and a sample CSV to demo-output/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT } from './lib/browser';

const OUT = join(ROOT, 'demo-output');
const PAGES = {
  // LinkedIn serves both markups at the same address; `?classic` picks the older one here.
  current: join(ROOT, 'test/fixtures/linkedin/linkedin-feed-2026.html'),
  classic: join(ROOT, 'test/fixtures/linkedin/linkedin-feed.html'),
};
const FEED = 'https://www.linkedin.com/feed/';

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const lens = await launchWithExtension({ headless });
await lens.context.route('https://www.linkedin.com/**', (route) => {
  if (route.request().resourceType() !== 'document')
    return route.fulfill({ status: 204, body: '' });
  const file = new URL(route.request().url()).search.includes('classic')
    ? PAGES.classic
    : PAGES.current;
  return route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: readFileSync(file, 'utf8'),
  });
});

if (!headless) {
  const page = await lens.context.newPage();
  await page.goto(FEED);
  console.log(`HCP Lens is running on ${FEED} (and ${FEED}?classic). Close the browser to stop.`);
  await new Promise((resolve) => lens.context.on('close', resolve));
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });

async function overlayReady(page: Page, nth: number) {
  const host = page.locator('[data-hcp-lens-post]').nth(nth);
  await host.locator('.badge').first().waitFor({ timeout: 20_000 });
  return host;
}

const page = await lens.context.newPage();
await page.setViewportSize({ width: 1000, height: 1400 });
for (const [name, url] of [
  ['feed-classic', `${FEED}?classic`],
  ['feed', FEED],
] as const) {
  await page.goto(url);
  // A marketer's first minute: confirm a suggestion from the summary line, change one, flag
  // one, tag one (the controls open while the pointer is on a post's line).
  await (await overlayReady(page, 0)).locator('button.pill').click();
  const second = await overlayReady(page, 1);
  await second.hover();
  await second.locator('button[data-category="communicating"]').click();
  const third = await overlayReady(page, 2);
  await third.hover();
  await third.locator('button.flag').click();
  const fourth = await overlayReady(page, 3);
  await fourth.hover();
  await fourth.locator('button.add-tag').click();
  await fourth.locator('input.tag-input').fill('kol-watch');
  await fourth.locator('input.tag-input').press('Enter');
  await fourth.locator('.chip.tag').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  // The screenshot shows one post's controls open, as they are under the pointer.
  await (await overlayReady(page, 1)).hover();
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`wrote demo-output/${name}.png`);
}

const popup = await lens.openExtensionPage('src/popup/index.html');
await popup.setViewportSize({ width: 340, height: 420 });
await popup.getByTestId('tagged').waitFor();
await popup.screenshot({ path: join(OUT, 'popup.png') });
console.log('wrote demo-output/popup.png');
const [download] = await Promise.all([
  popup.waitForEvent('download'),
  popup.getByRole('button', { name: 'Export CSV' }).click(),
]);
writeFileSync(join(OUT, 'session.csv'), readFileSync((await download.path())!));
console.log(`wrote demo-output/session.csv (${download.suggestedFilename()})`);
await lens.close();
