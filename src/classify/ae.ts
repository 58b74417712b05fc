/**
 * Potential adverse event (taxonomy §3): product + effect + identifiable patient, all in one post.
 * Recall matters more than precision (a pharma user must route these to pharmacovigilance), so
 * every part is matched loosely; the three-way conjunction is what keeps precision up.
 */
import type { Signal } from './types';
import {
  DRUG_SUFFIXES,
  EFFECTS,
  KNOWN_PRODUCTS,
  NEGATORS,
  NOT_PRODUCT,
  PATIENTS,
  PRODUCT_TRIGGERS,
  STEM_EXCEPTIONS,
} from './lexicon-ae';
import { phraseSet, SuffixSet, WordTest } from './tokens';

export interface AeResult {
  ae: boolean;
  signals: Signal[];
  product?: string | undefined;
  effect?: string | undefined;
  patient?: string | undefined;
}

const KNOWN = phraseSet(KNOWN_PRODUCTS);
const EFFECT = phraseSet(EFFECTS);
const PATIENT = phraseSet(PATIENTS);
const STEMS = new SuffixSet(DRUG_SUFFIXES);
const LETTERS = /^[a-z][a-z-]+$/;
/** "Second Veltra infusion": a capitalised name before a dose form is a brand. */
const DOSE_FORMS = new Set([
  'infusion',
  'injection',
  'shot',
  'pill',
  'pills',
  'tablet',
  'tablets',
  'dose',
  'pen',
  'jab',
  'patch',
]);
/** Brand names are rarely plain English: most have one of these letters or a Latin ending. */
const BRAND_SHAPE = /[xzqvyk]|(?:a|o|ix|ex|in|al|il|ol|ra|ta|za|ro)$/;

/** A generic name by its INN stem ("osimertinib", "amlodipino"); memoised per word like the phrase tables. */
const GENERIC = new WordTest(stemMatch);

function stemMatch(w: string): boolean {
  if (w.length < 6 || !LETTERS.test(w) || STEM_EXCEPTIONS.has(w)) return false;
  if (STEMS.has(w)) return true;
  // Spanish / Portuguese / French forms add or swap a final vowel (amlodipino, omeprazol, losartana).
  const last = w[w.length - 1]!;
  return (last === 'a' || last === 'o' || last === 'e') && STEMS.has(w.slice(0, -1));
}

/** The folded words written with a capital; a Set or anything that answers `has`. */
export interface Capitals {
  has(word: string): boolean;
}

/** An unknown brand right after "started", "on", "switched to": lower case in lay posts. */
function isContextBrand(words: readonly string[], i: number, capitals: Capitals): boolean {
  const w = words[i]!;
  const before = i > 0 && PRODUCT_TRIGGERS.has(words[i - 1]!);
  const doseNext = DOSE_FORMS.has(words[i + 1] ?? '');
  // Capitals are asked last: most words have neither neighbour, and a lazy answer stays unbuilt.
  if (!before && !doseNext) return false;
  const rawCapital = capitals.has(w);
  const after = rawCapital && doseNext;
  if (!before && !after) return false;
  if (w.length < 4 || !LETTERS.test(w) || NOT_PRODUCT.has(w)) return false;
  return rawCapital || BRAND_SHAPE.test(w);
}

export function findProduct(words: readonly string[], capitals: Capitals): string | undefined {
  const g = GENERIC.firstIndex(words);
  if (g !== -1) return words[g];
  const known = KNOWN.first(words);
  if (known) return known.phrase;
  for (let i = 0; i < words.length; i++) if (isContextBrand(words, i, capitals)) return words[i];
  return undefined;
}

function findEffect(words: readonly string[]): string | undefined {
  return EFFECT.first(words, (h) => {
    const a = words[h.start - 1];
    const b = words[h.start - 2];
    return !(a !== undefined && NEGATORS.has(a)) && !(b !== undefined && NEGATORS.has(b));
  })?.phrase;
}

/**
 * `words` are the post's folded words; `capitals` the folded forms of words written with a capital
 * inside a sentence (a hint that an unknown word after "on" is a brand name).
 */
export function detectAe(words: readonly string[], capitals: Capitals): AeResult {
  const product = findProduct(words, capitals);
  if (!product) return { ae: false, signals: [] };
  // The patient is looked up even without an effect: the category step uses it.
  const patient = PATIENT.first(words)?.phrase;
  const effect = findEffect(words);
  if (!effect || !patient) return { ae: false, signals: [], product, effect, patient };
  const signals: Signal[] = [
    { kind: 'ae', label: `Names a medicine: '${product}'`, weight: 1 },
    { kind: 'ae', label: `Describes a side effect or problem: '${effect}'`, weight: 1 },
    { kind: 'ae', label: `About a specific person: '${patient}'`, weight: 1 },
  ];
  return { ae: true, signals, product, effect, patient };
}
