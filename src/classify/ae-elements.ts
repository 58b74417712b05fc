/**
 * The minimum elements of a possible adverse-event case as the post's text names them: the
 * product(s), the event(s) and the words that identify the patient. (The fourth element, the
 * reporter, is the post's author, known without reading the text.) A simple version on top of
 * `detectAe`, which finds one of each; a reviewer edits them in the dashboard's AE queue.
 */
import { detectAe, type Capitals } from './ae';
import { fold } from './text';
import { tokenize } from './tokens';
import type { ClassifyInput } from './types';

export interface AeElements {
  products: string[];
  events: string[];
  patient: string[];
}

const CAPITAL = /[A-Z][a-z]{3,}/g;

class CapitalWords implements Capitals {
  private readonly words: Set<string>;
  constructor(text: string) {
    this.words = new Set((text.match(CAPITAL) ?? []).map((m) => m.toLowerCase()));
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
}

/** Pure: the same input always gives the same elements; absent elements are empty lists. */
export function aeElements(input: ClassifyInput): AeElements {
  const text = input.text ?? '';
  const words = tokenize(fold(text));
  const found = detectAe(words, new CapitalWords(text));
  const list = (x: string | undefined) => (x ? [x] : []);
  return {
    products: list(found.product),
    events: list(found.effect),
    patient: list(found.patient),
  };
}
