import type { ClassifyInput, Signal, Verdict } from '../classify/types';

export const REMEMBERED_LABEL = 'Bio remembered from an earlier page';

/** Kinds of evidence that can come from an author's headline. */
const AUTHOR_KINDS = new Set<Signal['kind']>([
  'hcp',
  'not-hcp',
  'trainee',
  'industry',
  'specialty',
]);

/**
 * Classifies a post whose page shows no headline with the one remembered for its author (a
 * profile page, a hover card seen earlier). When that bio changed the verdict's author evidence,
 * the verdict says so, so the user knows why a bare post got an HCP badge. It is classified a
 * second time without the bio to tell: the classifier is pure and fast, and this only happens
 * for posts that lack a headline and have a remembered one.
 */
export function classifyWithMemory(
  classify: (input: ClassifyInput) => Verdict,
  input: ClassifyInput,
  remembered: string | undefined,
): Verdict {
  if (input.authorHeadline.trim() || !remembered) return classify(input);
  const withBio = classify({ ...input, authorHeadline: remembered });
  if (!contributed(withBio, classify(input))) return withBio;
  // Weight 0: it explains the verdict, it is not more evidence. Listed with the verdict's reasons.
  const signal: Signal = {
    kind: withBio.isHcp ? 'hcp' : 'not-hcp',
    label: REMEMBERED_LABEL,
    weight: 0,
  };
  return { ...withBio, signals: [...withBio.signals, signal] };
}

function contributed(withBio: Verdict, without: Verdict): boolean {
  if (withBio.isHcp !== without.isHcp || withBio.specialty !== without.specialty) return true;
  const about = (v: Verdict) =>
    v.signals
      .filter((s) => AUTHOR_KINDS.has(s.kind))
      .map((s) => `${s.kind}|${s.label}|${s.weight}`)
      .sort()
      .join('\n');
  return about(withBio) !== about(without);
}
