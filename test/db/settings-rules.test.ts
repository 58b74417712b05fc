import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LensDb, readSettings, SettingsCache, writeSettings } from '../../src/db';
import { settingsPatchSchema } from '../../src/db/settings';

let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`settings-rules-${++n}`);
});
afterEach(() => db.delete());

const DOX = { container: '[data-dox-post]', authorName: ['.dox-name', '.name'] };

describe('site rule overrides in the settings', () => {
  it('stores one override per site, replaces it, and removes it with null', async () => {
    await writeSettings(db, { ruleOverrides: { doximity: DOX } });
    await writeSettings(db, { ruleOverrides: { x: { text: '.tweet-text' } } });
    expect((await readSettings(db)).ruleOverrides).toEqual({
      doximity: DOX,
      x: { text: '.tweet-text' },
    });
    await writeSettings(db, { ruleOverrides: { doximity: null } });
    expect((await readSettings(db)).ruleOverrides).toEqual({ x: { text: '.tweet-text' } });
    // Other settings are left alone.
    await writeSettings(db, { textRetention: 'snippet' });
    expect((await readSettings(db)).ruleOverrides).toEqual({ x: { text: '.tweet-text' } });
  });

  it('refuses an invalid override, the key or hosts, and LinkedIn (not rules-based)', () => {
    const bad = (ruleOverrides: unknown) =>
      settingsPatchSchema.safeParse({ ruleOverrides }).success;
    expect(bad({ doximity: { container: 'div[' } })).toBe(false);
    expect(bad({ doximity: { idPattern: '(' } })).toBe(false);
    expect(bad({ doximity: { key: 'doximity:{id}' } })).toBe(false);
    expect(bad({ doximity: { hosts: ['evil.example'] } })).toBe(false);
    expect(bad({ linkedin: { container: 'div' } })).toBe(false);
    expect(bad({ doximity: DOX })).toBe(true);
  });

  it('drops a stored override that no longer validates and keeps the others', async () => {
    await db.settings.put({
      key: 'settings',
      value: {
        textRetention: 'snippet',
        ruleOverrides: {
          doximity: { container: 'div[' },
          bluesky: { text: '[data-testid="postText"]' },
          linkedin: { container: 'div' },
          mastodon: {},
        },
      },
    });
    const s = await readSettings(db);
    expect(s.ruleOverrides).toEqual({ bluesky: { text: '[data-testid="postText"]' } });
    expect(s.textRetention).toBe('snippet');
    await db.settings.put({ key: 'settings', value: { ruleOverrides: 'all' } });
    expect((await readSettings(db)).ruleOverrides).toEqual({});
  });
});

describe('the background’s settings cache', () => {
  it('reads the database once, answers what was saved, and reads again after a failed read', async () => {
    const get = vi.spyOn(db.settings, 'get');
    const cache = new SettingsCache(db);
    expect((await cache.read()).textRetention).toBe('full');
    await cache.read();
    expect(get).toHaveBeenCalledTimes(1);
    await cache.write({ textRetention: 'snippet' });
    const calls = get.mock.calls.length;
    expect((await cache.read()).textRetention).toBe('snippet');
    expect(get.mock.calls.length).toBe(calls);

    const fresh = new SettingsCache(db);
    get.mockRejectedValueOnce(new Error('Database upgrade is waiting'));
    await expect(fresh.read()).rejects.toThrow('waiting');
    expect((await fresh.read()).textRetention).toBe('snippet');
  });
});
