import browser from 'webextension-polyfill';
import { classify } from '../classify';
import { guardOpen, LensDb } from '../db';
import type { Broadcast } from '../messages';
import { watchGrantedSites } from './granted-sites';
import { createHandlers } from './handlers';
import { schedulePurge } from './history';
import { CategoryLearner } from './learner';
import { createRouter, type Sender } from './router';
import { createRulesRelay, type TabsApi } from './rules-handlers';
import { SUPPORTED_SITES } from '../platforms/sites';
import { originPattern } from '../shared/origin';
import { syncServerOrigin } from './sync';
import { SYNC_ALARM, SYNC_PERIOD_MINUTES } from './sync-handlers';

const db = new LensDb();
const storage = guardOpen(db);
// Opened at once so an upgrade starts with the worker, not with the first request.
storage.ready().catch(() => undefined);

/**
 * Messages for the tabs wait this long, so a burst (a sync applying a hundred teammates' changes)
 * looks the tabs up once rather than once per message.
 */
const TAB_GATHER_MS = 50;
let forTabs: Broadcast[] = [];

function broadcast(message: Broadcast): void {
  // Extension pages (popup, dashboard) listen on the runtime; content scripts on their tab.
  browser.runtime.sendMessage(message).catch(() => undefined);
  forTabs.push(message);
  if (forTabs.length === 1) setTimeout(sendToTabs, TAB_GATHER_MS);
}

function sendToTabs(): void {
  const messages = forTabs;
  forTabs = [];
  void browser.permissions
    .getAll()
    .then(({ origins = [] }) =>
      browser.tabs.query({ url: [...new Set([...SUPPORTED_SITES, ...origins])] }),
    )
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        for (const m of messages) browser.tabs.sendMessage(tab.id, m).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}

// Pages hold the changes refused while an upgrade waited: they save them as soon as this arrives.
storage.onUnblocked(() => broadcast({ type: 'storage/ready' }));

// The dashboard's "Test on open tab" for site rules is relayed to a tab of that site.
const testRules = createRulesRelay(browser.tabs as unknown as TabsApi);

// The team sync server is granted like a Mastodon instance, but no post is read there.
const notSites = async () => {
  const origin = await syncServerOrigin(db).catch(() => null);
  return origin ? [origin] : [];
};
const updateGrantedSites = watchGrantedSites(notSites);

const handlers = createHandlers({
  db,
  now: () => new Date(),
  classify,
  broadcast,
  testRules,
  learner: new CategoryLearner(db),
  alarms: browser.alarms,
  syncServerChanged: updateGrantedSites,
  canReach: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  releaseOrigin: (origin) =>
    browser.permissions.remove({ origins: [origin] }).then(
      () => undefined,
      () => undefined,
    ),
});

const route = createRouter(handlers, {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  ready: storage.ready,
});

// Team sync runs on its alarm, which also wakes a sleeping service worker; an alarm lost with a
// browser restart is made again.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== SYNC_ALARM) return;
  storage
    .ready()
    .then(() => handlers['sync/now']({ type: 'sync/now' }, {}))
    .catch((e: unknown) => console.warn('HCP Lens: team sync', e));
});
void storage
  .ready()
  .then(async () => {
    if (!(await syncServerOrigin(db))) return;
    // Reading the state encrypts a password an earlier version stored in clear.
    await handlers['sync/get']({ type: 'sync/get' }, {});
    if (!(await browser.alarms.get(SYNC_ALARM)))
      browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  })
  .catch(() => undefined);

// Posts only browsed past and remembered bios expire after the retention period (settings).
void schedulePurge(db, browser.alarms, { ready: storage.ready });

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(message, sender));
