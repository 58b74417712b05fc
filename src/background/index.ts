import browser from 'webextension-polyfill';
import { classify } from '../classify';
import { LensDb } from '../db';
import type { Broadcast } from '../messages';
import { createHandlers } from './handlers';
import { createRouter, type Sender } from './router';
import { SUPPORTED_SITES } from '../platforms/sites';

const db = new LensDb();

function broadcast(message: Broadcast): void {
  // Extension pages (popup, dashboard) listen on the runtime; content scripts on their tab.
  browser.runtime.sendMessage(message).catch(() => undefined);
  void browser.tabs.query({ url: SUPPORTED_SITES }).then((tabs) => {
    for (const tab of tabs) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    }
  });
}

const route = createRouter(createHandlers({ db, now: () => new Date(), classify, broadcast }), {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => route(message, sender));
