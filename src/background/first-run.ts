// The first-run guide opens once, when HCP Lens is installed: not on an update, not when the
// browser (or the extension) restarts. It can be reopened from the popup and the dashboard.
import { z } from '../shared/zod';

export const ONBOARDING_PAGE = 'src/onboarding/index.html';
/** Set in the extension's local storage once the guide has opened by itself. */
export const GUIDE_SHOWN_KEY = 'firstRunGuideShown';

/** The slice of `runtime.onInstalled`'s details that decides (Chrome and Firefox alike). */
export interface InstalledDetails {
  reason: string;
  temporary?: boolean;
}

/** The slice of `storage.local` the guide needs, so tests can pass a fake. */
export interface LocalStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface FirstRunApis {
  /** The extension page's full address (`runtime.getURL`). */
  getURL(path: string): string;
  openTab(url: string): Promise<unknown>;
  store: LocalStore;
}

// Whatever else is stored under the key (an older or damaged value) counts as "not shown".
const shownSchema = z.boolean().catch(false);

/**
 * Opens the guide on a fresh install only; every other reason is a returning user. Chromium
 * reports an extension loaded from the command line (`--load-extension`) as installed again at
 * every start, so the guide also remembers that it was shown.
 */
export async function openGuideOnInstall(
  details: InstalledDetails,
  apis: FirstRunApis,
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  const stored = await apis.store.get(GUIDE_SHOWN_KEY).catch(() => ({}));
  if (shownSchema.parse((stored as Record<string, unknown>)[GUIDE_SHOWN_KEY])) return false;
  await apis.store.set({ [GUIDE_SHOWN_KEY]: true });
  await apis.openTab(apis.getURL(ONBOARDING_PAGE));
  return true;
}
