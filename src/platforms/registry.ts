/**
 * Each network's adapter, by the id the catalogue (`networks.ts`) gives it: the compiler requires
 * one for every network there. A network described by site rules lists them too, so the user can
 * correct them from the dashboard (LinkedIn's two markups need code, so it has none).
 */
import { BLUESKY_HOOKS, BLUESKY_RULES, bluesky } from './bluesky';
import { DOXIMITY_RULES, doximity } from './doximity';
import { linkedin } from './linkedin';
import { MASTODON_HOOKS, MASTODON_RULES, mastodon } from './mastodon';
import { NETWORKS, type PlatformId } from './networks';
import type { RulesHooks, SiteRules } from './rules';
import type { PlatformAdapter } from './types';
import { X_HOOKS, X_RULES, x } from './x';

export interface SiteEntry {
  adapter: PlatformAdapter;
  /** Built-in site rules and the hooks an override of them keeps. */
  rules?: { rules: SiteRules; hooks: RulesHooks };
}

export const SITE_ADAPTERS = {
  linkedin: { adapter: linkedin },
  x: { adapter: x, rules: { rules: X_RULES, hooks: X_HOOKS } },
  bluesky: { adapter: bluesky, rules: { rules: BLUESKY_RULES, hooks: BLUESKY_HOOKS } },
  // Purely declarative on purpose: every Doximity rule can be corrected without code.
  doximity: { adapter: doximity, rules: { rules: DOXIMITY_RULES, hooks: {} } },
  mastodon: { adapter: mastodon, rules: { rules: MASTODON_RULES, hooks: MASTODON_HOOKS } },
} as const satisfies Record<PlatformId, SiteEntry>;

/**
 * Every adapter, tried in the catalogue's order; a network on any host (Mastodon: self-hosted on
 * thousands of domains, it finds posts only where the page has its markup) comes last.
 */
export const ADAPTERS: PlatformAdapter[] = [
  ...NETWORKS.filter((n) => !('anyHost' in n)),
  ...NETWORKS.filter((n) => 'anyHost' in n),
].map((n) => SITE_ADAPTERS[n.id].adapter);

/** The adapter for pages at this address, or undefined when no network handles it. */
export function adapterFor(url: URL): PlatformAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
