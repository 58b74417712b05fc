import { bluesky } from './bluesky';
import { doximity } from './doximity';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import type { PlatformAdapter } from './types';
import { x } from './x';

/**
 * Every network's adapter, tried in order. Mastodon matches any https page (it is self-hosted on
 * thousands of domains and finds posts only where the page has its markup), so it comes last.
 */
export const ADAPTERS: PlatformAdapter[] = [linkedin, x, bluesky, doximity, mastodon];

/** The adapter for pages at this address, or undefined when no network handles it. */
export function adapterFor(url: URL): PlatformAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
