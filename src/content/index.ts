import browser from 'webextension-polyfill';
import { send, type RuntimeWithEvents } from '../messages/protocol';
import { adapterFor } from '../platforms/registry';
import { Bridge } from './bridge';
import { HealthProbe } from './health';
import { servePageReport } from './page-report';
import { servePanel } from './panel-port';
import { serveRulesTest, withRules, type AnsweringRuntime } from './rules-test';
import { PostWatcher } from './watcher';

async function main(): Promise<void> {
  const adapter = adapterFor(new URL(location.href));
  if (!adapter || !document.body) return;
  let watcher: PostWatcher | undefined = undefined;
  // The adapter in use: the built-in one, or one built with the user's rules for this site.
  let active = adapter;
  let appliedRules = 'null';
  const bridge = new Bridge(
    browser.runtime as unknown as RuntimeWithEvents,
    (view) => watcher?.applyView(view),
    (panelSites) => watcher?.setInsertOverlays(!panelSites.includes(adapter.id)),
    (overrides) => {
      // Only a change to this site's rules re-reads the page.
      const rules = overrides[adapter.id];
      if (JSON.stringify(rules ?? null) === appliedRules) return;
      appliedRules = JSON.stringify(rules ?? null);
      active = withRules(adapter, rules);
      watcher?.setAdapter(active);
    },
  );
  // Asked before the first scan, so side-panel mode never inserts even one element, and the
  // user's rules for this site (dashboard, "Site rules") are in force from the first read.
  const mode = await bridge.siteMode(adapter.id);
  appliedRules = JSON.stringify(mode.rules ?? null);
  active = withRules(adapter, mode.rules);
  watcher = new PostWatcher(active, bridge);
  watcher.setInsertOverlays(!mode.panelMode);
  watcher.start();
  servePanel(watcher);
  serveRulesTest(browser.runtime as unknown as AnsweringRuntime, adapter.id, document);
  servePageReport(browser.runtime as unknown as AnsweringRuntime, () => active, document);
  // Tells the popup when this page looks like a feed but the adapter finds no posts in it.
  const runtime = browser.runtime as unknown as RuntimeWithEvents;
  const health = new HealthProbe(
    adapter.id,
    () => active.findPosts(document).length,
    (report) => void send(runtime, report).catch(() => undefined),
  );
  health.start();
  watcher.onInViewCount((count) => health.seen(count));
}

void main();
