/**
 * The language a post is written in, guessed from its script (Japanese, Arabic) or its function
 * words (articles, pronouns, prepositions); posts with too few of them count as "other". The corpora
 * carry no language label.
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'with', 'for', 'this', 'that', 'my', 'we', 'our', 'are'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'con', 'para', 'una', 'por', 'es', 'nuestro'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'pour', 'avec', 'nous', 'dans', 'pas'],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'mit',
    'für',
    'ein',
    'eine',
    'nicht',
    'wir',
    'auf',
    'den',
  ],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'que', 'com', 'para', 'uma', 'não', 'em', 'nosso'],
  it: ['il', 'lo', 'gli', 'di', 'che', 'per', 'con', 'una', 'non', 'sono', 'della', 'nel', 'è'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'ik', 'wij', 'zijn', 'op', 'dat'],
  pl: ['i', 'w', 'na', 'z', 'się', 'nie', 'to', 'jest', 'do', 'że', 'po', 'jak', 'od'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'çok', 'ama', 'gibi', 'mi', 'olarak', 'daha'],
};
const SETS = Object.entries(FUNCTION_WORDS).map(([lang, list]) => [lang, new Set(list)] as const);

export function guessLanguage(text: string): string {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)) return 'ja';
  if (/[\u0600-\u06ff]/u.test(text)) return 'ar';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'other';
  let bestCount = 2;
  for (const [lang, set] of SETS) {
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  return best;
}
