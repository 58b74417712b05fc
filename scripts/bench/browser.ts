// Two Chromium profiles that differ only in whether HCP Lens is loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, DIST, QUIET_CHROMIUM_ARGS } from '../lib/browser';

export interface Side {
  name: 'with' | 'without';
  context: BrowserContext;
  /** The extension's id, for the `with` side. */
  extensionId: string | null;
  /** Serves `html` as the document at every address matching `glob`. */
  serve(glob: string, html: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchSide(withExtension: boolean, extraArgs: string[] = []): Promise<Side> {
  const profile = mkdtempSync(join(tmpdir(), 'hcp-lens-bench-'));
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...extensionArgs, ...QUIET_CHROMIUM_ARGS, ...extraArgs],
  });
  // No network: anything not served below is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  let extensionId: string | null = null;
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    name: withExtension ? 'with' : 'without',
    context,
    extensionId,
    async serve(glob, html) {
      await context.route(glob, (route) =>
        route.request().resourceType() === 'document'
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.fulfill({ status: 204, body: '' }),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Turns on side-panel mode for these sites, as the dashboard's setting does. */
export async function setPanelMode(side: Side, sites: string[]): Promise<void> {
  const page = await side.context.newPage();
  await page.goto(`chrome-extension://${side.extensionId}/src/dashboard/index.html`);
  const reply = await page.evaluate(
    (panelModeSites) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): unknown } } }
      ).chrome.runtime.sendMessage({ type: 'settings/set', patch: { panelModeSites } }),
    sites,
  );
  await page.close();
  if (!(reply as { ok?: boolean } | undefined)?.ok) {
    throw new Error(`Side-panel mode was not set: ${JSON.stringify(reply)}`);
  }
}
