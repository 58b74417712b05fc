/**
 * Medicine names as other languages spell them: "methylfenidaat" (Dutch), "metilfenidato"
 * (Spanish, Italian, Portuguese), "Methylphenidat" (German) and "methylphenidate" are one name.
 * Each is reduced to a skeleton of how it sounds (ph/f, th/t, y/i, c/k, doubled letters single,
 * the Latin endings -ate/-ato/-aat and a final vowel dropped), and a word whose skeleton is a
 * known name's is read as that name. Only names of 7 or more letters take part: a shorter
 * skeleton is too likely to be an ordinary word's.
 */

const MIN_NAME = 7;

/**
 * Words of other languages that read as a name, by skeleton or one letter away ("prochaine" is
 * not procaine, "diabete" not Diabeta): WordNet's guard covers English words only.
 */
export const NOT_NAMES = [
  'prochaine',
  'prochaines',
  'diabete',
  'diabetes',
  'diabetico',
  'diabetica',
];

/** The skeleton of a lower-case Latin word. */
export function skeleton(w: string): string {
  return w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/y/g, 'i')
    .replace(/ck|qu|ch|c/g, 'k')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?:aat|ato|ate)$/, 'at')
    .replace(/[aeo]$/, '');
}

export class SpelledNames {
  private readonly bySkeleton = new Map<string, string>();

  /** `names`: lower-case Latin names; `guard`: words that must never be read as a name. */
  constructor(names: Iterable<string>, guard: Iterable<string> = []) {
    const blocked = new Set<string>();
    for (const g of [...guard, ...NOT_NAMES]) if (g.length >= MIN_NAME) blocked.add(skeleton(g));
    for (const name of names) {
      if (name.length < MIN_NAME || !/^[a-z]+$/.test(name)) continue;
      const s = skeleton(name);
      if (!blocked.has(s) && !this.bySkeleton.has(s)) this.bySkeleton.set(s, name);
    }
  }

  /** The name `word` spells another way, or null. */
  nameOf(word: string): string | null {
    if (word.length < MIN_NAME) return null;
    return this.bySkeleton.get(skeleton(word)) ?? null;
  }
}
