// `npm run demo`: the built extension in Chromium on the bundled LinkedIn pages, served at their
// real address with no network. With a display it opens a window to try it by hand; without one
// it runs headless and writes screenshots and a sample CSV to demo-output/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { barsWithVerdict, clickInBar, focusBar, openBar, until } from './lib/bar-actions';
import { barText } from './lib/bars';
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

const page = await lens.context.newPage();
await page.setViewportSize({ width: 1000, height: 1400 });
for (const [name, url] of [
  ['feed-classic', `${FEED}?classic`],
  ['feed', FEED],
] as const) {
  await page.goto(url);
  // A marketer's first minute: confirm a suggestion from the summary line, change one, flag
  // one, tag one by keyboard.
  const [first, second, third, fourth] = await barsWithVerdict(page, 4);
  await focusBar(page, first!);
  await page.keyboard.press('c');
  await clickInBar(page, second!, 'button[data-category="communicating"]');
  await clickInBar(page, third!, 'button.flag');
  await focusBar(page, fourth!);
  await page.keyboard.press('t');
  await page.keyboard.type('kol-watch');
  await page.keyboard.press('Enter');
  await until('the tag', () => barText(page, fourth!, '.chip.tag'));
  await page.evaluate(() => window.scrollTo(0, 0));
  // The screenshot shows the second post's controls open, as they are under the pointer.
  await openBar(page, second!);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`wrote demo-output/${name}.png (the second post's controls open)`);
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
