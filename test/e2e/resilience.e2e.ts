import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, fixture, launchWithExtension, scrollThrough, serve, type Lens } from './browser';
import { barAttribute, barCount, clickInBar } from './bars';
import { waitForVerdicts } from './feed-page';

describe('a service worker stopped mid-session (Chromium)', () => {
  let lens: Lens;
  const want = expected('linkedin/linkedin-feed-2026.expected.json');
  const keys = want.posts.map((p) => p.key);

  beforeAll(async () => {
    lens = await launchWithExtension();
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      fixture('linkedin/linkedin-feed-2026.html'),
    );
  });
  afterAll(() => lens?.close());

  it('resumes the session without losing or doubling anything', async () => {
    const page = await lens.context.newPage();
    await page.goto(want.url);
    await expect
      .poll(() => barCount(page, keys[0]!, '.badge'), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await clickInBar(page, keys[0]!, 'button[data-category="collaborating"]');
    await expect
      .poll(() =>
        barAttribute(page, keys[0]!, 'button[data-category="collaborating"]', 'aria-checked'),
      )
      .toBe('true');

    const cdp = await lens.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The next change wakes the worker; it must land in the same session.
    await clickInBar(page, keys[1]!, 'button.flag');
    await expect
      .poll(() => barAttribute(page, keys[1]!, 'button.flag', 'aria-pressed'), { timeout: 15_000 })
      .toBe('true');
    await scrollThrough(page);
    await waitForVerdicts(page, keys.length);
    await cdp.send('ServiceWorker.stopAllWorkers');

    const popup = await lens.openExtensionPage('src/popup/index.html');
    await expect
      .poll(() => popup.getByTestId('posts-seen').textContent())
      .toBe(String(keys.length));
    expect(await popup.getByTestId('tagged').textContent()).toBe('2');
    const reply = (await popup.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({
        type: 'export/csv',
        scope: 'session',
      }),
    )) as { ok: boolean; data: { rows: number } };
    expect(reply).toMatchObject({ ok: true, data: { rows: 2 } });
    await popup.close();
    await page.close();
  });
});
