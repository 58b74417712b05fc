// The CRX as an IT department rolls it out: a managed Chromium policy names the extension and the
// company's update server, and a fresh profile installs it with no developer mode and no
// --load-extension. The policy is written into a private copy of /etc/chromium that only this
// test's browser sees (a mount namespace), so no other browser on the machine is affected; when
// the machine does not allow that, it is written to /etc/chromium itself and removed afterwards.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageInto, serveFolder, VERSION, type Packaged } from '../package/packages';
import { expected, fixture, QUIET_CHROMIUM_ARGS, serve } from './browser';
import { waitForVerdicts } from './feed-page';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POLICY_NAME = 'hcp-lens-e2e.json';
const BROWSER_DOWNLOADS_OFF = [
  '--disable-extensions',
  '--disable-background-networking',
  '--disable-component-update',
];

function canUseMountNamespace(): boolean {
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts `policy` where Chromium reads managed policies and returns the browser to start and how to
 * undo it. Private: a copy of /etc/chromium with the policy, mounted over /etc/chromium for this
 * browser only. Shared: the real /etc/chromium/policies/managed.
 */
function installPolicy(work: string, policy: string): { executable: string; undo(): void } {
  if (canUseMountNamespace()) {
    const etc = join(work, 'etc-chromium');
    cpSync('/etc/chromium', etc, { recursive: true });
    mkdirSync(join(etc, 'policies/managed'), { recursive: true });
    writeFileSync(join(etc, 'policies/managed', POLICY_NAME), policy);
    const executable = join(work, 'chromium-with-policy.sh');
    writeFileSync(
      executable,
      `#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "$0" /etc/chromium && exec "$@"' '${etc}' '${CHROMIUM}' "$@"\n`,
      { mode: 0o755 },
    );
    return { executable, undo: () => rmSync(etc, { recursive: true, force: true }) };
  }
  const file = join('/etc/chromium/policies/managed', POLICY_NAME);
  mkdirSync('/etc/chromium/policies/managed', { recursive: true });
  writeFileSync(file, policy);
  return { executable: CHROMIUM, undo: () => rmSync(file, { force: true }) };
}

describe('the CRX installed by enterprise policy in Chromium', () => {
  let release: Packaged | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let context: BrowserContext | undefined;
  let undoPolicy = () => {};
  const work = mkdtempSync(join(tmpdir(), 'hcp-lens-policy-'));

  beforeAll(async () => {
    server = await serveFolder(() => release!.dir);
    release = packageInto(['--only', 'chrome'], server.base);
  });

  afterAll(async () => {
    try {
      await context?.close();
    } finally {
      undoPolicy();
      await server.close();
      release?.remove();
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('installs from the update server, starts its service worker and marks a post', async () => {
    const policy = readFileSync(release!.file('chrome-policy.json'), 'utf8');
    const id = /"([a-p]{32})"/.exec(policy)![1]!;
    const withPolicy = installPolicy(work, policy);
    undoPolicy = withPolicy.undo;
    const profile = join(work, 'profile');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: withPolicy.executable,
      headless: true,
      // Playwright turns extensions off by default, and with them the downloads that install
      // and update policy extensions; nothing loads the extension from a folder.
      ignoreDefaultArgs: BROWSER_DOWNLOADS_OFF,
      args: QUIET_CHROMIUM_ARGS.filter((a) => !BROWSER_DOWNLOADS_OFF.includes(a)),
    });
    // The browser fetches update.xml, then the package it names, and installs it.
    await expect
      .poll(() => server.requests, { timeout: 45_000, interval: 250 })
      .toContain(`hcp-lens-${VERSION}.crx`);
    expect(server.requests[0]).toBe('update.xml');

    await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
    const feed = 'linkedin/linkedin-feed';
    await serve(context, 'https://www.linkedin.com/**', fixture(`${feed}.html`));
    const page = await context.newPage();
    // Content scripts run in pages loaded once the extension is installed: the feed is loaded
    // again until it has bars.
    await expect
      .poll(
        async () => {
          await page.goto(expected(`${feed}.expected.json`).url);
          await page.waitForTimeout(1500);
          return page.$$eval('hcp-lens-overlay[data-hcp-lens-post]', (hosts) => hosts.length);
        },
        { timeout: 30_000, interval: 0 },
      )
      .toBeGreaterThan(0);
    // A verdict in a bar is the service worker's answer to the content script.
    await waitForVerdicts(page, 1);
    // Its service worker runs (asked of the browser as its developer tools do).
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    expect(targetInfos.filter((t) => t.type === 'service_worker').map((t) => t.url)).toContain(
      `chrome-extension://${id}/service-worker-loader.js`,
    );
  });
});
