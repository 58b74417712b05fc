// The team sync password at rest: encrypted under a key the background keeps and cannot export.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SECRET_KEY_ROW } from '../../src/background/secret-box';
import { SYNC_CONFIG_KEY, type LensDb } from '../../src/db';
import { FakeCouch } from '../helpers/fake-couch';
import { browser, useSyncWorld, world } from '../helpers/sync-browsers';

useSyncWorld();

const PASSWORD = 'pw';

/** Everything in the database, as text: what a copy of the profile's files would show. */
async function dump(db: LensDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((t) => t.toArray()));
  return JSON.stringify(tables);
}

describe('the sync password at rest', () => {
  it('is stored encrypted, under a key that cannot be exported, and still signs in', async () => {
    const ana = browser();
    await ana.annotate('1', { category: 'creating' });
    // A password long and odd enough that finding it in the dump cannot be chance.
    world.server = new FakeCouch({
      origin: 'https://couch.example.org',
      user: 'ana',
      password: 'correct-horse-7Q!',
    });
    world.transport = world.server.fetch;
    expect(await ana.connect('correct-horse-7Q!')).toMatchObject({ sent: 1, error: null });

    const stored = (await ana.db.settings.get(SYNC_CONFIG_KEY))?.value as { password: unknown };
    expect(stored.password).toMatchObject({ iv: expect.any(String), data: expect.any(String) });
    expect(await dump(ana.db)).not.toContain('correct-horse');
    expect(await dump(ana.db)).not.toContain(btoa('ana:correct-horse-7Q!'));

    const key = (await ana.db.settings.get(SECRET_KEY_ROW))?.value as CryptoKey;
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();

    await ana.annotate('2', { category: 'creating' });
    expect(await ana.syncNow()).toMatchObject({ sent: 1, error: null });
  });

  it('encrypts a password an earlier version stored in clear the first time it is read', async () => {
    const ana = browser();
    await ana.db.settings.put({
      key: SYNC_CONFIG_KEY,
      value: { url: world.server.url, user: 'ana', password: PASSWORD, since: '0' },
    });
    const state = await ana.handlers['sync/get']({ type: 'sync/get' }, { id: 'ext' });
    expect(state.server).toEqual({ url: world.server.url, user: 'ana' });
    const stored = (await ana.db.settings.get(SYNC_CONFIG_KEY))?.value as { password: unknown };
    expect(typeof stored.password).toBe('object');

    await ana.annotate('3', { flagged: true });
    expect(await ana.syncNow()).toMatchObject({ sent: 1, error: null });
  });

  it('cannot be read from a copy of the database without its key, and says so', async () => {
    const ana = browser();
    await ana.connect();
    await ana.db.settings.delete(SECRET_KEY_ROW);
    const other = browser();
    // Another browser's database with this one's settings: the key did not come along.
    await other.db.settings.put((await ana.db.settings.get(SYNC_CONFIG_KEY))!);
    const requests = world.server.requests.length;
    const state = await other.syncNow();
    expect(state.error).toBe(
      'The saved sync password cannot be read in this browser (its key is missing or changed): disconnect and connect again with the password.',
    );
    expect(world.server.requests.length).toBe(requests);
  });
});
