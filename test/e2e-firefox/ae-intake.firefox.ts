import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import { AE_CSV_COLUMNS } from '../../src/export/ae-export';
import { DRAWN_TEXT } from '../../scripts/lib/bars';
import { inBar } from './bars';
import { launchFirefoxWithExtension, ROOT, sleep, type FirefoxLens } from './firefox';

const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');
const FEED = JSON.parse(fixture('linkedin/linkedin-feed.expected.json')) as {
  url: string;
  posts: { key: string; authorName: string; authorHeadline: string; text: string }[];
};
// Marisol Vega's father was switched to Cardivex and got dizzy: the classifier flags it.
const AE_POST = FEED.posts.find((p) => p.authorName === 'Marisol Vega')!;
const OTHER = FEED.posts.find((p) => !classify({ platform: 'linkedin', ...p }).ae)!;

const HAS = '(root, s) => root.querySelector(s) !== null';
/** Scrolls the feed until the post's bar shows `selector` (cards render as they near). */
async function scrollTo(page: Page, key: string, selector: string): Promise<void> {
  for (let i = 0; i < 300 && !(await inBar<boolean>(page, key, HAS, selector)); i++) {
    await page.mouse.wheel({ deltaY: 700 });
    await sleep(60);
  }
  expect(await inBar<boolean>(page, key, HAS, selector)).toBe(true);
}

/** Asks the background from an extension page, as its buttons do. */
function ask(page: Page, message: unknown) {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).browser.runtime.sendMessage(m),
    message,
  ) as Promise<{ ok: boolean; error?: string; data?: unknown }>;
}

describe('Adverse-event intake in Firefox', () => {
  let lens: FirefoxLens;
  let feed: Page;

  beforeAll(async () => {
    lens = await launchFirefoxWithExtension();
    feed = await lens.newFeedPage(fixture('linkedin/linkedin-feed.html'));
    await feed.goto(FEED.url);
  });
  afterAll(() => lens?.close());

  it('keeps the flagged post, and the bar reports another with the A key', async () => {
    await scrollTo(feed, AE_POST.key, '.badge.ae');
    await scrollTo(feed, OTHER.key, '.badge');
    // The user clicks into the bar (at its quiet right end), then types: focus alone would not do.
    await feed.evaluate((k) => {
      document.querySelector(`[data-hcp-lens-post="${k}"]`)?.scrollIntoView({ block: 'center' });
    }, OTHER.key);
    await sleep(400);
    const bar = await inBar<{ x: number; y: number; w: number; h: number }>(
      feed,
      OTHER.key,
      '(root) => { const r = root.querySelector(".lens").getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; }',
    );
    await feed.mouse.click(bar!.x + bar!.w - 4, bar!.y + bar!.h / 2);
    await feed.keyboard.press('a');
    await expect
      .poll(() => inBar<string | null>(feed, OTHER.key, DRAWN_TEXT, '.ae-queued'), {
        timeout: 10_000,
      })
      .toBe('⚑ In AE queue');
  });

  it('forwards the case from the dashboard with a real click, and it is in the export', async () => {
    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/ae');
    const row = `[data-ae-case="${AE_POST.key}"]`;
    await dashboard.waitForSelector(row, { timeout: 20_000 });
    await dashboard.click(`${row} ::-p-text(Forward to PV…)`);
    await dashboard.type(`${row} form input`, 'PV-2026-0118');
    await dashboard.click(`${row} form button[type="submit"]`);
    // Forwarded cases leave the default view (new cases).
    await dashboard.waitForSelector(row, { hidden: true, timeout: 10_000 });

    const answer = await ask(dashboard, {
      type: 'ae/export',
      format: 'csv',
      keys: [AE_POST.key, OTHER.key],
    });
    expect(answer.error).toBeUndefined();
    const { content } = answer.data as { content: string };
    const rows = Papa.parse<Record<string, string>>(content.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.meta.fields).toEqual([...AE_CSV_COLUMNS]);
    expect(rows.data.find((r) => r.case_key === AE_POST.key)).toMatchObject({
      state: 'forwarded',
      case_reference: 'PV-2026-0118',
      products: expect.stringMatching(/^cardivex$/i),
      text: AE_POST.text,
    });
    expect(rows.data.find((r) => r.case_key === OTHER.key)).toMatchObject({
      state: 'new',
      source: 'reported',
    });
    const json = await ask(dashboard, { type: 'ae/export', format: 'json', keys: [AE_POST.key] });
    const doc = JSON.parse((json.data as { content: string }).content) as {
      cases: { auditTrail: { field: string; new: unknown }[] }[];
    };
    expect(doc.cases[0]!.auditTrail.map((e) => e.field)).toEqual(['opened', 'caseRef', 'state']);
  });
});
