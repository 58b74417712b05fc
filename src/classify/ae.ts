/**
 * Potential adverse event (taxonomy §3): product + effect + identifiable patient, all in one post.
 * Recall matters more than precision (a pharma user must route these to pharmacovigilance), so
 * every part is matched loosely; the three-way conjunction is what keeps precision up.
 */
import type { Signal } from './types';
import {
  BRAND_CONTEXT,
  BRAND_STOPWORDS,
  DRUG_STEM,
  EFFECT,
  KNOWN_PRODUCT,
  NEGATED_EFFECT,
  PATIENT,
  isStemException,
} from './lexicon-ae';

export interface AeResult {
  ae: boolean;
  signals: Signal[];
  product?: string;
  effect?: string;
  patient?: string;
}

function firstMatch(re: RegExp, s: string, accept?: (m: string) => boolean): string | undefined {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (!accept || accept(m[0])) return m[0];
  }
  return undefined;
}

function findProduct(folded: string, raw: string): string | undefined {
  const known = firstMatch(KNOWN_PRODUCT, folded);
  const generic = firstMatch(DRUG_STEM, folded, (m) => !isStemException(m));
  if (generic) return generic;
  BRAND_CONTEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRAND_CONTEXT.exec(raw)) !== null) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name && !BRAND_STOPWORDS.has(name)) return name;
  }
  return known;
}

/** `folded` is the folded post text, `raw` the original (for capitalised brand names). */
export function detectAe(folded: string, raw: string): AeResult {
  const product = findProduct(folded, raw);
  if (!product) return { ae: false, signals: [] };
  const cleaned = folded.replace(NEGATED_EFFECT, (x) => ' '.repeat(x.length));
  const effect = firstMatch(EFFECT, cleaned);
  if (!effect) return { ae: false, signals: [], product };
  const patient = firstMatch(PATIENT, folded);
  if (!patient) return { ae: false, signals: [], product, effect };
  const signals: Signal[] = [
    { kind: 'ae', label: `Product: '${product}'`, weight: 1 },
    { kind: 'ae', label: `Effect: '${effect}'`, weight: 1 },
    { kind: 'ae', label: `Patient: '${patient}'`, weight: 1 },
  ];
  return { ae: true, signals, product, effect, patient };
}
