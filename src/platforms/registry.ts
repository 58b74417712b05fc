import { linkedin } from './linkedin';
import type { PlatformAdapter } from './types';

/** Every network's adapter. New networks (X, Bluesky, Mastodon, Doximity) are added here. */
export const ADAPTERS: PlatformAdapter[] = [linkedin];

/** The adapter for pages at this address, or undefined when no network handles it. */
export function adapterFor(url: URL): PlatformAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
