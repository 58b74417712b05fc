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
 * - Adverse event: the model may add one the rules missed (a brand, a patient or an effect in words
 *   the lists lack) in a post that neither negates nor hedges, never take one away.
 *
 * The thresholds were chosen by leave-one-writer-out cross-validation (`scripts/eval/by-source.ts`):
 * each of the files by writers the rules were never fitted to (those written for training from
 * 2026-12-08 on, and the three evaluation sets of 2026-12-07 retired to training that day) judged
 * by a model trained on all the others; no holdout was read. On the first eight files (1,930
 * posts), with the rules alone, category top-1 was 0.511 and AE recall 0.659 at precision 0.834;
 * with the model voting from a rules' lead below 0.8 at a 0.3 share for the rules, top-1 0.618
 * (0.596–0.640; 0.6 and 1.01 for the lead, 0.2 to 0.5 for the share, all within 0.015), and with
 * `aeModel` 0.15 on posts where the rules found a part of a case and that neither negate nor
 * hedge, AE recall 0.773 (0.734–0.807) at precision 0.767: recall matters more than precision for
 * a pharmacovigilance user. 0.1 gave 0.783 at 0.739, too near the 0.70 floor; letting the model
 * read posts with no part of a case found cost 5 µs a post for less precision (0.775 at 0.745 with
 * 0.2). With the medicine names other languages spell their own way and all twelve files (2,970
 * posts): top-1 0.602 (0.584–0.619); AE recall 0.790 at precision 0.759 with `aeModel` 0.15,
 * 0.782 at 0.771 with 0.2. With who speaks as a category feature, more product names and
 * fourteen files (3,490 posts): top-1 0.640 (0.624–0.656), and `aeModel` 0.2 where the rules found
 * an effect, `aeModelNoEvent` 0.3 where they found none: AE recall 0.788 (0.757–0.815) at
 * precision 0.776, against 0.805 at 0.762 with 0.2 for both. The higher bar where no effect is
 * named keeps good news from being flagged (a patient's A1c falling on metformin read 0.26): a
 * flag on good news teaches users to ignore flags.
 * `bareHcp` stays at 0.9: 0.8 called 4.4% of non-HCPs HCP there against 3.8%, and 0.95 found
 * fewer HCPs (F1 0.918 against 0.920).
 */
import { argmax } from '../category';
import { HYPOTHETICAL, NEGATORS } from '../lexicon-ae-events';
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
  /** Probability the model needs to flag an adverse event the rules did not find (1: never). */
  aeModel: number;
  /** The same, in a post where the rules found no effect at all (a good result reads alike). */
  aeModelNoEvent: number;
  /**
   * Which posts the model may flag: those where the rules found any part of a case (a medicine, an
   * effect or a patient), or only those where they found a medicine and one more part.
   */
  aeNeedsProduct: boolean;
}

export const DEFAULT_OPTIONS: DecideOptions = {
  bareHcp: 0.9,
  sureCategory: 0.8,
  rulesShare: 0.3,
  aeModel: 0.2,
  aeModelNoEvent: 0.3,
  aeNeedsProduct: false,
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

/** A negator or hedge, and the Russian "не" the rules' lists leave to their own phrase reach. */
const hedges = (w: string): boolean => NEGATORS.has(w) || HYPOTHETICAL.has(w) || w === 'не';

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
  // The model may add an adverse event the rules missed, never take one away: recall matters most.
  // Not in a post that negates or hedges anywhere ("no nausea at all", "can cause"): the rules
  // read those word by word, the model does not.
  const needAe =
    !rules.ae &&
    opts.aeModel < 1 &&
    (opts.aeNeedsProduct
      ? state.aeParts.includes('product') && state.aeParts.length > 1
      : state.aeParts.length > 0) &&
    !state.words.some(hedges);
  // Most posts need no vote at all: the model costs nothing on them.
  if (!needHcp && !needCategory && !needAe) return rules;
  const needWho = needHcp || needAe;
  const out = predictModel(
    model,
    modelFeatures(input, rules, state, needWho),
    needWho,
    needCategory,
  );
  const signals: Signal[] = [...rules.signals];

  let { isHcp, hcpConfidence, trainee, industry, ae } = rules;
  const aeBar = state.aeParts.includes('event') ? opts.aeModel : opts.aeModelNoEvent;
  if (needAe && out.ae >= aeBar) {
    ae = true;
    signals.push({
      kind: 'ae',
      label: `Reads like a report of a side effect or medicine problem in a specific person (learnt from labelled posts, ${pct(out.ae)})`,
      weight: 0,
    });
  }
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

  return {
    ...rules,
    isHcp,
    hcpConfidence,
    trainee,
    industry,
    ae,
    category,
    categoryScores,
    signals,
  };
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
