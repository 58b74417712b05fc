import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LensDb } from '../../src/db';
import { backgroundRuntime } from '../helpers/background-runtime';
import { snapshot } from '../helpers/posts';

const AE_TEXT =
  'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.';
const now = () => new Date('2026-12-01T09:00:00Z');
let db: LensDb | undefined;
let n = 0;

afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

/** The disk fills up: every write to the AE queue's stores fails as IndexedDB reports it. */
function fillDisk() {
  const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const put = IDBObjectStore.prototype.put;
  const add = IDBObjectStore.prototype.add;
  const isAe = (store: IDBObjectStore) => store.name === 'aeCases' || store.name === 'aeAudit';
  return [
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (isAe(this)) throw full();
      return put.apply(this, args);
    }),
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (isAe(this)) throw full();
      return add.apply(this, args);
    }),
  ];
}

describe('the adverse-event queue on a full disk', () => {
  it('refuses the batch with the reason, so the page reports it again, and keeps the case once there is room', async () => {
    const bg = backgroundRuntime(`ae-faults-${++n}`, now);
    db = bg.db;
    const spies = fillDisk();
    const refused = await bg.fromTab({
      type: 'posts/seen',
      posts: [snapshot('1', { text: AE_TEXT })],
    });
    expect(refused).toEqual({
      ok: false,
      error: 'Browser storage is full (QuotaExceededError): free some disk space on this computer',
    });
    // One transaction: the post is not half-stored without its case.
    expect(await db.posts.count()).toBe(0);
    spies.forEach((s) => s.mockRestore());
    const again = await bg.fromTab({
      type: 'posts/seen',
      posts: [snapshot('1', { text: AE_TEXT })],
    });
    expect(again).toMatchObject({ ok: true });
    expect(await db.aeCases.get('linkedin:1')).toMatchObject({ text: AE_TEXT, state: 'new' });
  });

  it('refuses a reviewer decision without losing the case or its trail', async () => {
    const bg = backgroundRuntime(`ae-faults-${++n}`, now);
    db = bg.db;
    await bg.fromTab({ type: 'ae/report', post: snapshot('2', { text: 'Odd rash on my son' }) });
    fillDisk();
    const reply = await bg.runtime.sendMessage({
      type: 'ae/change',
      key: 'linkedin:2',
      change: { state: 'forwarded', caseRef: 'PV-1' },
    });
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringContaining('QuotaExceededError'),
    });
    vi.restoreAllMocks();
    expect(await db.aeCases.get('linkedin:2')).toMatchObject({ state: 'new', caseRef: '' });
    expect(await db.aeAudit.where('caseKey').equals('linkedin:2').count()).toBe(1);
  });
});
