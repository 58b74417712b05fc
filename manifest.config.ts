import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { PROFILE_APIS, SUPPORTED_SITES } from './src/platforms/sites.ts';
import { SYNC_DATA_COLLECTION } from './src/shared/data-collection.ts';

export type BuildTarget = 'chrome' | 'firefox';

export function manifestFor(target: BuildTarget) {
  return defineManifest({
    manifest_version: 3,
    name: 'HCP Lens',
    short_name: 'HCP Lens',
    version: pkg.version,
    // The store description in the browser's language (src/locales/<lang>/common.json).
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: 'HCP Lens',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    options_ui: { page: 'src/dashboard/index.html', open_in_tab: true },
    ...(target === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'src/sidepanel/index.html',
            default_title: 'HCP Lens',
            default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
            open_at_install: false,
          },
        }
      : { side_panel: { default_path: 'src/sidepanel/index.html' } }),
    background:
      target === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    content_scripts: [
      {
        matches: SUPPORTED_SITES,
        js: ['src/content/index.ts'],
        run_at: 'document_idle',
      },
    ],
    // IndexedDB and messaging need no permission; the content scripts' matches grant page access.
    // sidePanel: the mode in which nothing is inserted into the page (Firefox: sidebar_action).
    // scripting: the content script is registered on Mastodon instances the user grants.
    // activeTab: the popup may read the address of the tab it was opened on, to offer that.
    // alarms: team sync's periodic run, which wakes the background when it sleeps.
    // storage: session storage remembers which tab shows which post while the worker sleeps, so a
    // post's change is sent only to the tabs showing it.
    permissions:
      target === 'firefox'
        ? ['scripting', 'activeTab', 'alarms', 'storage']
        : ['scripting', 'activeTab', 'sidePanel', 'alarms', 'storage'],
    // Bluesky's public API: the bios of authors whose posts show none (background/bio-fetcher.ts).
    host_permissions: [...SUPPORTED_SITES, ...PROFILE_APIS],
    // Mastodon instances live on any domain: each is asked for, one by one, when the user enables
    // it; so is the team sync server (http only for one on this computer).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    ...(target === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hcp-lens@hcplens.app',
              strict_min_version: '140.0',
              // Nothing leaves the browser unless the user connects team sync, which sends the
              // annotated posts (their text, address and author: website content) to the server
              // the user names, logging in with the user's name and password: both optional,
              // asked for when the user connects.
              data_collection_permissions: {
                required: ['none'],
                optional: [...SYNC_DATA_COLLECTION],
              },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  });
}
