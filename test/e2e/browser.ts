import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Lens {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page, e.g. `src/popup/index.html`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension loaded and no network: every page is served here. */
export async function launchWithExtension(): Promise<Lens> {
  const profile = mkdtempSync(join(tmpdir(), 'hcp-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Nothing may reach the network: anything not routed by a test is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves `html` at every address under `origin` (a glob such as `https://www.linkedin.com/**`). */
export async function serve(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(origin, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 204, body: '' }),
  );
}

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');
}

export function expected(path: string): { url: string; posts: { key: string }[] } {
  return JSON.parse(fixture(path));
}

/** Scrolls to the bottom in steps, as a reader would, so every post nears the viewport once. */
export async function scrollThrough(page: Page, step = 700): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const done = await page.evaluate((dy) => {
      window.scrollBy(0, dy);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    }, step);
    await page.waitForTimeout(40);
    if (done) break;
  }
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
