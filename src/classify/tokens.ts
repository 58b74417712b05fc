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

/** Words, numbers, hashtags and the `%`, `$`, `?` cues use (see `words.ts`). */
export { tokenize } from './words';

const MEMO_LIMIT = 50_000;
const AGE = /^\d{1,3}(?:m|f|yo|yom|yof|y)$/;
const NUM = /^\d+$/;

const EXACT = 0;
const PREFIX = 1;
const NUMBER = 2;
const AGE_SEX = 3;
const ANY = 4;
/** One object shape for every part, so the matching loop stays monomorphic. */
interface Part {
  kind: typeof EXACT | typeof PREFIX | typeof NUMBER | typeof AGE_SEX | typeof ANY;
  /** The word, or the stem of a `*` part; empty for `<n>`, `<age>`, `<w>`. */
  text: string;
}

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
    if (p === '<n>') return { kind: NUMBER, text: '' };
    if (p === '<age>') return { kind: AGE_SEX, text: '' };
    if (p === '<w>') return { kind: ANY, text: '' };
    return p.endsWith('*') ? { kind: PREFIX, text: p.slice(0, -1) } : { kind: EXACT, text: p };
  });
}

function partMatches(p: Part, w: string | undefined): boolean {
  if (w === undefined) return false;
  switch (p.kind) {
    case EXACT:
      return w === p.text;
    case PREFIX:
      return w.startsWith(p.text);
    case NUMBER:
      return NUM.test(w);
    case AGE_SEX:
      return AGE.test(w);
    default:
      return true;
  }
}

export interface Hit<T> {
  value: T;
  start: number;
  /** Index after the last matched word. */
  end: number;
  /** The words matched, for explanations. */
  phrase: string;
}

/**
 * Per-word memo shared by every table: a word's candidate lists for all tables hang off one entry,
 * so a post's word costs one Map lookup in total rather than one per table. Slot `k` holds the
 * candidates of the table with id `k` (filled lazily). Bounded so it cannot grow forever.
 */
type WordEntry = unknown[];
const WORD_MEMO = new Map<string, WordEntry>();
let nextTableId = 0;
const NO_CANDIDATES: readonly never[] = [];
/** The last word list resolved (a copy) and its entries: the steps of one post share a word list. */
let lastWords: string[] = [];
let lastEntries: WordEntry[] = [];

function resetWordMemo(): void {
  WORD_MEMO.clear();
  lastWords = [];
  lastEntries = [];
}

function entryOf(w: string): WordEntry {
  let e = WORD_MEMO.get(w);
  if (e === undefined) {
    if (WORD_MEMO.size >= MEMO_LIMIT) WORD_MEMO.clear();
    e = [];
    WORD_MEMO.set(w, e);
  }
  return e;
}

/** Memo entries for `words`, reused while the same words are scanned by several tables. */
function entriesOf(words: readonly string[]): WordEntry[] {
  const n = words.length;
  if (n === lastWords.length) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = words[i] === lastWords[i];
    if (same) return lastEntries;
  }
  const entries = new Array<WordEntry>(n);
  for (let i = 0; i < n; i++) entries[i] = entryOf(words[i]!);
  lastWords = words.slice();
  lastEntries = entries;
  return entries;
}

/** A compiled lexicon: phrases (with optional stems) mapped to a value. */
export class PhraseTable<T> {
  private exact = new Map<string, Compiled<T>[]>();
  private prefixes = new Map<string, Compiled<T>[]>();
  private special: Compiled<T>[] = [];
  private minPrefix = Infinity;
  private maxPrefix = 0;
  private readonly id = nextTableId++;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [e, v] of entries) this.add(e, v);
  }

  add(entry: string, value: T): this {
    resetWordMemo();
    for (const phrase of expand(entry)) {
      const parts = parse(phrase);
      const first = parts[0];
      if (!first) continue;
      const c: Compiled<T> = { parts, value, phrase };
      if (first.kind !== EXACT && first.kind !== PREFIX) this.special.push(c);
      else if (first.kind === EXACT) push(this.exact, first.text, c);
      else {
        push(this.prefixes, first.text, c);
        this.minPrefix = Math.min(this.minPrefix, first.text.length);
        this.maxPrefix = Math.max(this.maxPrefix, first.text.length);
      }
    }
    return this;
  }

  /**
   * Entries whose first part matches `w`. Memoised per word in the shared word memo: a feed's
   * vocabulary repeats, so most words cost one slot read instead of one lookup per prefix length.
   */
  private candidates(w: string, entry: WordEntry = entryOf(w)): readonly Compiled<T>[] {
    const cached = entry[this.id] as readonly Compiled<T>[] | undefined;
    if (cached) return cached;
    const found: Compiled<T>[] = [...(this.exact.get(w) ?? [])];
    const max = Math.min(this.maxPrefix, w.length);
    for (let L = this.minPrefix; L <= max; L++) {
      const l = this.prefixes.get(w.slice(0, L));
      if (l) found.push(...l);
    }
    for (const c of this.special) if (partMatches(c.parts[0]!, w)) found.push(c);
    // A fresh entry's slots fill in id order; pad so the array stays packed.
    for (let k = entry.length; k < this.id; k++) entry.push(undefined);
    // Most words start no entry of a table: they share one empty list (memory, cache lines).
    const list = found.length > 0 ? found : NO_CANDIDATES;
    entry[this.id] = list;
    return list;
  }

  /**
   * Calls `fn` for every match, in the order `scan` reports them, without building hit objects;
   * `phraseOf(words, start, end)` gives the phrase when a caller needs it. `fn` returning `true`
   * stops the walk.
   */
  each(
    words: readonly string[],
    fn: (value: T, start: number, end: number) => boolean | void,
  ): void {
    const entries = entriesOf(words);
    for (let i = 0; i < words.length; i++) {
      const list = this.candidates(words[i]!, entries[i]);
      for (let j = 0; j < list.length; j++) {
        const c = list[j]!;
        const parts = c.parts;
        let ok = true;
        for (let k = 1; k < parts.length && ok; k++) ok = partMatches(parts[k]!, words[i + k]);
        if (ok && fn(c.value, i, i + parts.length) === true) return;
      }
    }
  }

  /** All matches in the post, left to right; overlapping matches are all reported. */
  scan(words: readonly string[]): Hit<T>[] {
    const out: Hit<T>[] = [];
    this.each(words, (value, start, end) => {
      out.push({ value, start, end, phrase: phraseOf(words, start, end) });
    });
    return out;
  }

  /** First match (the first `accept` takes, when given), or undefined. */
  first(words: readonly string[], accept?: (h: Hit<T>) => boolean): Hit<T> | undefined {
    // Matches are rare: a hit object is built only for a match.
    let found: Hit<T> | undefined;
    this.each(words, (value, start, end) => {
      const h: Hit<T> = { value, start, end, phrase: phraseOf(words, start, end) };
      if (accept && !accept(h)) return false;
      found = h;
      return true;
    });
    return found;
  }
}

/** A per-word predicate memoised in the shared word memo (e.g. "is a generic drug name"). */
export class WordTest {
  private readonly id = nextTableId++;
  constructor(private readonly test: (w: string) => boolean) {}

  /** Index of the first word passing the test, or -1. */
  firstIndex(words: readonly string[]): number {
    const entries = entriesOf(words);
    const id = this.id;
    for (let i = 0; i < words.length; i++) {
      const cands = entries[i]!;
      let r = cands[id] as boolean | undefined;
      if (r === undefined) {
        r = this.test(words[i]!);
        for (let k = cands.length; k < id; k++) cands.push(undefined);
        cands[id] = r;
      }
      if (r) return i;
    }
    return -1;
  }
}

/** The words of a match, as `Hit.phrase` reports them. */
export function phraseOf(words: readonly string[], start: number, end: number): string {
  return end - start === 1 ? words[start]! : words.slice(start, end).join(' ');
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
