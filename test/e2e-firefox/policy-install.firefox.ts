// The Firefox package as an IT department rolls it out: an enterprise policy (policies.json in
// Firefox's distribution folder) force-installs it from the company's server into a fresh
// profile; no about:debugging, no temporary add-on. The policy goes into a private copy of that
// folder that only this test's browser sees (a mount namespace), so no other Firefox on the
// machine is affected; when the machine does not allow that, it is written to the real folder
// and removed afterwards.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageInto, serveFolder, VERSION, type Packaged } from '../package/packages';
import { EXTENSION_UUID, FIREFOX, GECKO_ID, hostCount, ROOT, sleep, verdictCount } from './firefox';

/** The folder Firefox reads policies.json from: `distribution` beside the real program. */
const DISTRIBUTION = join(dirname(realpathSync(FIREFOX)), 'distribution');

function canUseMountNamespace(): boolean {
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function installPolicy(work: string, policies: string): { executable: string; undo(): void } {
  const real = realpathSync(DISTRIBUTION);
  if (canUseMountNamespace()) {
    const copy = join(work, 'distribution');
    cpSync(real, copy, { recursive: true });
    writeFileSync(join(copy, 'policies.json'), policies);
    const executable = join(work, 'firefox-with-policy.sh');
    writeFileSync(
      executable,
      `#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' '${copy}' '${real}' '${FIREFOX}' "$@"\n`,
      { mode: 0o755 },
    );
    return { executable, undo: () => rmSync(copy, { recursive: true, force: true }) };
  }
  const file = join(real, 'policies.json');
  if (existsSync(file)) throw new Error(`${file} exists already: not replacing it`);
  writeFileSync(file, policies);
  return { executable: FIREFOX, undo: () => rmSync(file, { force: true }) };
}

describe('the Firefox package installed by enterprise policy', () => {
  let release: Packaged | undefined;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser | undefined;
  let undoPolicy = () => {};
  const work = mkdtempSync(join(tmpdir(), 'hcp-lens-ff-policy-'));

  beforeAll(async () => {
    server = await serveFolder(() => release!.dir);
    release = packageInto(['--only', 'firefox'], server.base);
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      undoPolicy();
      await server.close();
      release?.remove();
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('installs from the install_url without Mozilla signing and marks posts', async () => {
    const withPolicy = installPolicy(
      work,
      readFileSync(release!.file('firefox-policies.json'), 'utf8'),
    );
    undoPolicy = withPolicy.undo;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: withPolicy.executable,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    await expect
      .poll(() => server.requests, { timeout: 30_000, interval: 250 })
      .toContain(`hcp-lens-${VERSION}-firefox.zip`);

    const want = JSON.parse(
      readFileSync(join(ROOT, 'test/fixtures/linkedin/linkedin-feed.expected.json'), 'utf8'),
    ) as { url: string };
    const html = readFileSync(join(ROOT, 'test/fixtures/linkedin/linkedin-feed.html'), 'utf8');
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      void (
        request.url().startsWith('https://www.linkedin.com/feed')
          ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : request.respond({ status: 204, body: '' })
      ).catch(() => undefined);
    });
    // The content script runs in pages loaded once the add-on is installed.
    await expect
      .poll(
        async () => {
          await page.goto(want.url);
          await sleep(1500);
          return hostCount(page);
        },
        { timeout: 30_000, interval: 0 },
      )
      .toBeGreaterThan(0);
    // A verdict is the background's answer to the content script.
    await expect.poll(() => verdictCount(page), { timeout: 20_000 }).toBeGreaterThan(0);
  });
});
