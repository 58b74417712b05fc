/**
 * The classifier's public entry points: `classify` (rules only) and `classifyWith` (rules blended
 * with the user's learnt category model). Pure, synchronous, no DOM or browser APIs, so the content
 * script, the dashboard and the `classify` / `eval` commands share it.
 */
import type { ClassifyInput, Verdict } from './types';
import { classify } from './classify';
import { withModel } from './learn/blend';
import type { Model } from './learn/model';
import { detectAe, type AeElements } from './ae';
import { capitalsOf } from './ae-products';
import { fold } from './text';
import { tokenize } from './tokens';

export { classify } from './classify';
export { CATEGORIES } from './types';
export type { Category, ClassifyInput, Signal, Verdict } from './types';
export type { Model } from './learn/model';
export type { AeElements } from './ae';

/**
 * `classify` with the user's learnt category model blended in (see `learn/`). Everything but the
 * category is the rules' verdict; with no model, or an empty one, this is exactly `classify`.
 */
export function classifyWith(input: ClassifyInput, model: Model | null): Verdict {
  return withModel(classify(input), input, model);
}

/**
 * The minimum case elements of a potential adverse event (taxonomy §3) as the post writes them:
 * the products, the events and the words that identify the patient; empty arrays when none. Pure,
 * for the adverse-event intake form; `classify(input).ae` says whether all three are there.
 */
export function aeElements(input: ClassifyInput): AeElements {
  const text = input.text ?? '';
  return detectAe(tokenize(fold(text)), capitalsOf(text), text, true).elements;
}
