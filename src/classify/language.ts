/**
 * The language a post is written in, guessed from its function words (articles, pronouns,
 * prepositions): enough to tell a pharmacovigilance reader which language the evidence is in.
 * Posts with too few of them are 'und' (undetermined, the ISO 639 code for it).
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'with', 'for', 'this', 'that', 'my', 'we', 'our', 'are'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'con', 'para', 'una', 'por', 'es', 'lleva'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'pour', 'avec', 'nous', 'dans', 'pas'],
  de: ['der', 'die', 'das', 'und', 'ist', 'mit', 'für', 'ein', 'eine', 'nicht', 'wir', 'auf'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'que', 'com', 'para', 'uma', 'não', 'em', 'nosso'],
};
const SETS = Object.entries(FUNCTION_WORDS).map(([lang, list]) => [lang, new Set(list)] as const);

export function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestCount = 1;
  for (const [lang, set] of SETS) {
    let count = 0;
    for (const w of words) if (set.has(w)) count++;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
