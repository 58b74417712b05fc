// The first-run guide opens once, when HCP Lens is installed: not on an update, not when the
// browser (or the extension) restarts. It can be reopened from the popup and the dashboard.
export const ONBOARDING_PAGE = 'src/onboarding/index.html';

/** The slice of `runtime.onInstalled`'s details that decides (Chrome and Firefox alike). */
export interface InstalledDetails {
  reason: string;
  temporary?: boolean;
}

export interface FirstRunApis {
  /** The extension page's full address (`runtime.getURL`). */
  getURL(path: string): string;
  openTab(url: string): Promise<unknown>;
}

/** Opens the guide on a fresh install only; every other reason is a returning user. */
export async function openGuideOnInstall(
  details: InstalledDetails,
  apis: FirstRunApis,
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await apis.openTab(apis.getURL(ONBOARDING_PAGE));
  return true;
}
