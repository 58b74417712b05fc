/**
 * Where the rules are unsure, the built-in model decides. The rules keep their reasons (the user
 * reads them on the badge); when the model changes a verdict, a signal says so in plain words.
 *
 * - HCP: with a bio the rules decide (cross-validated, the model's extra "yes" cost more false
 *   HCPs than it found). Without one (X, Bluesky and Mastodon timelines show none), an author the
 *   rules leave below the threshold, with no non-clinical evidence, is an HCP when the model is
 *   at least `bareHcp` sure from the name and the post.
 * - Trainee and industry: the rules decide, except for an author the model alone judged an HCP
 *   (no bio), where the model's own trainee and industry outputs are all there is.
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
  sureCategory: 0.6,
  rulesShare: 0.4,
};

let builtin: BuiltinModel | undefined;
/** The shipped model, decoded on first use (not at load: the content script never classifies). */
export function builtinModel(): BuiltinModel {
  builtin ??= loadWeights(shipped as SerializedWeights);
  return builtin;
}

/**
 * A hospital or clinic named in the post: the model reads "medical director" as pharma, and must
 * not call a hospital's medical director industry.
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
  const bare = input.authorHeadline.trim() === '';
  const needHcp = bare && !rules.isHcp && !rules.signals.some((s) => s.kind === 'not-hcp');
  const needCategory = !userCategory && lead(rules.categoryScores) < opts.sureCategory;
  // Most posts need no vote at all: the model costs nothing on them.
  if (!needHcp && !needCategory) return rules;
  const out = predictModel(
    model,
    modelFeatures(input, rules, state, needHcp),
    needHcp,
    needCategory,
  );
  const signals: Signal[] = [...rules.signals];

  let { isHcp, hcpConfidence, trainee, industry } = rules;
  if (needHcp && out.hcp >= opts.bareHcp) {
    isHcp = true;
    hcpConfidence = Math.round(out.hcp * 1000) / 1000;
    signals.push({
      kind: 'hcp',
      label: `No bio shown; name and post read like a clinician's (learnt from labelled posts, ${pct(out.hcp)})`,
      weight: 0,
      reason: { code: 'modelHcp', params: [String(out.hcp)] },
    });
    // With a bio the rules' trainee and industry cues decide (the model added nothing there in
    // cross-validation); without one, the model is all there is.
    if (out.trainee >= 0.5) {
      trainee = true;
      signals.push({
        kind: 'trainee',
        label: `Reads like a trainee (learnt from labelled posts, ${pct(out.trainee)})`,
        weight: 0,
        reason: { code: 'modelTrainee', params: [String(out.trainee)] },
      });
    }
    if (out.industry >= 0.5 && !state.words.some(isCareSetting)) {
      industry = true;
      signals.push({
        kind: 'industry',
        label: `Reads like industry (learnt from labelled posts, ${pct(out.industry)})`,
        weight: 0,
        reason: { code: 'modelIndustry', params: [String(out.industry)] },
      });
    }
  }

  let categoryScores = rules.categoryScores;
  let category = rules.category;
  if (needCategory) {
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
        reason: { code: 'modelCategory', params: [category] },
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
