import browser from 'webextension-polyfill';
import { CONTENT_SCRIPT_FILE, grantedInstances } from '../platforms/sites';
const SCRIPT_ID = 'hcp-lens-granted-sites';

/**
 * Mastodon runs on thousands of domains, so the extension asks for each instance at run time
 * (optional host permission) and registers its content script there. Called at start-up and
 * whenever the user grants or withdraws a site. `notSites`: origins granted for another reason
 * (the team sync server), where no post is read.
 */
export async function syncGrantedSites(
  notSites: () => Promise<string[]> = async () => [],
): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = grantedInstances(origins, await notSites());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return granted;
  }
  const script = {
    id: SCRIPT_ID,
    matches: granted,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}

export function watchGrantedSites(notSites?: () => Promise<string[]>): () => void {
  const sync = () => void syncGrantedSites(notSites).catch((e) => console.warn('HCP Lens:', e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup?.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  return sync;
}
