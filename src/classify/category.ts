/**
 * Which of the five C's (taxonomy §2). Each category sums weighted cue matches; `none` starts from a
 * base score and gets a large boost when the post has no health vocabulary at all, so off-topic and
 * empty posts land there. Scores are turned into a distribution with a softmax.
 */
import { CATEGORIES, type Category } from './types';
import { CUES, HEALTH_WORDS } from './lexicon-category';
import { wordRe } from './text';

/** Repeats of one tier beyond this add nothing: a long list post should not swamp the others. */
const TIER_CAP = 4;
const NONE_BASE = 1;
const NO_HEALTH_BOOST = 5;
const TEMPERATURE = 2;

interface Tier {
  weight: number;
  re: RegExp;
}

const TIERS: Record<Category, Tier[]> = Object.fromEntries(
  CATEGORIES.map((c) => [
    c,
    CUES[c].map(([weight, entries]) => ({
      weight,
      re: wordRe(entries, 'g'),
    })),
  ]),
) as Record<Category, Tier[]>;

export interface CategoryContext {
  isHcp: boolean;
  ae: boolean;
  /** A drug or product was named: the post is about health even without other health words. */
  product: boolean;
  /** Question marks in the post: peers ask, educators tell. */
  questions: number;
}

export function rawCategoryScores(folded: string, ctx: CategoryContext): Record<Category, number> {
  const scores = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    let s = 0;
    for (const t of TIERS[c]) {
      t.re.lastIndex = 0;
      let n = 0;
      while (n < TIER_CAP && t.re.exec(folded) !== null) n++;
      s += t.weight * n;
    }
    scores[c] = s;
  }
  scores.none += NONE_BASE;
  if (!ctx.product && !HEALTH_WORDS.test(folded)) scores.none += NO_HEALTH_BOOST;
  // A clinician reporting a reaction in one patient is a case shared with peers.
  if (ctx.ae) scores.collaborating += ctx.isHcp ? 3 : 1.5;
  if (ctx.questions > 0 && ctx.isHcp) scores.collaborating += Math.min(ctx.questions, 3);
  return scores;
}

export function softmax(scores: Record<Category, number>): Record<Category, number> {
  const max = Math.max(...CATEGORIES.map((c) => scores[c]));
  let z = 0;
  const out = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    out[c] = Math.exp((scores[c] - max) / TEMPERATURE);
    z += out[c];
  }
  for (const c of CATEGORIES) out[c] /= z;
  return out;
}

export function scoreCategories(
  folded: string,
  ctx: CategoryContext,
): { category: Category; scores: Record<Category, number> } {
  const scores = softmax(rawCategoryScores(folded, ctx));
  let category: Category = 'none';
  for (const c of CATEGORIES) if (scores[c] > scores[category]) category = c;
  return { category, scores };
}
