import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, fixture, launchWithExtension, serve, type Lens } from './browser';
import { barText, openBar } from './bars';

// A browser whose own interface is German: the extension follows it without any setting.
describe('HCP Lens in a German browser (Chromium)', () => {
  let lens: Lens;
  const want = expected('linkedin/linkedin-feed-2026.expected.json');

  beforeAll(async () => {
    lens = await launchWithExtension({ language: 'de' });
    await serve(
      lens.context,
      'https://www.linkedin.com/**',
      fixture('linkedin/linkedin-feed-2026.html'),
    );
  });
  afterAll(() => lens?.close());

  it('shows the popup in German', async () => {
    const popup = await lens.openExtensionPage('src/popup/index.html');
    const uiLanguage = () =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage();
    expect(await popup.evaluate(uiLanguage)).toMatch(/^de/);
    await popup.getByRole('button', { name: 'Neue Sitzung' }).waitFor();
    expect(await popup.getByRole('button', { name: 'CSV exportieren' }).count()).toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toMatch(/^de/);
    await popup.close();
  });

  it('shows a bar in German, with its controls open', async () => {
    const page = await lens.context.newPage();
    await page.goto(want.url);
    const key = want.posts[0]!.key;
    await page.locator(`[data-hcp-lens-post="${key}"]`).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => barText(page, key, '.badge'), { timeout: 30_000 })
      .toMatch(/^(Fachkreis|Kein Fachkreis) (\d{1,3}\u00a0%|· markiert)$/);
    await openBar(page, key);
    expect(await barText(page, key, 'button.flag')).toBe('☆ Nachverfolgen');
    expect(await barText(page, key, 'button[data-category="catalyzing"]')).toMatch(/Fördern$/);
    expect(await barText(page, key, 'button.add-tag')).toBe('+ Schlagwort');
    await page.close();
  });
});
