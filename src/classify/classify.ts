/**
 * The rule classifier: pure, synchronous, no DOM or browser APIs, so the content script, the dashboard
 * and the `classify` / `eval` commands share it. Lexicons are compiled at module load; a post is
 * folded and tokenised once, then every step looks its words up in Maps.
 */
import type { ClassifyInput, Verdict } from './types';
import { assessHcp } from './hcp';
import { pickSpecialty } from './specialty';
import { detectAe, type Capitals } from './ae';
import { scoreCategories } from './category';
import { fold } from './text';
import { tokenize } from './tokens';
import type { RuleState } from './model/features';
import { decide } from './model/decide';

/** Capitalised words (brand-name candidates), folded like the post's words. */
const CAPITAL = /[A-Z][a-z]{3,}/g;
/** Profiles that make a medication story public-facing: advocates share it, laypeople just live it. */
const HEALTH_ROLE =
  /advoca|warrior|thriver|survivor|caregiver|patient|speaker|coach|journalist|reporter|writer|author|marketing|pharma|founder/u;

/** Capitalised words of the post, found only if the product step asks (most posts never do). */
class CapitalWords implements Capitals {
  private words: Set<string> | undefined;
  constructor(private readonly text: string) {}
  has(word: string): boolean {
    if (this.words === undefined) {
      this.words = new Set();
      for (const m of this.text.match(CAPITAL) ?? []) this.words.add(m.toLowerCase());
    }
    return this.words.has(word);
  }
}

/** The full classifier: the rules, with the built-in model deciding where they are unsure. */
export function classify(input: ClassifyInput): Verdict {
  const { verdict, state } = classifyRules(input);
  return decide(input, verdict, state);
}

/** The rules alone, and what they found beyond the verdict (the built-in model's features). */
export function classifyRules(input: ClassifyInput): { verdict: Verdict; state: RuleState } {
  const text = input.text ?? '';
  const words = tokenize(fold(text));
  const hcp = assessHcp(input, words);
  const signals = [...hcp.signals];

  let specialty = '';
  if (hcp.isHcp) {
    const picked = pickSpecialty(hcp.profileFolded, hcp.specialtyHits, hcp.profession);
    specialty = picked.slug;
    if (picked.signal) signals.push(picked.signal);
    if (!specialty && hcp.titleSlug) {
      specialty = hcp.titleSlug;
      signals.push({
        kind: 'specialty',
        label: `Specialty from job title (${specialty})`,
        weight: 0,
        reason: { code: 'specialtyFromJobTitle', params: [specialty] },
      });
    }
  }

  const ae = detectAe(words, new CapitalWords(text), text);
  signals.push(...ae.signals);

  let questions = 0;
  for (const w of words) if (w === '?') questions++;
  const layPersonal =
    !hcp.isHcp &&
    ae.product !== undefined &&
    ae.patient !== undefined &&
    !HEALTH_ROLE.test(hcp.profileFolded);
  const { category, scores } = scoreCategories(words, {
    isHcp: hcp.isHcp,
    ae: ae.ae,
    product: ae.product !== undefined,
    questions,
    layPersonal,
  });

  const verdict: Verdict = {
    isHcp: hcp.isHcp,
    hcpConfidence: Math.round(hcp.confidence * 1000) / 1000,
    signals,
    specialty,
    trainee: hcp.trainee,
    industry: hcp.industry,
    category,
    categoryScores: scores,
    ae: ae.ae,
  };
  const state: RuleState = {
    hcpScore: hcp.score,
    words,
    profileWords: hcp.profileWords,
    profileRole: hcp.profileRole,
    statedRole: hcp.statedRole,
    aeParts: [
      ...(ae.product !== undefined ? (['product'] as const) : []),
      ...(ae.effect !== undefined ? (['event'] as const) : []),
      ...(ae.patient !== undefined ? (['patient'] as const) : []),
    ],
  };
  return { verdict, state };
}
