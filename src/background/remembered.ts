import type { ClassifyInput, Signal, SignalReason, Verdict } from '../classify/types';

export const REMEMBERED_LABEL = 'Bio remembered from an earlier page';

/** The bio a post's author is judged with when the page shows none, and where it came from. */
export interface KnownBio {
  bio: string;
  /** The verdict's reason when the bio decided: `REMEMBERED_LABEL`, `fetchedLabel(…)`. */
  label: string;
  /** The same reason in no language, for the bar to word. */
  reason?: SignalReason;
}

/** Why a verdict used a bio fetched from the author's public profile (`source`: its host). */
export function fetchedLabel(source: { platform: string; source: string }): string {
  return source.platform === 'bluesky'
    ? "Bio fetched from Bluesky's public profile"
    : `Bio fetched from the public profile on ${source.source}`;
}

/** `fetchedLabel` as data. */
export function fetchedReason(source: { platform: string; source: string }): SignalReason {
  return source.platform === 'bluesky'
    ? { code: 'bioFetchedBluesky' }
    : { code: 'bioFetched', params: [source.source] };
}

/** Kinds of evidence that can come from an author's headline. */
const AUTHOR_KINDS = new Set<Signal['kind']>([
  'hcp',
  'not-hcp',
  'trainee',
  'industry',
  'specialty',
]);

/**
 * Classifies a post whose page shows no headline with the one known for its author (remembered
 * from a profile page or hover card seen earlier, or fetched from the author's public profile).
 * When that bio changed the verdict's author evidence,
 * the verdict says so, so the user knows why a bare post got an HCP badge. It is classified a
 * second time without the bio to tell: the classifier is pure and fast, and this only happens
 * for posts that lack a headline and have a remembered one.
 */
export function classifyWithMemory(
  classify: (input: ClassifyInput) => Verdict,
  input: ClassifyInput,
  known: KnownBio | undefined,
): Verdict {
  if (input.authorHeadline.trim() || !known?.bio.trim()) return classify(input);
  const withBio = classify({ ...input, authorHeadline: known.bio });
  if (!contributed(withBio, classify(input))) return withBio;
  // Weight 0: it explains the verdict, it is not more evidence. Listed with the verdict's reasons.
  const signal: Signal = {
    kind: withBio.isHcp ? 'hcp' : 'not-hcp',
    label: known.label,
    weight: 0,
    ...(known.reason && { reason: known.reason }),
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
