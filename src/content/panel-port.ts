import browser from 'webextension-polyfill';
import type { PostSnapshot } from '../platforms/types';
import { clamp } from './bridge';
import type { PostWatcher } from './watcher';

/** The name of the port the side panel opens to the tab it shows. */
export const PANEL_PORT = 'hcp-lens-panel';

export interface InViewMessage {
  type: 'in-view';
  posts: PostSnapshot[];
}

/**
 * Tells a side panel which posts are near the viewport, as they change. The port only carries
 * what the page shows; every decision still goes through the background.
 */
export function servePanel(watcher: PostWatcher): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    const stop = watcher.onInView((posts) => {
      const message: InViewMessage = { type: 'in-view', posts: posts.map(clamp) };
      port.postMessage(message);
    });
    port.onDisconnect.addListener(stop);
  });
}
