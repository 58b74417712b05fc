// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { guardOpen, LensDb, SCHEMA_V1, upgradeBlockedMessage } from '../../src/db';
import type { AnnotationPatch } from '../../src/messages';
import { Popup, type PopupRuntime } from '../../src/popup/Popup';
import { snapshot, verdict } from '../helpers/posts';

const name = 'upgrade-blocked';
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popupSender = { id: ID, url: `${ORIGIN}src/popup/index.html` };
const tabSender = { id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } };

let opened: { close(): void }[] = [];
beforeEach(() => {
  // Dexie warns about every blocked upgrade and versionchange; those are the point here.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  cleanup();
  for (const connection of opened) connection.close();
  opened = [];
  await Dexie.delete(name);
  vi.restoreAllMocks();
});

/**
 * The database as version 1 left it, with one confirmed annotation, and a connection to it held
 * open by an old page that ignores `versionchange` (Dexie's version 1 is IndexedDB's 10).
 */
async function oldPageHoldingV1(): Promise<IDBDatabase> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('annotations').put({
    key: 'linkedin:0',
    category: 'creating',
    tags: ['kol'],
    flagged: true,
    note: 'confirmed before the update',
    collections: [],
    annotatedAt: '2026-11-23T10:00:00.000Z',
    sessionId: 1,
  });
  v1.close();
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  connection.onversionchange = () => undefined;
  opened.push(connection);
  return connection;
}

/** The background as index.ts wires it, with the popup listening to its broadcasts. */
function background() {
  const db = new LensDb(name);
  opened.push(db);
  const storage = guardOpen(db);
  const listeners: ((m: unknown) => void)[] = [];
  const route = createRouter(
    createHandlers({
      db,
      now: () => new Date('2026-11-24T10:00:00Z'),
      classify: () => verdict(),
      broadcast: (m) => listeners.forEach((l) => l(m)),
    }),
    { extensionId: ID, extensionOrigin: ORIGIN, ready: storage.ready, log: () => undefined },
  );
  const popup: PopupRuntime = {
    sendMessage: (m) => route(m, popupSender),
    onMessage: { addListener: (l) => listeners.push(l) },
  };
  return { db, storage, route, popup };
}

describe('a database upgrade blocked by an old connection', () => {
  it('refuses changes with the reason meanwhile, then stores every one once the old page closes', async () => {
    const blocker = await oldPageHoldingV1();
    const { db, storage, route, popup } = background();
    render(<Popup runtime={popup} />);
    expect((await screen.findByRole('alert')).textContent).toBe(upgradeBlockedMessage());
    expect(storage.blocked).toBe(true);

    // The page's side (content/post-store.ts): a change is kept until the background stores it.
    const unsaved = new Map<string, AnnotationPatch>([
      ['1', { flagged: true }],
      ['2', { category: 'connecting', tags: ['kol'] }],
      ['3', { note: 'ask about the trial' }],
    ]);
    const save = async (id: string, patch: AnnotationPatch) => {
      const request = { type: 'annotation/set', key: `linkedin:${id}`, patch, post: snapshot(id) };
      const reply = await route(request, tabSender);
      if (reply.ok) unsaved.delete(id);
      return reply;
    };
    for (const [id, patch] of unsaved) {
      // Answered at once, not left waiting behind the open.
      expect(await save(id, patch)).toEqual({ ok: false, error: upgradeBlockedMessage() });
    }
    expect(unsaved.size).toBe(3);
    // index.ts broadcasts `storage/ready` on this, so pages save their held changes at once.
    let unblocked = 0;
    storage.onUnblocked(() => unblocked++);

    blocker.close();
    await vi.waitFor(() => expect(unblocked).toBe(1));
    await vi.waitFor(async () => {
      for (const [id, patch] of unsaved) await save(id, patch);
      expect(unsaved.size).toBe(0);
    });

    expect(db.verno).toBe(9);
    expect(storage.blocked).toBe(false);
    const stored = await db.annotations.orderBy('key').toArray();
    expect(
      stored.map(({ key, flagged, category, tags, note }) => ({
        key,
        flagged,
        category,
        tags,
        note,
      })),
    ).toEqual([
      {
        key: 'linkedin:0',
        flagged: true,
        category: 'creating',
        tags: ['kol'],
        note: 'confirmed before the update',
      },
      { key: 'linkedin:1', flagged: true, category: null, tags: [], note: '' },
      { key: 'linkedin:2', flagged: false, category: 'connecting', tags: ['kol'], note: '' },
      { key: 'linkedin:3', flagged: false, category: null, tags: [], note: 'ask about the trial' },
    ]);
    // The stored changes' broadcasts refresh the popup: the notice is gone, the session shown.
    await waitFor(() => expect(screen.getByTestId('tagged').textContent).toBe('3'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('never blocks a newer version itself: its connection closes on versionchange', async () => {
    const { db, storage } = background();
    await storage.ready();
    let blocked = false;
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      // Dexie opens version n as IndexedDB version 10n: this is the next one.
      const request = indexedDB.open(name, (db.verno + 1) * 10);
      request.onblocked = () => (blocked = true);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    opened.push(newer);
    expect(blocked).toBe(false);
    expect(db.isOpen()).toBe(false);
  });
});
