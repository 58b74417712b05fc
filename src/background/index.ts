import browser from 'webextension-polyfill';
import { classify } from '../classify';
import { guardOpen, LensDb } from '../db';
import { createBroadcast } from './broadcast';
import { openGuideOnInstall } from './first-run';
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
import { TabPosts } from './tab-posts';
import { acceptKeepAwake } from './keep-awake';

const db = new LensDb();
browser.runtime.onConnect.addListener((port) => acceptKeepAwake(port, browser.runtime.getURL('')));
const storage = guardOpen(db);
// Opened at once so an upgrade starts with the worker, not with the first request.
storage.ready().catch(() => undefined);

// Which tabs show which posts survives the worker's restarts in the browser's session storage.
const SESSION_KEY = 'tabPosts';
const session = browser.storage?.session;
const tabPosts = new TabPosts(
  session && {
    load: async () => (await session.get(SESSION_KEY))[SESSION_KEY] as Record<string, string[]>,
    save: (value) => session.set({ [SESSION_KEY]: value }),
  },
);
browser.tabs.onRemoved.addListener((tabId) => tabPosts.forget(tabId));
// A page loading in the tab (another address, or a reload) shows none of the old posts.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) tabPosts.forget(tabId);
});

const broadcast = createBroadcast(
  {
    sendToPages: (message) => browser.runtime.sendMessage(message),
    siteTabs: async () => {
      const { origins = [] } = await browser.permissions.getAll();
      const tabs = await browser.tabs.query({
        url: [...new Set([...SUPPORTED_SITES, ...origins])],
      });
      return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  },
  tabPosts,
);

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
  seenInTab: (tabId, keys) => tabPosts.report(tabId, keys),
  testRules,
  learner: new CategoryLearner(db),
  alarms: browser.alarms,
  syncServerChanged: updateGrantedSites,
  canReach: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  // Authors' public bios: Bluesky's API (a declared host) and the Mastodon instance in use.
  fetch: (input, init) => fetch(input, init),
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

// The first-run guide, once, on install (registered at start-up, as the event requires).
browser.runtime.onInstalled.addListener((details) => {
  openGuideOnInstall(details, {
    getURL: (path) => browser.runtime.getURL(path),
    openTab: (url) => browser.tabs.create({ url }),
    store: browser.storage.local,
  }).catch((e: unknown) => console.warn('HCP Lens: opening the first-run guide', e));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(message, sender));
