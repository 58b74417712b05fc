import { describe, expect, it } from 'vitest';
import { ONBOARDING_PAGE, openGuideOnInstall } from '../../src/background/first-run';

function fakeTabs() {
  const opened: string[] = [];
  return {
    opened,
    apis: {
      getURL: (path: string) => `chrome-extension://lens/${path}`,
      openTab: async (url: string) => void opened.push(url),
    },
  };
}

describe('the first-run guide', () => {
  it('opens once when HCP Lens is installed', async () => {
    const tabs = fakeTabs();
    expect(await openGuideOnInstall({ reason: 'install' }, tabs.apis)).toBe(true);
    expect(tabs.opened).toEqual([`chrome-extension://lens/${ONBOARDING_PAGE}`]);
  });

  // Chrome's reasons, and Firefox's `browser_update`: a returning user is never shown it again.
  for (const reason of ['update', 'chrome_update', 'shared_module_update', 'browser_update']) {
    it(`does not open on "${reason}"`, async () => {
      const tabs = fakeTabs();
      expect(await openGuideOnInstall({ reason }, tabs.apis)).toBe(false);
      expect(tabs.opened).toEqual([]);
    });
  }

  it('opens for a temporary add-on installed in Firefox too', async () => {
    const tabs = fakeTabs();
    await openGuideOnInstall({ reason: 'install', temporary: true }, tabs.apis);
    expect(tabs.opened).toHaveLength(1);
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
