// `npm run demo`: the built extension in Chromium on the bundled LinkedIn pages, served at their
// real address with no network. With a display it opens a window to try it by hand; without one
// it runs headless and, for each language HCP Lens speaks, starts a browser in that language and
// writes screenshots of the bar, popup, side panel and dashboard to demo-output/<lang>/ (and a
// sample CSV to demo-output/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../src/locales/catalogue';
import { barsWithVerdict, clickInBar, hasInBar, openBar } from './lib/bar-actions';
import { launchWithExtension, ROOT, type Lens } from './lib/browser';

const OUT = join(ROOT, 'demo-output');
const PAGES = {
  // LinkedIn serves both markups at the same address; `?classic` picks the older one here.
  current: join(ROOT, 'test/fixtures/linkedin/linkedin-feed-2026.html'),
  classic: join(ROOT, 'test/fixtures/linkedin/linkedin-feed.html'),
};
const FEED = 'https://www.linkedin.com/feed/';

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';

/** Serves the bundled LinkedIn pages at LinkedIn's address. */
async function serveFeeds(lens: Lens) {
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
}

if (!headless) {
  const lens = await launchWithExtension({ headless, language: process.env.DEMO_LANGUAGE });
  await serveFeeds(lens);
  const page = await lens.context.newPage();
  await page.goto(FEED);
  console.log(`HCP Lens is running on ${FEED} (and ${FEED}?classic). Close the browser to stop.`);
  await new Promise((resolve) => lens.context.on('close', resolve));
  process.exit(0);
}

// The bars live in closed shadow roots: they are found, read and clicked as a user would, with
// the real pointer, and located over the DevTools protocol (scripts/lib/bar-actions.ts).
const has = hasInBar;

/** One browser in `language`: every surface's screenshot in demo-output/<language>/. */
async function demoIn(language: string, writeCsv: boolean) {
  const out = join(OUT, language);
  mkdirSync(out, { recursive: true });
  const lens = await launchWithExtension({ language });
  await serveFeeds(lens);
  const wrote = (name: string) => console.log(`wrote demo-output/${language}/${name}`);
  try {
    const page = await lens.context.newPage();
    const shown = await page.evaluate(() => navigator.language);
    await page.setViewportSize({ width: 1000, height: 1400 });
    for (const [name, url] of [
      ['feed-classic', `${FEED}?classic`],
      ['feed', FEED],
    ] as const) {
      await page.goto(url);
      // A marketer's first minute: confirm a suggestion from the summary line, change one, flag
      // one, tag one (the controls open while the pointer is on a post's line).
      const [first, second, third, fourth] = (await barsWithVerdict(page, 4)) as [
        string,
        string,
        string,
        string,
      ];
      await clickInBar(page, first, 'button.pill');
      await openBar(page, second);
      await clickInBar(page, second, 'button[data-category="communicating"]');
      await openBar(page, third);
      await clickInBar(page, third, 'button.flag');
      await page.locator(`[data-hcp-lens-post="${fourth}"]`).scrollIntoViewIfNeeded();
      await openBar(page, fourth);
      await clickInBar(page, fourth, 'button.add-tag');
      // The field exists (and takes focus) once the bar has drawn it.
      for (let i = 0; i < 25 && !(await has(page, fourth, 'input.tag-input:focus')); i++)
        await page.waitForTimeout(100);
      await page.keyboard.type('kol-watch');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 25 && !(await has(page, fourth, '.chip.tag')); i++)
        await page.waitForTimeout(200);
      await page.evaluate(() => window.scrollTo(0, 0));
      // The screenshot shows one post's controls open, as they are under the pointer.
      await openBar(page, second);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `${name}.png`) });
      wrote(`${name}.png`);
    }

    const popup = await lens.openExtensionPage('src/popup/index.html');
    // The extension's language is the browser's interface language, whatever the page asks for.
    const uiLanguage = await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    if (!uiLanguage.startsWith(language))
      throw new Error(`asked for ${language}, the browser speaks ${uiLanguage} (pages: ${shown})`);
    await popup.setViewportSize({ width: 340, height: 460 });
    await popup.getByTestId('tagged').waitFor();
    await popup.screenshot({ path: join(out, 'popup.png') });
    wrote('popup.png');
    if (writeCsv) {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.locator('button.primary').first().click(),
      ]);
      writeFileSync(join(OUT, 'session.csv'), readFileSync((await download.path())!));
      console.log(`wrote demo-output/session.csv (${download.suggestedFilename()})`);
    }

    // The side panel beside the feed's tab, at a side panel's width.
    const [tab] = await popup.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { tabs: { query(q: { url: string }): Promise<{ id: number }[]> } };
        }
      ).chrome.tabs.query({ url: 'https://www.linkedin.com/*' }),
    );
    const panel = await lens.openExtensionPage(`src/sidepanel/index.html?tab=${tab!.id}`);
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.locator('article .badge').first().waitFor({ timeout: 20_000 });
    await panel.screenshot({ path: join(out, 'sidepanel.png') });
    wrote('sidepanel.png');

    const dashboard = await lens.openExtensionPage('src/dashboard/index.html');
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.waitForTimeout(1500);
    await dashboard.screenshot({ path: join(out, 'dashboard.png') });
    wrote('dashboard.png');
  } finally {
    await lens.close();
  }
}

const only = process.env.DEMO_LANGUAGE;
for (const language of LANGUAGES) {
  if (!only || only === language) await demoIn(language, language === 'en');
}
