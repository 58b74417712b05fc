import browser from 'webextension-polyfill';
import { PANEL_PORT, type InViewMessage } from '../content/panel-port';
import type { PostSnapshot } from '../platforms/types';

export type Connect = (onPosts: (posts: PostSnapshot[] | null) => void) => () => void;

/**
 * Follows the tab the panel belongs to (`?tab=<id>`, else the active tab of this window) and
 * streams the posts near its viewport. `null` means the tab shows no supported site.
 */
export const connectToTab: Connect = (onPosts) => {
  const fixed = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  let port: browser.Runtime.Port | undefined;
  let stopped = false;

  const attach = async () => {
    port?.disconnect();
    port = undefined;
    const tabId = fixed ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (stopped || tabId === undefined) return;
    try {
      port = browser.tabs.connect(tabId, { name: PANEL_PORT });
      port.onMessage.addListener((m: unknown) => {
        const message = m as InViewMessage;
        if (message?.type === 'in-view' && Array.isArray(message.posts)) onPosts(message.posts);
      });
      port.onDisconnect.addListener(() => onPosts(null));
    } catch {
      onPosts(null);
    }
  };

  const onActivated = () => void attach();
  const onUpdated = (id: number, info: { status?: string }) => {
    if (info.status === 'complete') void attach();
  };
  if (!fixed) {
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
  }
  void attach();
  return () => {
    stopped = true;
    port?.disconnect();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
};
