import browser from 'webextension-polyfill';
import { adapterFor } from '../platforms/registry';
import type { RuntimeWithEvents } from '../messages/protocol';
import { Bridge } from './bridge';
import { PostWatcher } from './watcher';

function main(): void {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter || !document.body) return;
  let watcher: PostWatcher | undefined = undefined;
  const bridge = new Bridge(browser.runtime as unknown as RuntimeWithEvents, (view) =>
    watcher?.applyView(view),
  );
  watcher = new PostWatcher(adapter, bridge);
  watcher.start();
}

main();
