import browser from 'webextension-polyfill';
import type { RuntimeWithEvents } from '../messages/protocol';
import { adapterFor } from '../platforms/registry';
import { Bridge } from './bridge';
import { servePanel } from './panel-port';
import { PostWatcher } from './watcher';

async function main(): Promise<void> {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter || !document.body) return;
  let watcher: PostWatcher | undefined = undefined;
  const bridge = new Bridge(
    browser.runtime as unknown as RuntimeWithEvents,
    (view) => watcher?.applyView(view),
    (panelSites) => watcher?.setInsertOverlays(!panelSites.includes(adapter.id)),
  );
  watcher = new PostWatcher(adapter, bridge);
  // Asked before the first scan, so side-panel mode never inserts even one element.
  watcher.setInsertOverlays(!(await bridge.panelMode(adapter.id)));
  watcher.start();
  servePanel(watcher);
}

void main();
