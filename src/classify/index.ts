/**
 * The classifier's public entry points: `classify` (the rules with the built-in model deciding
 * where they are unsure) and `classifyWith` (the same, with the user's learnt category model). Pure, synchronous, no DOM or browser APIs, so the content
 * script, the dashboard and the `classify` / `eval` commands share it.
 */
import type { ClassifyInput, Verdict } from './types';
import { classifyRules } from './classify';
import { decide } from './model/decide';
import { withModel } from './learn/blend';
import type { Model } from './learn/model';
import { detectAe, type AeElements } from './ae';
import { capitalsOf } from './ae-products';
import { fold } from './text';
import { tokenize } from './tokens';

export { classify } from './classify';
export { CATEGORIES } from './types';
export { guessLanguage } from './language';
export type { Category, ClassifyInput, Signal, Verdict } from './types';
export type { Model } from './learn/model';
export type { AeElements } from './ae';

/**
 * `classify` with the user's learnt category model blended in (see `learn/`). The user's model
 * learns the rules' residual, so it is blended with the rules' category first; where it changed
 * the category, the built-in model leaves that alone (the user's word outranks the corpora's).
 * With no model, or an empty one, this is exactly `classify`.
 */
export function classifyWith(input: ClassifyInput, model: Model | null): Verdict {
  const { verdict, state } = classifyRules(input);
  const taught = withModel(verdict, input, model);
  return decide(input, taught, state, taught.category !== verdict.category);
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
