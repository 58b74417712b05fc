import type { Signal, Verdict } from '../classify/types';
import { SPECIALTIES } from '../classify/lexicon-specialty';
import type { TargetMatch } from './types';

/** The taxonomy's closed list of specialty slugs (`../shared/taxonomy.md` §1). */
const SLUGS = new Set(SPECIALTIES.map((s) => s.slug));

/** A list's specialty as a taxonomy slug ("Cardiology", "physical therapy"), or '' if none. */
export function specialtySlug(text: string): string {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[\s_/&]+/g, '-')
    .replace(/-+/g, '-');
  return SLUGS.has(slug) ? slug : '';
}

/**
 * The user's own list outranks the classifier: a listed author is an HCP, surely, with the
 * list's specialty when it names a taxonomy slug. The classifier's signals stay, after the
 * list's, so the badge still explains what the page itself showed.
 */
export function applyTarget(verdict: Verdict, match: TargetMatch | undefined): Verdict {
  if (!match) return verdict;
  const details = [match.tier && `tier ${match.tier}`, match.by === 'name' && 'matched by name']
    .filter(Boolean)
    .join(', ');
  const signal: Signal = {
    kind: 'hcp',
    label: `On your target list "${match.listName}"${details ? ` (${details})` : ''}`,
    weight: 10,
    reason: match.tier
      ? {
          code: match.by === 'name' ? 'targetListTierByName' : 'targetListTier',
          params: [match.listName, match.tier],
        }
      : { code: match.by === 'name' ? 'targetListByName' : 'targetList', params: [match.listName] },
  };
  return {
    ...verdict,
    isHcp: true,
    hcpConfidence: 1,
    signals: [signal, ...verdict.signals],
    specialty: specialtySlug(match.specialty) || verdict.specialty,
    target: { listName: match.listName, tier: match.tier },
  };
}
