/**
 * Where the rules are unsure, the built-in model decides. The rules keep their reasons (the user
 * reads them on the badge); when the model changes a verdict, a signal says so in plain words.
 *
 * - HCP: with a bio the rules decide (cross-validated, the model's extra "yes" cost more false
 *   HCPs than it found). Without one (X, Bluesky and Mastodon timelines show none), an author the
 *   rules leave below the threshold, with no non-clinical evidence, is an HCP when the model is
 *   at least `bareHcp` sure from the name and the post.
 * - Trainee and industry: the rules' "yes" stands (their cues are precise); the model may add a
 *   "yes" the rules missed, for an author judged an HCP.
 * - Category: the rules' distribution stands when its lead is at least `sureCategory`; otherwise
 *   the rules' and the model's distributions are averaged (a product made both overconfident).
 */
import { argmax } from '../category';
import { CATEGORIES, type Category, type ClassifyInput, type Signal, type Verdict } from '../types';
import { modelFeatures, type RuleState } from './features';
import { loadWeights, predictModel, type BuiltinModel, type SerializedWeights } from './model';
import shipped from './weights.json';

export interface DecideOptions {
  /** Probability the model needs to call an author without a bio an HCP. */
  bareHcp: number;
  sureCategory: number;
  /** Weight of the rules' category distribution in the mix with the model's (the model has the rest). */
  rulesShare: number;
}

export const DEFAULT_OPTIONS: DecideOptions = {
  bareHcp: 0.9,
  sureCategory: 0.5,
  rulesShare: 0.5,
};

let builtin: BuiltinModel | undefined;
/** The shipped model, decoded on first use (not at load: the content script never classifies). */
export function builtinModel(): BuiltinModel {
  builtin ??= loadWeights(shipped as SerializedWeights);
  return builtin;
}

/**
 * A hospital or clinic in the profile: the rules have already judged a "medical director" there to
 * be a clinician, not industry, and the model (which reads "medical director" as pharma) must not
 * overturn that.
 */
const CARE_SETTING =
  /^(?:hospital|clinic|klinik|clinique|hopital|ospedale|hospitais|ziekenhuis|nhs|kliniek|szpital|hastanesi)/;
const isCareSetting = (w: string): boolean => CARE_SETTING.test(w);

const pct = (p: number): string => `${Math.round(p * 100)}%`;

function lead(scores: Record<Category, number>): number {
  let first = 0;
  let second = 0;
  for (const c of CATEGORIES) {
    const s = scores[c];
    if (s > first) [first, second] = [s, first];
    else if (s > second) second = s;
  }
  return first - second;
}

export function decideWith(
  model: BuiltinModel,
  input: ClassifyInput,
  rules: Verdict,
  state: RuleState,
  opts: DecideOptions = DEFAULT_OPTIONS,
  userCategory = false,
): Verdict {
  const out = predictModel(model, modelFeatures(input, rules, state));
  const signals: Signal[] = [...rules.signals];

  let isHcp = rules.isHcp;
  let hcpConfidence = rules.hcpConfidence;
  const bare = input.authorHeadline.trim() === '';
  const against = rules.signals.some((s) => s.kind === 'not-hcp');
  if (bare && !isHcp && !against && out.hcp >= opts.bareHcp) {
    isHcp = true;
    hcpConfidence = Math.round(out.hcp * 1000) / 1000;
    signals.push({
      kind: 'hcp',
      label: `No bio shown; name and post read like a clinician's (learnt from labelled posts, ${pct(out.hcp)})`,
      weight: 0,
    });
  }

  let trainee = isHcp && rules.trainee;
  if (isHcp && !trainee && out.trainee >= 0.5) {
    trainee = true;
    signals.push({
      kind: 'trainee',
      label: `Reads like a trainee (learnt from labelled posts, ${pct(out.trainee)})`,
      weight: 0,
    });
  }
  let industry = isHcp && rules.industry;
  if (isHcp && !industry && out.industry >= 0.5 && !state.profileWords.some(isCareSetting)) {
    industry = true;
    signals.push({
      kind: 'industry',
      label: `Reads like industry (learnt from labelled posts, ${pct(out.industry)})`,
      weight: 0,
    });
  }

  let categoryScores = rules.categoryScores;
  let category = rules.category;
  if (!userCategory && lead(rules.categoryScores) < opts.sureCategory) {
    const mixed = {} as Record<Category, number>;
    for (const c of CATEGORIES)
      mixed[c] =
        opts.rulesShare * rules.categoryScores[c] + (1 - opts.rulesShare) * out.category[c];
    categoryScores = mixed;
    category = argmax(mixed);
    if (category !== rules.category)
      signals.push({
        kind: 'category',
        label: `Category worded like other ${category} posts (learnt from labelled posts)`,
        weight: 0,
      });
  }

  return { ...rules, isHcp, hcpConfidence, trainee, industry, category, categoryScores, signals };
}

/** `userCategory`: the user's own model chose the category (`classifyWith`): it stands. */
export function decide(
  input: ClassifyInput,
  rules: Verdict,
  state: RuleState,
  userCategory = false,
): Verdict {
  return decideWith(builtinModel(), input, rules, state, DEFAULT_OPTIONS, userCategory);
}
