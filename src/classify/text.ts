/**
 * Text helpers shared by the rule modules. Matching runs on a "folded" copy (lower case, accents
 * stripped, typographic quotes flattened) so one lexicon entry covers "médecin" and "medecin",
 * "Ärztin" and "arztin". Credentials are case-sensitive and run on the original text instead,
 * because case is what separates "RN" from "rn" inside a word and "DO" from "do".
 */

const COMBINING = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u02bc]/g;
const DQUOTES = /[\u201c\u201d]/g;

/** Nothing to normalise or flatten in ASCII: lower-casing is the whole fold (most posts). */
const NON_ASCII = /[\u0080-\uffff]/;

export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"')
    .toLowerCase();
}

/** Builds one alternation from plain lexicon entries; entries are regex fragments. */
export function alt(entries: readonly string[]): string {
  return entries.join('|');
}

/**
 * Word-bounded regex over folded text. The leading boundary is `\b` rather than a Unicode
 * lookbehind: a lookbehind is evaluated at every position and made the big cue alternations several
 * times slower, while folded text is almost all ASCII. Entries that start with a non-word character
 * ("#hashtag", "$5") get no leading boundary. The trailing boundary is a (cheap) lookahead.
 */
export function wordRe(entries: readonly string[], flags = ''): RegExp {
  const word: string[] = [];
  const other: string[] = [];
  for (const e of entries) (/^(?:[a-z0-9(]|\\[dwp])/i.test(e) ? word : other).push(e);
  const parts: string[] = [];
  if (word.length > 0) parts.push(`\\b(?:${alt(word)})`);
  if (other.length > 0) parts.push(`(?:${alt(other)})`);
  return new RegExp(`(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, `u${flags}`);
}

/** Counts non-overlapping matches of a global regex. */
export function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
