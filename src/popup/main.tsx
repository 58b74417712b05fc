import { render } from 'preact';
import browser from 'webextension-polyfill';
import { adapterFor } from '../platforms/registry';
import { networkOf } from '../platforms/networks';
import {
  PAGE_SNAPSHOT_REQUEST,
  SNAPSHOT_FORMAT,
  type PageSnapshot,
} from '../platforms/page-snapshot';
import { CONTENT_SCRIPT_FILE } from '../platforms/sites';
import '../ui/base.css';
import { downloadText } from '../ui/download';
import './popup.css';
import { Popup, type SiteControls } from './Popup';
import { formatNumber, t, uiLanguage } from '../shared/i18n';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

async function currentSite(): Promise<SiteControls | undefined> {
  // `?tab=<id>` shows the popup for a given tab (the popup opened as a page, as tests do).
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = fixed
    ? [await browser.tabs.get(fixed)]
    : await browser.tabs.query({ active: true, currentWindow: true });
  let url: URL;
  try {
    url = new URL(tab?.url ?? '');
  } catch {
    return undefined;
  }
  const adapter = adapterFor(url);
  if (!adapter) return undefined;
  // A network on any host (Mastodon) runs only on the instances the user has granted.
  const origins = [`${url.origin}/*`];
  if (networkOf(adapter.id).anyHost && !(await browser.permissions.contains({ origins }))) {
    const grant = async () => {
      // Asked first, within the click: browsers only show the prompt for a user gesture.
      const granted = await browser.permissions.request({ origins });
      if (!granted || tab?.id === undefined) return false;
      await browser.scripting.executeScript({
        target: { tabId: tab.id },
        files: [CONTENT_SCRIPT_FILE],
      });
      return true;
    };
    return { platform: adapter.id, host: url.host, grant };
  }
  const apis = globalThis as unknown as { chrome?: PanelApis; browser?: PanelApis };
  const open = async () => {
    // Firefox opens its sidebar; Chrome its side panel for this window.
    if (apis.browser?.sidebarAction) await apis.browser.sidebarAction.open();
    else if (apis.chrome?.sidePanel && tab?.windowId !== undefined)
      await apis.chrome.sidePanel.open({ windowId: tab.windowId });
    window.close();
  };
  const tabId = tab?.id;
  const reportPage =
    tabId === undefined ? undefined : () => savePageSnapshot(tabId, adapter.id, url.host);
  return { platform: adapter.id, host: url.host, openPanel: open, reportPage };
}

/**
 * Asks the tab for its structural snapshot and saves it as a file. The tab's answer is checked
 * for its format only: the file is the tab's own reading of its page, and holds no page text.
 */
async function savePageSnapshot(tabId: number, platform: string, host: string): Promise<string> {
  const reply = (await browser.tabs.sendMessage(tabId, { type: PAGE_SNAPSHOT_REQUEST })) as
    Partial<PageSnapshot> | undefined;
  if (reply?.format !== SNAPSHOT_FORMAT) throw new Error(t('popup_reloadTab'));
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const filename = `hcp-lens-snapshot-${platform}-${host}-${stamp}.json`;
  downloadText(filename, JSON.stringify(reply), 'application/json');
  const found = reply.postsFound ?? 0;
  return t('popup_snapshotSaved', [filename, formatNumber(found)]);
}

document.documentElement.lang = uiLanguage();

void currentSite().then((site) =>
  render(<Popup runtime={browser.runtime} site={site} />, document.getElementById('app')!),
);
