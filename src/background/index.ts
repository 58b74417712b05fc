import browser from 'webextension-polyfill';
import { classify } from '../classify';
import { guardOpen, LensDb } from '../db';
import type { Broadcast } from '../messages';
import { watchGrantedSites } from './granted-sites';
import { createHandlers } from './handlers';
import { CategoryLearner } from './learner';
import { createRouter, type Sender } from './router';
import { createRulesRelay, type TabsApi } from './rules-handlers';
import { SUPPORTED_SITES } from '../platforms/sites';

const db = new LensDb();
const storage = guardOpen(db);
// Opened at once so an upgrade starts with the worker, not with the first request.
storage.ready().catch(() => undefined);

function broadcast(message: Broadcast): void {
  // Extension pages (popup, dashboard) listen on the runtime; content scripts on their tab.
  browser.runtime.sendMessage(message).catch(() => undefined);
  void browser.permissions
    .getAll()
    .then(({ origins = [] }) =>
      browser.tabs.query({ url: [...new Set([...SUPPORTED_SITES, ...origins])] }),
    )
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}

// Pages hold the changes refused while an upgrade waited: they save them as soon as this arrives.
storage.onUnblocked(() => broadcast({ type: 'storage/ready' }));

// The dashboard's "Test on open tab" for site rules is relayed to a tab of that site.
const testRules = createRulesRelay(browser.tabs as unknown as TabsApi);

const route = createRouter(
  createHandlers({
    db,
    now: () => new Date(),
    classify,
    broadcast,
    testRules,
    learner: new CategoryLearner(db),
  }),
  {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    ready: storage.ready,
  },
);

watchGrantedSites();

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(message, sender));
