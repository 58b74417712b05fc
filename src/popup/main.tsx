import { render } from 'preact';
import browser from 'webextension-polyfill';
import { adapterFor } from '../platforms/registry';
import '../ui/base.css';
import './popup.css';
import { Popup, type SiteControls } from './Popup';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

async function currentSite(): Promise<SiteControls | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  let url: URL;
  try {
    url = new URL(tab?.url ?? '');
  } catch {
    return undefined;
  }
  const adapter = adapterFor(url);
  if (!adapter) return undefined;
  // Mastodon's adapter accepts any address; it counts only on instances the user has granted.
  if (
    adapter.id === 'mastodon' &&
    !(await browser.permissions.contains({ origins: [`${url.origin}/*`] }))
  ) {
    return undefined;
  }
  const apis = globalThis as unknown as { chrome?: PanelApis; browser?: PanelApis };
  const open = async () => {
    // Firefox opens its sidebar; Chrome its side panel for this window.
    if (apis.browser?.sidebarAction) await apis.browser.sidebarAction.open();
    else if (apis.chrome?.sidePanel && tab?.windowId !== undefined)
      await apis.chrome.sidePanel.open({ windowId: tab.windowId });
    window.close();
  };
  return { platform: adapter.id, openPanel: open };
}

void currentSite().then((site) =>
  render(<Popup runtime={browser.runtime} site={site} />, document.getElementById('app')!),
);
