import type { Broadcast } from '../messages';
import type { TabPosts } from './tab-posts';

/** The slices of the browser's APIs a broadcast needs, so tests can pass fakes. */
export interface BroadcastApis {
  /** Reaches the extension's own pages (popup, dashboard, side panel). */
  sendToPages(message: Broadcast): Promise<unknown>;
  /** The open tabs of supported and granted sites. */
  siteTabs(): Promise<number[]>;
  sendToTab(tabId: number, message: Broadcast): Promise<unknown>;
}

/**
 * Messages for the tabs wait this long, so a burst (a sync applying a hundred teammates' changes)
 * looks the tabs up once rather than once per message.
 */
export const TAB_GATHER_MS = 50;

/**
 * Tells the extension's pages and the tabs that something changed. A post's change carries its
 * text and note: it goes only to the tabs that reported that post (`TabPosts`); the extension's
 * pages get every change; settings and storage news go to every tab of a supported site.
 */
export function createBroadcast(apis: BroadcastApis, tabPosts: TabPosts) {
  let pending: Broadcast[] = [];

  async function sendToTabs(messages: Broadcast[]): Promise<void> {
    const general = messages.filter((m) => m.type !== 'annotation/changed');
    if (general.length) {
      for (const tab of await apis.siteTabs()) {
        for (const m of general) apis.sendToTab(tab, m).catch(() => undefined);
      }
    }
    for (const m of messages) {
      if (m.type !== 'annotation/changed') continue;
      for (const tab of await tabPosts.tabsFor(m.key)) {
        apis.sendToTab(tab, m).catch(() => undefined);
      }
    }
  }

  return function broadcast(message: Broadcast): void {
    apis.sendToPages(message).catch(() => undefined);
    pending.push(message);
    if (pending.length > 1) return;
    setTimeout(() => {
      const messages = pending;
      pending = [];
      sendToTabs(messages).catch(() => undefined);
    }, TAB_GATHER_MS);
  };
}
