// Two or more browsers with HCP Lens, each with its own database, and one in-memory CouchDB they
// share: the harness of the team sync tests.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { createCouch } from '../../src/background/couch';
import { createHandlers, type HandlerDeps } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import type { AnnotationPatch, Broadcast } from '../../src/messages';
import { FakeCouch } from './fake-couch';
import { snapshot, verdict } from './posts';

export const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
export const tab: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };
let n = 0;
let clock = Date.parse('2026-12-01T09:00:00Z');
/**
 * The shared server, how the browsers reach it (the fake itself, unless a test puts something
 * between), and whether the browser still lets the extension reach it (its host permission).
 * Fresh for every test.
 */
export const world = {
  server: undefined as unknown as FakeCouch,
  transport: undefined as unknown as typeof fetch,
  reachable: true,
};
const dbs: LensDb[] = [];

/** Call once at the top of a test file: a new server before each test, databases deleted after. */
export function useSyncWorld(): void {
  beforeEach(() => {
    world.server = new FakeCouch({
      origin: 'https://couch.example.org',
      user: 'ana',
      password: 'pw',
    });
    world.transport = world.server.fetch;
    world.reachable = true;
  });
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });
}

/** One browser with HCP Lens: its own database, talking to the shared fake server. */
export function browser(skewMs = 0, syncLimits?: HandlerDeps['syncLimits']) {
  const db = new LensDb(`sync-${++n}`);
  dbs.push(db);
  const broadcasts: Broadcast[] = [];
  const alarms = { create: vi.fn(), clear: vi.fn(async () => true) };
  const classify = vi.fn(() => verdict({ isHcp: true }));
  const releaseOrigin = vi.fn(async () => undefined);
  const handlers = createHandlers({
    db,
    // Every call is a second later: the newer of two changes is always well defined.
    now: () => new Date((clock += 1000) + skewMs),
    classify,
    broadcast: (b) => broadcasts.push(b),
    couch: (s) => createCouch(s, { fetch: (input, init) => world.transport(input, init) }),
    alarms,
    releaseOrigin,
    canReach: async () => world.reachable,
    syncLimits,
  });
  const annotate = async (id: string, patch: AnnotationPatch) => {
    await handlers['posts/seen']({ type: 'posts/seen', posts: [snapshot(id)] }, tab);
    return handlers['annotation/set'](
      { type: 'annotation/set', key: `linkedin:${id}`, patch, post: snapshot(id) },
      tab,
    );
  };
  const connect = (password = 'pw', user = 'ana') =>
    handlers['sync/connect'](
      { type: 'sync/connect', url: `${world.server.url}/`, user, password },
      page,
    );
  const syncNow = () => handlers['sync/now']({ type: 'sync/now' }, page);
  const listed = async () =>
    (await handlers['annotations/list']({ type: 'annotations/list', limit: 1000 }, page)).views;
  return {
    db,
    handlers,
    broadcasts,
    alarms,
    classify,
    releaseOrigin,
    annotate,
    connect,
    syncNow,
    listed,
  };
}
