/**
 * Mixing the rule scores with the learnt model as a product of experts: p ∝ rules × model^w. The
 * model learns the rules' residual (`model.ts`), so w = 1 is what it was trained for; w ramps up
 * over the first corrections so a single early correction cannot swing unrelated posts, and the
 * rules dominate until a few examples have accumulated.
 */
import { CATEGORIES, type Category } from '../types';

/** Examples at which the model gets half its weight. */
export const HALF_TRUST = 3;

export function modelWeight(examples: number): number {
  return examples <= 0 ? 0 : examples / (examples + HALF_TRUST);
}

export function blend(
  ruleScores: Record<Category, number>,
  modelScores: Record<Category, number>,
  examples: number,
): Record<Category, number> {
  const w = modelWeight(examples);
  const out = {} as Record<Category, number>;
  let z = 0;
  for (const c of CATEGORIES) {
    out[c] = Math.max(ruleScores[c], 1e-12) * Math.max(modelScores[c], 1e-12) ** w;
    z += out[c];
  }
  for (const c of CATEGORIES) out[c] /= z;
  return out;
}
