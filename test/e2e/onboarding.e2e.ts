import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM, DIST, QUIET_CHROMIUM_ARGS, ROOT } from './browser';

const GUIDE = 'src/onboarding/index.html';
const PRIVACY = 'src/privacy/index.html';

/**
 * Starts Chromium on `profile` with the built extension and the browser's own interface in
 * German, as a German-speaking user's browser would be.
 */
async function launchGerman(profile: string) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    // Playwright would otherwise report en-US to pages whatever the browser speaks; a German
    // Chromium reports German, as here.
    locale: 'de-DE',
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--lang=de',
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

const guideTabs = (context: BrowserContext) =>
  context.pages().filter((p) => p.url().endsWith(GUIDE));

async function waitForGuide(context: BrowserContext): Promise<Page> {
  return (
    guideTabs(context)[0] ??
    (await context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith(GUIDE),
      timeout: 15_000,
    }))
  );
}

describe('first run in a German browser (Chromium)', () => {
  it('packs the guide and the privacy page in both builds', () => {
    for (const target of ['chrome', 'firefox'])
      for (const page of [GUIDE, PRIVACY])
        expect(existsSync(join(ROOT, 'dist', target, page))).toBe(true);
  });

  const profile = mkdtempSync(join(tmpdir(), 'hcp-lens-first-run-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('opens the guide by itself once, in German, and the privacy page from the popup', async () => {
    if (CHROMIUM === '/usr/bin/chromium')
      expect(
        existsSync('/usr/lib/chromium/locales/de.pak'),
        "Debian's Chromium speaks only English without chromium-l10n: run bash scripts/ensure-chromium.sh",
      ).toBe(true);
    const first = await launchGerman(profile);
    try {
      const guide = await waitForGuide(first.context);
      await guide.waitForSelector('h1');
      expect(await guide.locator('h1').textContent()).toBe('Willkommen bei HCP Lens');
      expect(await guide.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
      expect(await guide.title()).toBe('Willkommen bei HCP Lens');
      // The demo bar answers its keys: 2 sets "communicating".
      const bar = guide.locator('[data-testid="demo-bar"] .lens');
      await bar.focus();
      await guide.keyboard.press('2');
      await expect.poll(() => bar.locator('.pill.confirmed.cat-communicating').count()).toBe(1);
      // Only one guide, however long the worker runs.
      await guide.waitForTimeout(1000);
      expect(guideTabs(first.context)).toHaveLength(1);
    } finally {
      await first.context.close();
    }

    // The same profile started again: a returning user is not shown the guide again.
    const second = await launchGerman(profile);
    try {
      const popup = await second.context.newPage();
      await popup.goto(`chrome-extension://${second.extensionId}/src/popup/index.html`);
      await popup.waitForTimeout(2000);
      expect(guideTabs(second.context)).toHaveLength(0);

      const opened = second.context.waitForEvent('page');
      await popup.getByRole('link', { name: 'Datenschutz' }).click();
      const privacy = await opened;
      await privacy.waitForSelector('h1');
      expect(privacy.url()).toBe(`chrome-extension://${second.extensionId}/${PRIVACY}`);
      expect(await privacy.locator('h1').textContent()).toBe('HCP Lens und Ihre Privatsphäre');
      expect(await privacy.locator('body').textContent()).not.toContain('⟦');
    } finally {
      await second.context.close();
    }
  });
});
