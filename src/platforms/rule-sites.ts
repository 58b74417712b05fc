/**
 * The networks described by site rules, which a user may correct from the dashboard: those whose
 * entry in the registry lists rules. Zod-free: the content script builds its adapter from here.
 */
import { PLATFORM_IDS, type PlatformId } from './networks';
import { SITE_ADAPTERS } from './registry';
import { applyOverride, rulesAdapter, type SiteRulesOverride } from './rules';
import type { PlatformAdapter } from './types';

type Entries = typeof SITE_ADAPTERS;
export type RulePlatform = {
  [K in PlatformId]: Entries[K] extends { rules: object } ? K : never;
}[PlatformId];

export const RULE_SITES = Object.fromEntries(
  Object.entries(SITE_ADAPTERS).flatMap(([id, entry]) =>
    'rules' in entry ? [[id, entry.rules]] : [],
  ),
) as { [K in RulePlatform]: Entries[K]['rules'] };

export const RULE_PLATFORMS = PLATFORM_IDS.filter((id) => id in RULE_SITES) as [
  RulePlatform,
  ...RulePlatform[],
];

export function isRulePlatform(id: string): id is RulePlatform {
  return (RULE_PLATFORMS as readonly string[]).includes(id);
}

/**
 * The adapter for `id` with the user's override on top, keeping the built-in hooks; null for a
 * platform that has no rules (LinkedIn). The override must already be validated.
 */
export function adapterWithOverride(
  id: PlatformId,
  override: SiteRulesOverride,
): PlatformAdapter | null {
  if (!isRulePlatform(id)) return null;
  const site = RULE_SITES[id];
  return rulesAdapter(id, applyOverride(site.rules, override), site.hooks);
}
