// The real background (handlers, router, a fake-indexeddb database) behind a runtime a page's
// components can be given: what they send is validated and answered as in the browser.
import 'fake-indexeddb/auto';
import { classify } from '../../src/classify';
import { createHandlers } from '../../src/background/handlers';
import { createRouter, type Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import type { RuntimeWithEvents } from '../../src/messages';

export const extensionPage: Sender = {
  id: 'ext',
  url: 'chrome-extension://ext/src/dashboard/index.html',
};
export const feedTab: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };

export function backgroundRuntime(name: string, now: () => Date) {
  const db = new LensDb(name);
  const listeners = new Set<(m: unknown) => void>();
  const handlers = createHandlers({
    db,
    now,
    classify,
    broadcast: (b) => listeners.forEach((l) => l(b)),
  });
  const route = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => undefined,
  });
  const runtime: RuntimeWithEvents = {
    sendMessage: (m) => route(m, extensionPage),
    onMessage: {
      addListener: (l) => listeners.add(l),
      removeListener: (l) => listeners.delete(l),
    },
  };
  /** A content script's message, from a feed tab. */
  const fromTab = (m: unknown) => route(m, feedTab);
  return { db, runtime, fromTab };
}
