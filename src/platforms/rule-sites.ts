/**
 * The networks described by site rules, which a user may correct from the dashboard. LinkedIn is
 * not among them: its two markups need code (see linkedin.ts). Zod-free: the content script builds
 * its adapter from here.
 */
import { BLUESKY_HOOKS, BLUESKY_RULES } from './bluesky';
import { DOXIMITY_RULES } from './doximity';
import { MASTODON_HOOKS, MASTODON_RULES } from './mastodon';
import {
  applyOverride,
  rulesAdapter,
  type RulesHooks,
  type SiteRules,
  type SiteRulesOverride,
} from './rules';
import type { PlatformAdapter, PlatformId } from './types';
import { X_HOOKS, X_RULES } from './x';

export const RULE_PLATFORMS = ['x', 'bluesky', 'mastodon', 'doximity'] as const;
export type RulePlatform = (typeof RULE_PLATFORMS)[number];

export const RULE_SITES: Record<RulePlatform, { rules: SiteRules; hooks: RulesHooks }> = {
  x: { rules: X_RULES, hooks: X_HOOKS },
  bluesky: { rules: BLUESKY_RULES, hooks: BLUESKY_HOOKS },
  mastodon: { rules: MASTODON_RULES, hooks: MASTODON_HOOKS },
  // Purely declarative on purpose: every Doximity rule can be corrected without code.
  doximity: { rules: DOXIMITY_RULES, hooks: {} },
};

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
