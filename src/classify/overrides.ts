import type { Signal, Verdict } from './types';

/**
 * The user's own word on an author outranks the rules and the target lists: marked HCP or not,
 * every post by that author follows, and the verdict says why.
 */
export function applyAuthorMark(verdict: Verdict, isHcp: boolean | undefined): Verdict {
  if (isHcp === undefined) return verdict;
  const signal: Signal = {
    kind: isHcp ? 'hcp' : 'not-hcp',
    label: isHcp ? 'You marked this author as an HCP' : 'You marked this author as not an HCP',
    weight: 10,
    reason: { code: isHcp ? 'markedHcp' : 'markedNotHcp' },
  };
  const others = verdict.signals.filter((s) => s.kind !== 'hcp' && s.kind !== 'not-hcp');
  return { ...verdict, isHcp, hcpConfidence: 1, authorMarked: isHcp, signals: [signal, ...others] };
}
