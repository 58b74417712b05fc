/**
 * Finds the suspect products a post names: WordNet's generic and brand names and the hand-kept
 * newer brands (exact or one edit away), generic names by their INN stem, names written in
 * Cyrillic (transliterated first: "метформином" -> metforminom), and an unknown brand by its
 * context ("started Veltrazo", "Tachipirina 1000", "third Veltrazo injection").
 */
import {
  DRUG_SUFFIXES,
  KNOWN_PRODUCTS,
  NOT_PRODUCT,
  PRODUCT_TRIGGERS,
  STEM_EXCEPTIONS,
} from './lexicon-ae';
import { FuzzyNames } from './ae-fuzzy';
import { NOT_NAMES, SpelledNames } from './ae-spellings';
import { BRANDS, MORE_PRODUCTS } from './lexicon-ae-brands';
import { FUZZY_GUARD, WORDNET_PRODUCTS } from './vocab/wordnet-ae.generated';
import { PhraseTable, phraseSet, SuffixSet } from './tokens';

/** The folded words written with a capital; a Set or anything that answers `has`. */
export interface Capitals {
  has(word: string): boolean;
}

/** As `classify` reads capitals, so that `aeElements` and the verdict agree. */
const CAPITAL = /[A-Z][a-z]{3,}/g;

/** The lower-cased words of `text` written with a capital (for callers outside `classify`). */
export function capitalsOf(text: string): Capitals {
  return new Set((text.match(CAPITAL) ?? []).map((w) => w.toLowerCase()));
}

export interface ProductHit {
  start: number;
  end: number;
  /** The name it was read as, when the post spells it otherwise ("metforman" -> metformin). */
  readAs?: string;
}

const WORDNET = WORDNET_PRODUCTS.split('|');
const NAMES = phraseSet([...KNOWN_PRODUCTS, ...WORDNET, ...MORE_PRODUCTS]);
const FUZZY = new FuzzyNames(
  [...KNOWN_PRODUCTS, ...WORDNET, ...BRANDS].filter((n) => /^[a-z]+$/.test(n)),
  new Set([...FUZZY_GUARD.split('|'), ...NOT_NAMES]),
);
const SPELLED = new SpelledNames(
  [...KNOWN_PRODUCTS, ...WORDNET, ...BRANDS],
  FUZZY_GUARD.split('|'),
);
const STEMS = new SuffixSet(DRUG_SUFFIXES);
const LETTERS = /^[a-z][a-z-]+$/;
const CYRILLIC = /[\u0400-\u04ff]/;
/** "Second Veltra infusion": a capitalised name before a dose form is a brand. */
// prettier-ignore
const DOSE_FORMS = new Set([
  'infusion', 'injection', 'shot', 'shots', 'jab', 'pill', 'pills', 'tablet', 'tablets', 'tabletten',
  'dose', 'pen', 'patch', 'mg', 'mcg', 'ml', 'iu', 'units', 'comprimes', 'comprimidos', 'compresse',
  'tropfen', 'gouttes', 'gotas', 'spritze', 'kapseln', 'capsules', 'cp', 'weekly', 'daily', 'nightly',
  'injections', 'jabs', 'pens', 'infusions', 'inhaler', 'cream', 'gel', 'drops', 'spray', 'subq', 'sc', 'iv',
]);
/** Dose forms that are a schedule or count: a lower-case brand-shaped word before one is a brand. */
const SCHEDULE = new Set([
  'weekly',
  'daily',
  'nightly',
  'injection',
  'injections',
  'infusion',
  'jab',
  'shot',
  'pen',
]);
/** Brand names are rarely plain English: most have one of these letters or a Latin ending. */
const BRAND_SHAPE = /[xzqvyk]|(?:a|o|ix|ex|in|al|il|ol|ra|ta|za|ro)$/;
/** A dose written after the name: "Ibuprofen 600", "Wellbutrin 300mg" (not "After 6 years"). */
const DOSE = /^(?:\d{2,}|\d+(?:mg|mcg|ml|g|ug|iu|u))$/;
/** What follows a number that is a time or a count, not a dose. */
// prettier-ignore
const NOT_DOSE_UNIT = new Set([
  'years', 'year', 'yrs', 'weeks', 'week', 'days', 'day', 'months', 'month', 'hours', 'hrs', 'minutes',
  'min', 'mins', 'patients', 'people', 'percent', '%', 'jahre', 'jahren', 'ans', 'anos', 'anni', 'jaar',
  'lat', 'лет', 'dias', 'jours', 'tage', 'giorni', 'dagen', 'km', 'miles', 'kg', 'lbs',
]);
/** First words of the "the jab", "my pen" entries, which "of" after them undoes. */
const FORM_OPENERS = new Set([
  'the',
  'my',
  'his',
  'her',
  'this',
  'that',
  'last',
  'latest',
  'weekly',
]);
/** "been on X", "3 weeks on X": words before "on" that make a brand-shaped word after it a product. */
// prettier-ignore
const TAKING_BEFORE_ON = new Set([
  'been', 'weeks', 'months', 'days', 'years', 'wks', 'yrs', 'mos', 'still', 'now', 'just', 'currently', 'was',
  'im', "i'm", 'week', 'day', 'month', 'started', 'back', 'stayed',
]);
/** "mounjy day 4", "zeppy week 6": a count of days or doses after a name. */
const COUNT_AFTER = new Set(['day', 'week', 'month', 'dose', 'wk', 'shot', 'jab']);
/** "switched to X", "put on X". */
const SWITCHED = new Set(['switched', 'changed', 'moved', 'put', 'started', 'went', 'back']);
const UNITS = new Set(['mg', 'mcg', 'ug', 'ml', 'iu', 'units', 'unites', 'einheiten', 'mg/day']);
/** Verbs after which a lower-case unknown word is taken for a brand ("started veltrazo"). */
// prettier-ignore
const TAKING = new Set([
  'started', 'starting', 'start', 'taking', 'take', 'takes', 'took', 'prescribed', 'restarted', 'switched',
  'upped', 'nehme', 'nimmt', 'genommen', 'prends', 'pris', 'prendre', 'prendo', 'tomo', 'tomando', 'tomar',
  'tomei', 'toma', 'slik', 'gebruik', 'neem',
]);

// prettier-ignore
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g',
};

function transliterate(w: string): string {
  let out = '';
  for (const c of w) out += TRANSLIT[c] ?? c;
  return out.replace(/ks/g, 'x');
}

function isGeneric(w: string): boolean {
  if (w.length < 6 || !LETTERS.test(w) || STEM_EXCEPTIONS.has(w)) return false;
  if (STEMS.has(w)) return true;
  // German and Russian drop the final -e of -ine names: amlodipin, sertralin, morphin.
  if (w.endsWith('in') && STEMS.has(`${w}e`)) return true;
  // Spanish / Portuguese / French forms add or swap a final vowel (amlodipino, omeprazol, losartana).
  const last = w[w.length - 1]!;
  if ((last === 'a' || last === 'o' || last === 'e') && STEMS.has(w.slice(0, -1))) return true;
  // ... or stand for its final -e (loratadina, metotrexato: loratadine, methotrexate).
  if ((last === 'a' || last === 'o') && STEMS.has(`${w.slice(0, -1)}e`)) return true;
  // Slavic spellings and case endings: atorwastatynie -> atorvastatin.
  if (w.length < 9 || !/[wy]/.test(w)) return false;
  const v = w.replace(/w/g, 'v').replace(/y/g, 'i');
  return STEMS.has(v) || STEMS.has(v.slice(0, -1)) || STEMS.has(v.slice(0, -2));
}

/**
 * One transliterated word as a product: a known name (exact or prefix), a generic by stem, or a
 * misspelling (a transliteration is approximate by nature).
 */
function latinName(w: string): string | null {
  if (NAMES.first([w]) || isGeneric(w)) return w;
  return FUZZY.nearest(w) ?? SPELLED.nameOf(w);
}

/** A Cyrillic word, transliterated, with up to two letters of case ending taken off. */
function cyrillicName(w: string): string | null {
  const t = transliterate(w);
  for (let cut = 0; cut <= 2 && t.length - cut >= 5; cut++) {
    const base = t.slice(0, t.length - cut);
    const hit = latinName(base);
    if (hit) return hit;
  }
  return null;
}

const MEMO_LIMIT = 20_000;

/** A per-word answer kept for the words seen last (a feed repeats its vocabulary). */
function memoised(read: (w: string) => string | null): (w: string) => string | null {
  const memo = new Map<string, string | null>();
  return (w) => {
    let r = memo.get(w);
    if (r === undefined) {
      r = w.length < 4 ? null : read(w);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(w, r);
    }
    return r;
  };
}

/**
 * A word's product reading by stem, from Cyrillic, or as another language spells a name: the
 * name, or null for none.
 */
const stemOrCyrillic = memoised((w) =>
  CYRILLIC.test(w)
    ? cyrillicName(w)
    : isGeneric(w)
      ? w
      : LETTERS.test(w)
        ? SPELLED.nameOf(w)
        : null,
);
/** Short Latin words (most of a post) are neither a generic by stem nor Cyrillic: no lookup. */
const productName = (w: string): string | null =>
  w.length < 6 && w.charCodeAt(0) < 0x400 ? null : stemOrCyrillic(w);
/** A Latin word one edit from a name: the name it misspells, or null. */
const misspeltName = memoised((w) => (LETTERS.test(w) ? (FUZZY.nearest(w) ?? null) : null));

/** An unknown brand right after "started", "on", "nehme", or before "injection", "600 mg". */
function isContextBrand(words: readonly string[], i: number, capitals: Capitals): boolean {
  const w = words[i]!;
  const next = words[i + 1] ?? '';
  const prev = i > 0 ? words[i - 1]! : '';
  const switched =
    ((prev === 'to' || prev === 'on') && SWITCHED.has(words[i - 2] ?? '')) ||
    (prev === 'on' && TAKING_BEFORE_ON.has(words[i - 2] ?? ''));
  const before = PRODUCT_TRIGGERS.has(prev) || TAKING.has(prev) || switched;
  const formNext = DOSE_FORMS.has(next);
  const countNext = COUNT_AFTER.has(next) && /^\d/.test(words[i + 2] ?? '');
  const digitNext = next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57;
  // Most words have none of these neighbours: the regex and capitals are asked last.
  if (!before && !formNext && !digitNext && !countNext) return false;
  const doseNext = digitNext && DOSE.test(next) && !NOT_DOSE_UNIT.has(words[i + 2] ?? '');
  if (!before && !formNext && !doseNext && !countNext) return false;
  if (w.length < 4 || !LETTERS.test(w) || NOT_PRODUCT.has(w)) return false;
  if ((TAKING.has(prev) || switched) && BRAND_SHAPE.test(w)) return true;
  // "on tirz 10 mg": any word before a dose with its unit.
  if (digitNext && UNITS.has(words[i + 2] ?? '')) return true;
  // "mounjy day 4", "ozzy weekly": a brand-shaped word before a count or a schedule.
  if ((countNext || SCHEDULE.has(next)) && BRAND_SHAPE.test(w)) return true;
  return capitals.has(w);
}

const AFTER = 1;
const BEFORE = 2;
/**
 * The words around an unknown brand, in one table: its per-word memo makes finding them one slot
 * read per word, where asking three Sets about every word cost more than the names themselves.
 */
const CONTEXT = new PhraseTable<number>([
  ...[...PRODUCT_TRIGGERS, ...TAKING].map((w) => [w, AFTER] as const),
  ...[...SWITCHED].flatMap((w) => [[`${w} to`, AFTER] as const, [`${w} on`, AFTER] as const]),
  ...[...DOSE_FORMS, ...COUNT_AFTER].map((w) => [w, BEFORE] as const),
]);

/** Positions that have a trigger before them or a dose form or number after them. */
function contextPositions(words: readonly string[]): Set<number> | undefined {
  let at: Set<number> | undefined;
  const mark = (i: number) => (at ??= new Set()).add(i);
  CONTEXT.each(words, (where, start, end) => {
    mark(where === AFTER ? end : start - 1);
  });
  for (let i = 1; i < words.length; i++) {
    const c = words[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) mark(i - 1);
  }
  return at;
}

/**
 * Every product the post names, left to right (a phrase once, not also its words); misspellings
 * only when asked, as they cost a lookup per letter of every long word the first time it is seen.
 */
export function findProducts(
  words: readonly string[],
  capitals: Capitals,
  misspellings = true,
): ProductHit[] {
  const hits: ProductHit[] = [];
  let covered = -1;
  NAMES.each(words, (_v, start, end) => {
    // "the shot of espresso", "a patch of grass": a form word followed by "of" is no product.
    if (words[end] === 'of' && end - start > 1 && FORM_OPENERS.has(words[start]!)) return;
    if (start >= covered) {
      hits.push({ start, end });
      covered = end;
    }
  });
  const context = contextPositions(words);
  // The name hits are in order and do not overlap: walk them beside the words.
  const named = hits.length;
  let h = 0;
  for (let i = 0; i < words.length; i++) {
    while (h < named && hits[h]!.end <= i) h++;
    if (h < named && hits[h]!.start <= i) continue;
    const w = words[i]!;
    const name = productName(w) ?? (misspellings && w.length >= 5 ? misspeltName(w) : null);
    if (name !== null)
      hits.push(name === w ? { start: i, end: i + 1 } : { start: i, end: i + 1, readAs: name });
    else if (context?.has(i) && isContextBrand(words, i, capitals))
      hits.push({ start: i, end: i + 1 });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Only the misspelt names of a post, for a post whose names were already looked for without them. */
export function findMisspelt(words: readonly string[]): ProductHit[] {
  const hits: ProductHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const name = w.length >= 5 ? misspeltName(w) : null;
    if (name !== null) hits.push({ start: i, end: i + 1, readAs: name });
  }
  return hits;
}
