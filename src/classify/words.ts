/**
 * The post tokeniser. It gives exactly what `text.match(WORD)` gives for
 *   WORD = /[#@]?[\p{L}\p{N}]+(?:'(?:s|t|re|ve|m|ll|d)(?![\p{L}]))?|[%$?]/gu
 * (words, numbers, hashtags; `%`, `$` and `?` as tokens because cues use them; English contractions
 * kept whole, "don't", "mom's", while French elisions split, "l'amlodipine" -> l, amlodipine), but
 * reads the string character by character: that regex, with its Unicode classes, was the single
 * most expensive step of a classification. Only characters outside ASCII ask a (sticky) regex.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

/** ASCII letters (1) and digits (2). */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 2;
for (let c = 65; c <= 90; c++) ASCII[c] = ASCII[c + 32] = 1;

const HASH = 35;
const AT = 64;
const APOSTROPHE = 39;

/** Length (in code units) of the letter or digit at `i`, 0 when there is none. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII[c]! > 0 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(s) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}

function letterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII[c] === 1;
  if (Number.isNaN(c)) return false;
  LETTER.lastIndex = i;
  return LETTER.test(s);
}

/** End of a contraction suffix (`s t re ve m ll d`) starting at `i`, or -1. */
function suffixEnd(s: string, i: number): number {
  const c = s[i];
  let end = -1;
  if (c === 's' || c === 't' || c === 'm' || c === 'd') end = i + 1;
  else if (
    (c === 'r' && s[i + 1] === 'e') ||
    (c === 'v' && s[i + 1] === 'e') ||
    (c === 'l' && s[i + 1] === 'l')
  )
    end = i + 2;
  return end !== -1 && !letterAt(s, end) ? end : -1;
}

export function tokenize(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const lead = c === HASH || c === AT ? 1 : 0;
    let w = wordCharAt(s, i + lead);
    if (w === 0) {
      if (c === 37 || c === 36 || c === 63) out.push(s[i]!); // % $ ?
      // Step over a whole surrogate pair: a match never starts inside one.
      i += c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    let j = i + lead + w;
    while (j < n && (w = wordCharAt(s, j)) > 0) j += w;
    if (s.charCodeAt(j) === APOSTROPHE) {
      const end = suffixEnd(s, j + 1);
      if (end !== -1) j = end;
    }
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}
