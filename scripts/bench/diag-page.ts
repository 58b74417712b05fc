// What the two diagnostics share: a page of the bench served in one Chromium profile, and the
// bench's wheel scrolling for a given time.
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { launchSide, setPanelMode, type Side } from './browser';
import { BENCH_FEED_URL, linkedinInfiniteFeed } from './fixture';

export interface DiagPage {
  side: Side;
  page: Page;
  cdp: CDPSession;
  /** Scrolls as the bench does (1,000 px or, on X, 250 px every 50 ms), then lets work settle. */
  scroll(seconds: number): Promise<void>;
}

export async function openDiagPage(
  withExtension: boolean,
  onX: boolean,
  extraArgs: string[] = [],
  panelMode = false,
): Promise<DiagPage> {
  const side = await launchSide(withExtension, extraArgs);
  if (withExtension && panelMode) await setPanelMode(side, [onX ? 'x' : 'linkedin']);
  if (onX)
    await side.serve(
      'https://x.com/**',
      readFileSync('test/fixtures/x/recycling-timeline.html', 'utf8'),
    );
  else await side.serve('https://www.linkedin.com/**', linkedinInfiniteFeed(1000, 10));
  const page = await side.context.newPage();
  const cdp = await side.context.newCDPSession(page);
  await page.goto(onX ? 'https://x.com/home' : BENCH_FEED_URL, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  return {
    side,
    page,
    cdp,
    async scroll(seconds) {
      await page.mouse.move(600, 450);
      const end = Date.now() + seconds * 1000;
      while (Date.now() < end) {
        await page.mouse.wheel(0, onX ? 250 : 1000);
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(1500);
    },
  };
}
