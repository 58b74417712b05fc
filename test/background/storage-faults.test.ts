import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createRouter, type Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import { sessionTaggedViews } from '../../src/db/posts';
import type { Broadcast } from '../../src/messages';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const sender: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };
const now = () => new Date('2026-11-24T10:00:00Z');

beforeEach(() => {
  db = new LensDb(`storage-faults-${++n}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** The disk fills up: every write to the annotations store fails as IndexedDB reports it. */
function fillDisk() {
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'annotations')
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

function setup() {
  const broadcasts: Broadcast[] = [];
  const handlers = createHandlers({
    db,
    now,
    classify: () => verdict(),
    broadcast: (b) => broadcasts.push(b),
  });
  const router = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => undefined,
  });
  const ask = (message: unknown) => router(message, sender);
  return { ask, broadcasts };
}

describe('a full disk', () => {
  it('refuses the change with a clear error and keeps every annotation already confirmed', async () => {
    const { ask, broadcasts } = setup();
    await ask({ type: 'posts/seen', posts: [snapshot('1'), snapshot('2')] });
    const saved = await ask({
      type: 'annotation/set',
      key: 'linkedin:1',
      patch: { category: 'creating', tags: ['kol'] },
    });
    expect(saved).toMatchObject({ ok: true });
    const before = await db.annotations.toArray();
    const postsBefore = await db.posts.toArray();
    broadcasts.length = 0;

    const disk = fillDisk();
    const refused = await ask({
      type: 'annotation/set',
      key: 'linkedin:1',
      patch: { category: 'catalyzing', note: 'lost?' },
    });
    // A first annotation also stores the post's text; the page sends the post with it.
    const refusedNew = await ask({
      type: 'annotation/set',
      key: 'linkedin:2',
      patch: { flagged: true },
      post: snapshot('2'),
    });
    // One line that says what happened and what to do (the page shows it as "Not saved yet. … Retrying…").
    const full = /^Browser storage is full \(QuotaExceededError\): free some disk space/;
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(full) });
    expect(refusedNew).toEqual({ ok: false, error: expect.stringMatching(full) });
    // Nothing half-written: the confirmed annotation, and the posts written in the same
    // transaction, are as they were; no tab was told of a change that did not happen.
    expect(await db.annotations.toArray()).toEqual(before);
    expect(await db.posts.toArray()).toEqual(postsBefore);
    // A post never annotated keeps no text, even when the write that would annotate it failed.
    expect((await db.posts.get('linkedin:2'))?.text).toBe('');
    expect(broadcasts).toEqual([]);

    // Space again: the page's retry stores each change once.
    disk.mockRestore();
    for (const retry of [
      { key: 'linkedin:1', patch: { category: 'catalyzing', note: 'lost?' } },
      { key: 'linkedin:2', patch: { flagged: true }, post: snapshot('2') },
    ]) {
      expect(await ask({ type: 'annotation/set', ...retry })).toMatchObject({ ok: true });
    }
    const annotations = await db.annotations.orderBy('key').toArray();
    expect(annotations.map((a) => [a.key, a.category, a.tags, a.note, a.flagged] as const)).toEqual(
      [
        ['linkedin:1', 'catalyzing', ['kol'], 'lost?', false],
        ['linkedin:2', null, [], '', true],
      ],
    );
    expect((await db.posts.get('linkedin:2'))?.text).toBe('Post 2');
    const session = annotations[0]!.sessionId;
    expect((await sessionTaggedViews(db, session)).map((v) => v.post.key)).toEqual([
      'linkedin:1',
      'linkedin:2',
    ]);
  });
});
