/**
 * Which of the five C's (taxonomy §2). Each category sums weighted cue matches over the post's
 * words; `none` starts from a base score and gets a large boost when the post has no health
 * vocabulary at all, so off-topic and empty posts land there. Scores become a distribution with a
 * softmax.
 */
import { CATEGORIES, type Category } from './types';
import { CUES, HEALTH_PREFIXES } from './lexicon-category';
import { PhraseTable } from './tokens';

/** Repeats of one tier beyond this add nothing: a long list post should not swamp the others. */
const TIER_CAP = 4;
const NONE_BASE = 1;
const NO_HEALTH_BOOST = 5;
const TEMPERATURE = 2;

interface Cue {
  category: Category;
  weight: number;
  /** Index of the (category, weight) tier, for the repeat cap. */
  tier: number;
}

let tierCount = 0;
const TABLE = new PhraseTable<Cue>();
for (const c of CATEGORIES) {
  for (const [weight, entries] of CUES[c]) {
    const cue: Cue = { category: c, weight, tier: tierCount++ };
    for (const e of entries) TABLE.add(e, cue);
  }
}
const HEALTH = new PhraseTable(HEALTH_PREFIXES.map((p) => [`${p}*`, true] as const));

export interface CategoryContext {
  isHcp: boolean;
  ae: boolean;
  /** A drug or product was named: the post is about health even without other health words. */
  product: boolean;
  /** Question marks in the post: peers ask, educators tell. */
  questions: number;
  /** A lay author (no clinical or health role) writing about their own or a relative's care. */
  layPersonal: boolean;
}

export function rawCategoryScores(
  words: readonly string[],
  ctx: CategoryContext,
): Record<Category, number> {
  const scores = {
    collaborating: 0,
    communicating: 0,
    connecting: 0,
    creating: 0,
    catalyzing: 0,
    none: 0,
  };
  const counts = new Array<number>(tierCount).fill(0);
  TABLE.each(words, (cue) => {
    if (counts[cue.tier]! >= TIER_CAP) return;
    counts[cue.tier]!++;
    scores[cue.category] += cue.weight;
  });
  scores.none += NONE_BASE;
  if (!ctx.product && HEALTH.first(words) === undefined) scores.none += NO_HEALTH_BOOST;
  // A clinician reporting a reaction in one patient is a case shared with peers.
  if (ctx.ae) scores.collaborating += ctx.isHcp ? 3 : 1.5;
  if (ctx.questions > 0 && ctx.isHcp) scores.collaborating += Math.min(ctx.questions, 3);
  // A layperson's own medication story is neither peer exchange nor public education.
  if (ctx.layPersonal) scores.none += 4;
  return scores;
}

export function softmax(scores: Record<Category, number>): Record<Category, number> {
  let max = -Infinity;
  for (const c of CATEGORIES) max = Math.max(max, scores[c]);
  let z = 0;
  const out = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    out[c] = Math.exp((scores[c] - max) / TEMPERATURE);
    z += out[c];
  }
  for (const c of CATEGORIES) out[c] /= z;
  return out;
}

export function argmax(scores: Record<Category, number>): Category {
  let best: Category = 'none';
  for (const c of CATEGORIES) if (scores[c] > scores[best]) best = c;
  return best;
}

export function scoreCategories(
  words: readonly string[],
  ctx: CategoryContext,
): { category: Category; scores: Record<Category, number> } {
  const scores = softmax(rawCategoryScores(words, ctx));
  return { category: argmax(scores), scores };
}
