/**
 * Word-level matching. Posts are tokenised once into lower-cased, unaccented words; lexicons are
 * compiled into Maps keyed by a phrase's first word (or a prefix of it), so scoring a post costs a
 * few Map lookups per word instead of one scan of the text per big regex alternation.
 *
 * Lexicon entry syntax (kept small so data files stay readable):
 *   `word`            the exact word
 *   `word*`           any word starting with `word` (a stem: `vaccin*` covers vaccine, vacuna...)
 *   `two words`       consecutive words; any part may end in `*`
 *   `{a|b}`           alternatives, expanded at load time (`{|s}` makes a part optional)
 *   `<n>`             a number; `<age>` an age-sex token such as 54m, 71f, 45yo; `<w>` any word
 * Entries are tokenised with the post tokeniser, so `side-effect*` is the phrase `side effect*`.
 */

/**
 * Words, numbers, hashtags; `%`, `$` and `?` are kept as tokens because cues use them. English
 * contractions stay one word ("don't", "mom's"); French elisions split ("l'amlodipine" -> l, amlodipine).
 */
const WORD = /[#@]?[\p{L}\p{N}]+(?:'(?:s|t|re|ve|m|ll|d)(?![\p{L}]))?|[%$?]/gu;

export function tokenize(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

const MEMO_LIMIT = 50_000;
const AGE = /^\d{1,3}(?:m|f|yo|yom|yof|y)$/;
const NUM = /^\d+$/;

type Part = { text: string; prefix: boolean } | { special: 'n' | 'age' | 'w' };

interface Compiled<T> {
  parts: Part[];
  value: T;
  phrase: string;
}

/** Expands `{a|b}` groups (nested groups are not needed by any lexicon). */
export function expand(entry: string): string[] {
  const open = entry.indexOf('{');
  if (open === -1) return [entry];
  const close = entry.indexOf('}', open);
  const head = entry.slice(0, open);
  const tail = expand(entry.slice(close + 1));
  const out: string[] = [];
  for (const alt of entry.slice(open + 1, close).split('|'))
    for (const t of tail) out.push(`${head}${alt}${t}`);
  return out;
}

const PART = /<(?:n|age|w)>|[#@]?[\p{L}\p{N}]+(?:'(?:s|t|re|ve|m|ll|d)(?![\p{L}]))?\*?|[%$?]/gu;

function parse(phrase: string): Part[] {
  return (phrase.toLowerCase().match(PART) ?? []).map((p): Part => {
    if (p === '<n>') return { special: 'n' };
    if (p === '<age>') return { special: 'age' };
    if (p === '<w>') return { special: 'w' };
    return p.endsWith('*') ? { text: p.slice(0, -1), prefix: true } : { text: p, prefix: false };
  });
}

function partMatches(p: Part, w: string | undefined): boolean {
  if (w === undefined) return false;
  if ('special' in p) {
    if (p.special === 'w') return true;
    return p.special === 'n' ? NUM.test(w) : AGE.test(w);
  }
  return p.prefix ? w.startsWith(p.text) : w === p.text;
}

export interface Hit<T> {
  value: T;
  start: number;
  /** Index after the last matched word. */
  end: number;
  /** The words matched, for explanations. */
  phrase: string;
}

/** A compiled lexicon: phrases (with optional stems) mapped to a value. */
export class PhraseTable<T> {
  private exact = new Map<string, Compiled<T>[]>();
  private prefixes = new Map<string, Compiled<T>[]>();
  private special: Compiled<T>[] = [];
  private minPrefix = Infinity;
  private memo = new Map<string, readonly Compiled<T>[]>();
  private maxPrefix = 0;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [e, v] of entries) this.add(e, v);
  }

  add(entry: string, value: T): this {
    this.memo.clear();
    for (const phrase of expand(entry)) {
      const parts = parse(phrase);
      const first = parts[0];
      if (!first) continue;
      const c: Compiled<T> = { parts, value, phrase };
      if ('special' in first) this.special.push(c);
      else if (!first.prefix) push(this.exact, first.text, c);
      else {
        push(this.prefixes, first.text, c);
        this.minPrefix = Math.min(this.minPrefix, first.text.length);
        this.maxPrefix = Math.max(this.maxPrefix, first.text.length);
      }
    }
    return this;
  }

  /**
   * Entries whose first part matches `w`. Memoised per word: a feed's vocabulary repeats, so most
   * words cost one Map lookup instead of one per prefix length. Bounded so it cannot grow forever.
   */
  private candidates(w: string): readonly Compiled<T>[] {
    const cached = this.memo.get(w);
    if (cached) return cached;
    const found: Compiled<T>[] = [...(this.exact.get(w) ?? [])];
    const max = Math.min(this.maxPrefix, w.length);
    for (let L = this.minPrefix; L <= max; L++) {
      const l = this.prefixes.get(w.slice(0, L));
      if (l) found.push(...l);
    }
    for (const c of this.special) if (partMatches(c.parts[0]!, w)) found.push(c);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(w, found);
    return found;
  }

  /** Every entry that matches starting at word `i`. */
  at(words: readonly string[], i: number, out: Hit<T>[]): void {
    const list = this.candidates(words[i]!);
    for (const c of list) {
      let ok = true;
      for (let k = 1; k < c.parts.length && ok; k++) ok = partMatches(c.parts[k]!, words[i + k]);
      if (ok) {
        const end = i + c.parts.length;
        out.push({
          value: c.value,
          start: i,
          end,
          phrase: c.parts.length === 1 ? words[i]! : words.slice(i, end).join(' '),
        });
      }
    }
  }

  /** All matches in the post, left to right; overlapping matches are all reported. */
  scan(words: readonly string[]): Hit<T>[] {
    const out: Hit<T>[] = [];
    for (let i = 0; i < words.length; i++) this.at(words, i, out);
    return out;
  }

  /** First match, or undefined. */
  first(words: readonly string[], accept?: (h: Hit<T>) => boolean): Hit<T> | undefined {
    const out: Hit<T>[] = [];
    // Cheap pre-check: most posts have no candidate at all for a small table.
    let any = false;
    for (let i = 0; i < words.length && !any; i++) any = this.candidates(words[i]!).length > 0;
    if (!any) return undefined;
    for (let i = 0; i < words.length; i++) {
      out.length = 0;
      this.at(words, i, out);
      for (const h of out) if (!accept || accept(h)) return h;
    }
    return undefined;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** A table where every entry carries the same value: membership tests with explanations. */
export function phraseSet(entries: readonly string[]): PhraseTable<true> {
  return new PhraseTable(entries.map((e) => [e, true] as const));
}

/** Words ending in one of `suffixes` (drug-name stems), checked by slicing, not by regex. */
export class SuffixSet {
  private set: Set<string>;
  private min: number;
  private max: number;
  constructor(suffixes: readonly string[]) {
    this.set = new Set(suffixes);
    this.min = Math.min(...suffixes.map((s) => s.length));
    this.max = Math.max(...suffixes.map((s) => s.length));
  }
  has(word: string, minStem = 3): boolean {
    const max = Math.min(this.max, word.length - minStem);
    for (let L = this.min; L <= max; L++) if (this.set.has(word.slice(-L))) return true;
    return false;
  }
}
