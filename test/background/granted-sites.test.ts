import { beforeEach, describe, expect, it, vi } from 'vitest';

// The browser as the background sees it: the origins the user allowed, and the content scripts
// registered on them.
const browser = vi.hoisted(() => ({
  permissions: { getAll: vi.fn() },
  scripting: {
    getRegisteredContentScripts: vi.fn(async () => []),
    registerContentScripts: vi.fn(async () => undefined),
    updateContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
  },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));

const { syncGrantedSites } = await import('../../src/background/granted-sites');

beforeEach(() => vi.clearAllMocks());

describe('sites the user allowed', () => {
  it('reads posts on an allowed Mastodon instance, never on the team sync server', async () => {
    browser.permissions.getAll.mockResolvedValue({
      origins: [
        'https://www.linkedin.com/*',
        'https://med-mastodon.com/*',
        'https://couch.example.org/*',
      ],
    });
    const registered = await syncGrantedSites(async () => ['https://couch.example.org/*']);
    expect(registered).toEqual(['https://med-mastodon.com/*']);
    expect(browser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ matches: ['https://med-mastodon.com/*'] }),
    ]);
  });

  it("never takes Bluesky's profile API, a declared host, for a Mastodon instance", async () => {
    browser.permissions.getAll.mockResolvedValue({
      origins: [
        'https://bsky.app/*',
        'https://public.api.bsky.app/*',
        'https://med-mastodon.com/*',
      ],
    });
    expect(await syncGrantedSites()).toEqual(['https://med-mastodon.com/*']);
  });

  it('registers nothing when the sync server is the only site allowed', async () => {
    browser.permissions.getAll.mockResolvedValue({ origins: ['https://couch.example.org/*'] });
    expect(await syncGrantedSites(async () => ['https://couch.example.org/*'])).toEqual([]);
    expect(browser.scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
