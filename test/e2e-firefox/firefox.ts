// Starts Firefox with the built extension (dist/firefox), for the Firefox end-to-end tests.
// Puppeteer drives Firefox over WebDriver BiDi, which differs from the Chromium harness in a few
// places; each difference is explained where it is handled.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inEveryBar } from './bars';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The unpacked extension to install; another directory can be given to try a modified build. */
export const FIREFOX_DIST = process.env.FIREFOX_EXTENSION_DIR ?? join(ROOT, 'dist/firefox');
/** `browser_specific_settings.gecko.id` in the built manifest. */
export const GECKO_ID = 'hcp-lens@hcplens.app';
/**
 * Firefox gives each installed extension a random internal UUID for its `moz-extension://` origin.
 * The pref `extensions.webextensions.uuids` (a JSON map from add-on id to UUID, read at install)
 * pins it, so the tests know the popup's address without looking it up.
 */
export const EXTENSION_UUID = '6f1c2b9e-4d3a-4e57-8a0b-1c2d3e4f5a6b';

export interface FirefoxLens {
  browser: Browser;
  /** `moz-extension://<uuid>/` */
  origin: string;
  /** A new tab that answers every request itself: `html` for addresses starting with `prefix`. */
  newFeedPage(html: string, prefix?: string): Promise<Page>;
  /** Opens an extension page, e.g. `src/popup/index.html`, in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts headless Firefox with the built extension installed and no network. */
export async function launchFirefoxWithExtension(): Promise<FirefoxLens> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`${FIREFOX_DIST}/manifest.json not found: run \`npm run build\` first`);
  }
  // A temporary add-on is read from its directory while it runs: a copy keeps a rebuild of dist/
  // during the run from changing (or half-deleting) the extension under test.
  const copy = mkdtempSync(join(tmpdir(), 'hcp-lens-firefox-'));
  cpSync(FIREFOX_DIST, copy, { recursive: true });
  const removeCopy = () => rmSync(copy, { recursive: true, force: true });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1200, height: 900 },
      // WebDriver BiDi refuses to navigate a tab to a privileged URL such as `moz-extension://`
      // ("Navigation to … is not allowed in this context") unless the remote agent is started
      // with system access. Without it the popup page cannot be opened in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Optional host permissions (a Mastodon instance) are granted without the doorhanger a
        // headless browser cannot show; the request must still come from a real click.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
  } catch (error) {
    removeCopy();
    throw error;
  }
  try {
    // A temporary install, as about:debugging's "Load Temporary Add-on". Host access: Firefox
    // asks users to allow a Manifest V3 extension's hosts, but an add-on installed through
    // WebDriver BiDi gets its `host_permissions` (https://www.linkedin.com/*) without a prompt
    // (Firefox ESR 153: the content script runs, no pref such as
    // `extensions.originControls.grantByDefault` needed). The first test fails if that changes.
    const id = await browser.installExtension(copy);
    if (id !== GECKO_ID) throw new Error(`installed add-on id is ${id}, expected ${GECKO_ID}`);
    await closeFirstRunGuide(browser);
  } catch (error) {
    await browser.close();
    removeCopy();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}/`;
  return {
    browser,
    origin,
    async newFeedPage(html, prefix = 'https://www.linkedin.com/feed') {
      const page = await browser.newPage();
      // Nothing may reach the network. `request.resourceType()` is not available under BiDi, so
      // the feed is recognised by its address: every other request gets an empty answer.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        void (
          request.url().startsWith(prefix)
            ? request.respond({
                status: 200,
                contentType: 'text/html; charset=utf-8',
                body: html,
              })
            : request.respond({ status: 204, body: '' })
        ).catch(() => undefined);
      });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = origin + path;
      // Firefox loads the page (in the extension process), but puppeteer never sees the
      // navigation event of that process switch, so `page.goto` times out even though the page
      // is there. So the navigation is started, and the page itself is asked until it has
      // loaded. The question is asked again and again, not once with `waitForFunction`: the
      // about:blank it would run in is thrown away by the navigation. goto's own error is kept
      // for the report in case the page really did not load.
      let gotoError: unknown = null;
      void page.goto(url, { timeout: 20_000 }).catch((error: unknown) => (gotoError = error));
      const deadline = Date.now() + 20_000;
      for (;;) {
        const state = await page
          .evaluate(() => `${location.href} ${document.readyState}`)
          .catch(() => null);
        if (state === `${url} complete`) return page;
        if (Date.now() > deadline) {
          throw new Error(`could not open ${url} (last seen: ${state}): ${String(gotoError)}`);
        }
        await sleep(100);
      }
    },
    async close() {
      try {
        await browser.close();
      } finally {
        removeCopy();
      }
    },
  };
}

/**
 * Installing opens the first-run guide in a tab of its own, which then has the focus: the tests
 * start from the sites, so it is closed as soon as it shows (Chromium's onboarding test checks it).
 */
async function closeFirstRunGuide(browser: Browser): Promise<void> {
  for (let waited = 0; waited < 5_000; waited += 100) {
    const pages = await browser.pages();
    const guide = pages.find((p) => p.url().includes('/src/onboarding/index.html'));
    if (guide) return guide.close();
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Scrolls to the bottom in steps, as a reader would, so every post nears the viewport once. Each
 * position is held for two rendered frames (when Firefox computes intersections) and a little
 * longer than the watcher's 100 ms scan delay: headless Firefox renders fewer frames than
 * Chromium, and a card the page appends and the reader has already scrolled far past by the time
 * the watcher scans is, by design, not given an overlay.
 */
export async function scrollThrough(page: Page, step = 700): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const done = await page.evaluate(async (dy: number) => {
      window.scrollBy(0, dy);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    }, step);
    await sleep(80);
    if (done) break;
  }
}

/** Scrolls until the page (see `withInfiniteScroll`) has nothing more to append. */
export async function readWholeFeed(page: Page): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await scrollThrough(page);
    const held = await page.evaluate(
      () => (window as unknown as { __held?: () => number }).__held?.() ?? 0,
    );
    if (held === 0) break;
  }
  await scrollThrough(page);
}

/** Every overlay host in the page. */
export function hostCount(page: Page): Promise<number> {
  return page.$$eval('[data-hcp-lens-post]', (hosts) => hosts.length);
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

/** How many overlay hosts show a verdict (the background has answered for them). */
export async function verdictCount(
  page: Page,
  selector = '.badge.hcp, .badge.not-hcp',
): Promise<number> {
  const shown = await inEveryBar<boolean>(page, '(root, s) => !!root.querySelector(s)', selector);
  return shown.filter(Boolean).length;
}

/**
 * The posts among `keys` whose overlay is missing or shows no verdict, each with what its overlay
 * shows instead (e.g. "Reading post…" or an error), so a failure says which post and why.
 */
export async function withoutVerdict(page: Page, keys: string[]): Promise<string[]> {
  const bars = await inEveryBar<{ key: string; verdict: boolean; shown: string }>(
    page,
    `(root) => ({
      key: root.host.getAttribute('data-hcp-lens-post'),
      verdict: !!root.querySelector('.badge.hcp, .badge.not-hcp'),
      shown: (root.querySelector('.lens')?.textContent ?? '(empty)').trim().slice(0, 160),
    })`,
  );
  return keys.flatMap((key) => {
    const mine = bars.filter((b) => b.key === key);
    if (mine.length === 0) return [`${key}: no overlay`];
    if (mine.some((b) => b.verdict)) return [];
    return [`${key}: ${mine[0]!.shown}`];
  });
}

/** Waits until the overlay of every post in `keys` shows a verdict (the background answered). */
export async function waitForVerdicts(page: Page, keys: string[]): Promise<void> {
  await expect
    .poll(() => withoutVerdict(page, keys), { timeout: 30_000, interval: 250 })
    .toEqual([]);
}
