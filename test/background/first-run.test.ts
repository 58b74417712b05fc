import { describe, expect, it } from 'vitest';
import {
  GUIDE_SHOWN_KEY,
  ONBOARDING_PAGE,
  openGuideOnInstall,
} from '../../src/background/first-run';

/** The browser as the guide sees it: tabs it opened, and the extension's local storage. */
function fakeBrowser(stored: Record<string, unknown> = {}) {
  const opened: string[] = [];
  return {
    opened,
    stored,
    apis: {
      getURL: (path: string) => `chrome-extension://lens/${path}`,
      openTab: async (url: string) => void opened.push(url),
      store: {
        get: async (key: string) => (key in stored ? { [key]: stored[key] } : {}),
        set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
      },
    },
  };
}

describe('the first-run guide', () => {
  it('opens once when HCP Lens is installed', async () => {
    const browser = fakeBrowser();
    expect(await openGuideOnInstall({ reason: 'install' }, browser.apis)).toBe(true);
    expect(browser.opened).toEqual([`chrome-extension://lens/${ONBOARDING_PAGE}`]);
  });

  // Chrome's reasons, and Firefox's `browser_update`: a returning user is never shown it again.
  for (const reason of ['update', 'chrome_update', 'shared_module_update', 'browser_update']) {
    it(`does not open on "${reason}"`, async () => {
      const browser = fakeBrowser();
      expect(await openGuideOnInstall({ reason }, browser.apis)).toBe(false);
      expect(browser.opened).toEqual([]);
    });
  }

  it('does not open again when the browser reports the same install at a later start', async () => {
    // Chromium does so for an extension loaded with --load-extension, at every start.
    const browser = fakeBrowser();
    await openGuideOnInstall({ reason: 'install' }, browser.apis);
    await openGuideOnInstall({ reason: 'install' }, browser.apis);
    expect(browser.opened).toHaveLength(1);
  });

  it('counts a damaged stored mark as not shown, and opens', async () => {
    const browser = fakeBrowser({ [GUIDE_SHOWN_KEY]: 'yes' });
    expect(await openGuideOnInstall({ reason: 'install' }, browser.apis)).toBe(true);
    expect(browser.stored[GUIDE_SHOWN_KEY]).toBe(true);
  });

  it('opens for a temporary add-on installed in Firefox too', async () => {
    const browser = fakeBrowser();
    await openGuideOnInstall({ reason: 'install', temporary: true }, browser.apis);
    expect(browser.opened).toHaveLength(1);
  });

  it('points at the page the build packs', async () => {
    const { default: config } = await import('../../vite.config');
    const inputs = Object.values(
      (config as { build: { rollupOptions: { input: Record<string, string> } } }).build
        .rollupOptions.input,
    );
    expect(inputs.some((p) => p.endsWith(ONBOARDING_PAGE))).toBe(true);
  });
});
