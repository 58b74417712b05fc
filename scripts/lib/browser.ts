// Starts Chromium with the built extension, for the end-to-end tests and the demo.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
// HCP_LENS_DIST lets a long run (the bench) use a copy that a rebuild meanwhile cannot change.
export const DIST = process.env.HCP_LENS_DIST ?? join(ROOT, 'dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for a quiet, offline, headless browser: nothing updates, syncs or reaches the network. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Lens {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page, e.g. `src/popup/index.html`. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded and no network: every page is served here.
 * With `language` (`de`, `fr`, …) the browser's own interface, and so the extension's catalogue,
 * is in that language: Chromium on Linux takes it from LANGUAGE, elsewhere from `--lang`.
 */
export async function launchWithExtension({
  headless = true,
  language,
  extraArgs = [],
}: { headless?: boolean; language?: string; extraArgs?: string[] } = {}): Promise<Lens> {
  const profile = mkdtempSync(join(tmpdir(), 'hcp-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    acceptDownloads: true,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...QUIET_CHROMIUM_ARGS,
      ...(language ? [`--lang=${language}`] : []),
      ...extraArgs,
    ],
    ...(language && {
      locale: language,
      env: {
        ...process.env,
        LANGUAGE: language,
        LANG: `${{ en: 'en_US', de: 'de_DE', fr: 'fr_FR', es: 'es_ES' }[language] ?? language}.UTF-8`,
        LC_ALL: '',
      },
    }),
  });
  // Nothing may reach the network: anything not routed by a test is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await waitForFirstRunGuide(context);
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

/**
 * A fresh profile opens the first-run guide once, in a tab of its own that takes the front: a
 * page behind it gets no animation frames, so a test page opened before the guide appeared would
 * stall. Every launch here is a fresh profile: the guide is waited for, so every page a test opens
 * comes after it and in front of it (the guide itself is tested by test/e2e/onboarding.e2e.ts).
 */
async function waitForFirstRunGuide(context: BrowserContext): Promise<void> {
  const isGuide = (p: { url(): string }) => p.url().includes('/src/onboarding/index.html');
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (context.pages().some(isGuide)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the first-run guide did not open in a fresh profile within 30 s');
}

/** Serves `html` at every address under `origin` (a glob such as `https://www.linkedin.com/**`). */
export async function serve(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(origin, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 204, body: '' }),
  );
}
