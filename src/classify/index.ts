/**
 * The classifier's public entry points: `classify` (rules only) and `classifyWith` (rules blended
 * with the user's learnt category model). Pure, synchronous, no DOM or browser APIs, so the content
 * script, the dashboard and the `classify` / `eval` commands share it.
 */
import type { ClassifyInput, Verdict } from './types';
import { classify } from './classify';
import { withModel } from './learn/blend';
import type { Model } from './learn/model';

export { classify } from './classify';
export { CATEGORIES } from './types';
export { aeElements, type AeElements } from './ae-elements';
export { guessLanguage } from './language';
export type { Category, ClassifyInput, Signal, Verdict } from './types';
export type { Model } from './learn/model';

/**
 * `classify` with the user's learnt category model blended in (see `learn/`). Everything but the
 * category is the rules' verdict; with no model, or an empty one, this is exactly `classify`.
 */
export function classifyWith(input: ClassifyInput, model: Model | null): Verdict {
  return withModel(classify(input), input, model);
}
