import { NETWORKS } from './networks.ts';

/**
 * Pages the content script runs on, from the catalogue. Host access is requested for these and
 * nothing else. Mastodon has none: it runs on any host, so access is granted per instance.
 */
export const SUPPORTED_SITES: string[] = NETWORKS.flatMap((n) => [...n.sites]);

/**
 * APIs the background asks for authors' public bios (background/bio-sources.ts): declared host
 * access, but no site the content script runs on.
 */
export const PROFILE_APIS = ['https://public.api.bsky.app/*'];

/** The content script as built; also registered at run time on Mastodon instances the user grants. */
export const CONTENT_SCRIPT_FILE = 'src/content/index.js';

/**
 * The Mastodon instances among the origins the browser granted: https, not a built-in site nor a
 * profile API, and not granted for another reason (`notSites`: the team sync server).
 */
export function grantedInstances(
  origins: readonly string[],
  notSites: readonly string[],
): string[] {
  return origins.filter(
    (o) =>
      o.startsWith('https://') &&
      !SUPPORTED_SITES.includes(o) &&
      !PROFILE_APIS.includes(o) &&
      !notSites.includes(o),
  );
}
