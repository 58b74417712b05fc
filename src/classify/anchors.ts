/**
 * Pre-checks for the profile regexes, which would otherwise all run on every profile although few
 * can match. Every match of a regex contains one of its "anchors": literal runs of ASCII letters
 * and digits read off the regex source at load time (a run no match can skip, or one per branch of
 * a group no match can skip). One pass over the text finds the anchors of every registered regex;
 * a regex none of whose anchors occurs cannot match and is not run. Whatever the reader cannot
 * prove (a branch with only optional parts, the `i` flag) leaves its regex always run, so the
 * lexicons stay plain regexes and the source of truth.
 */

/** Anchors of a regex (any match contains one of them), or null when nothing can be proven. */
export function anchorsOf(re: RegExp): string[] | null {
  if (re.flags.includes('i')) return null;
  const r = new Reader(re.source);
  const out = r.alternation();
  return r.i === re.source.length ? out : null;
}

const BRACES = /\{(\d+)(?:,\d*)?\}\??/y;
const ONCE = 0;
const REPEATED = 1;
const OPTIONAL = 2;

function isLiteral(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A recursive-descent reader of regex source that keeps only what every match must contain. It
 * runs at load time, before the JIT has warmed up, so it sticks to character codes and slices.
 */
class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  /** Branches up to the closing `)` or the end: the union of their anchors. */
  alternation(): string[] | null {
    const all: string[] = [];
    let proven = true;
    for (;;) {
      const b = this.branch();
      if (b === null) proven = false;
      else for (const a of b) all.push(a);
      if (this.s.charCodeAt(this.i) !== 124 /* | */) break;
      this.i++;
    }
    return proven ? all : null;
  }

  /** One branch: the best of its required literal runs and required groups. */
  private branch(): string[] | null {
    const s = this.s;
    let pick: string[] | null = null;
    let runStart = -1;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 124 /* | */ || c === 41 /* ) */) break;
      const at = this.i;
      let group: string[] | null = null;
      let literal = false;
      if (c === 92 /* \ */) this.escape();
      else if (c === 91 /* [ */) this.charClass();
      else if (c === 40 /* ( */) group = this.group();
      else {
        literal = isLiteral(c);
        this.i++;
      }
      const q = this.quantifier();
      if (literal && q === ONCE) {
        if (runStart === -1) runStart = at;
        continue;
      }
      if (runStart !== -1) pick = better(pick, [s.slice(runStart, at)]);
      runStart = -1;
      if (group !== null && q !== OPTIONAL) pick = better(pick, group);
    }
    if (runStart !== -1) pick = better(pick, [s.slice(runStart, this.i)]);
    return pick;
  }

  /** A group's anchors; null for lookarounds (zero-width) and unprovable groups. */
  private group(): string[] | null {
    const s = this.s;
    this.i++;
    // Lookarounds are zero-width; modifier groups (`(?i:`) could change what matches.
    let counts = true;
    if (s[this.i] === '?') {
      const next = s[this.i + 1];
      const named = next === '<' && s[this.i + 2] !== '=' && s[this.i + 2] !== '!';
      counts = next === ':' || named;
      this.i = named ? s.indexOf('>', this.i) + 1 : this.i + (next === '<' ? 3 : 2);
    }
    const inner = this.alternation();
    this.i++; // ')'
    return counts ? inner : null;
  }

  private escape(): void {
    const s = this.s;
    const c = s[this.i + 1];
    this.i += 2;
    if ((c === 'p' || c === 'P' || c === 'u') && s[this.i] === '{')
      this.i = s.indexOf('}', this.i) + 1;
    else if (c === 'u') this.i += 4;
    else if (c === 'x') this.i += 2;
    else if (c === 'c') this.i += 1;
    else if (c === 'k') this.i = s.indexOf('>', this.i) + 1;
  }

  private charClass(): void {
    const s = this.s;
    this.i++;
    while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  /** Reads a quantifier after an atom: is the atom there exactly once, at least once, or maybe not? */
  private quantifier(): number {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === 63 /* ? */ || c === 42 /* * */ || c === 43 /* + */) {
      this.i++;
      if (s.charCodeAt(this.i) === 63) this.i++;
      return c === 43 ? REPEATED : OPTIONAL;
    }
    if (c === 123 /* { */) {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(s);
      if (m) {
        this.i += m[0].length;
        return m[1] === '0' ? OPTIONAL : REPEATED;
      }
    }
    return ONCE;
  }
}

/** The longest shortest anchor wins (short ones hit often), then the fewest anchors. */
function better(pick: string[] | null, c: string[]): string[] {
  if (pick === null) return c;
  const min = shortest(c);
  const pickMin = shortest(pick);
  return min > pickMin || (min === pickMin && c.length < pick.length) ? c : pick;
}

function shortest(anchors: readonly string[]): number {
  let min = Infinity;
  for (const a of anchors) if (a.length < min) min = a.length;
  return min;
}

/**
 * A set of regexes (each known by the id `add` returns) and the anchors they need. `scan` finds
 * every anchor in one pass over the text (an Aho-Corasick automaton over the anchors' characters,
 * built on first use) and flags the regexes that can match.
 */
export class AnchorIndex {
  private count = 0;
  private readonly always: number[] = [];
  private readonly anchors: { anchor: string; id: number }[] = [];
  private dfa: Automaton | undefined;

  add(re: RegExp): number {
    const id = this.count++;
    this.dfa = undefined;
    const anchors = anchorsOf(re);
    if (anchors === null || anchors.length === 0) this.always.push(id);
    else for (const anchor of anchors) this.anchors.push({ anchor, id });
    return id;
  }

  /** Flags by id (1: may match) for `text`, added to `into` when given. */
  scan(text: string, into?: number[]): number[] {
    const dfa = (this.dfa ??= new Automaton(this.anchors, this.count, this.always));
    const flags = into ?? dfa.base.slice();
    const { classOf, delta, width, out } = dfa;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = delta[state * width + (code < 128 ? classOf[code]! : 0)]!;
      const ids = out[state]!;
      for (let k = 0; k < ids.length; k++) flags[ids[k]!] = 1;
    }
    return flags;
  }
}

/** Flags set in `a` or `b`. */
export function either(a: readonly number[], b: readonly number[]): number[] {
  const out = a.slice();
  for (let k = 0; k < out.length; k++) out[k] = out[k]! | b[k]!;
  return out;
}

const NONE: readonly number[] = [];

/**
 * The anchors as one deterministic automaton: a trie with every missing transition filled in from
 * the longest suffix that is also a trie path. Characters that occur in no anchor share class 0,
 * which always leads back to the root (anchors are ASCII letters and digits).
 */
class Automaton {
  readonly classOf = new Uint8Array(128);
  readonly width: number;
  readonly delta: Uint16Array | Uint32Array;
  /** Ids whose anchor ends at each state (including shorter anchors ending there). */
  readonly out: readonly (readonly number[])[];
  /** Flags with only the always-run regexes set. */
  readonly base: number[];

  constructor(anchors: readonly { anchor: string; id: number }[], count: number, always: number[]) {
    let classes = 1;
    let chars = 0;
    for (const { anchor } of anchors) {
      chars += anchor.length;
      for (let i = 0; i < anchor.length; i++) {
        const c = anchor.charCodeAt(i);
        if (c >= 128) throw new Error(`non-ASCII anchor ${anchor}`);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    this.width = classes;
    // The trie first, one row of child states per state (0: none, as the root is no one's child).
    const delta = new Uint32Array((chars + 1) * classes);
    const ends: number[][] = [];
    let states = 1;
    for (const { anchor, id } of anchors) {
      let s = 0;
      for (let i = 0; i < anchor.length; i++) {
        const at = s * classes + this.classOf[anchor.charCodeAt(i)]!;
        if (delta[at] === 0) delta[at] = states++;
        s = delta[at]!;
      }
      if (!(ends[s] ??= []).includes(id)) ends[s]!.push(id);
    }
    // Then breadth first, so a state's fallback (its longest proper suffix in the trie) is complete
    // before its children take missing transitions and anchor ends from it.
    const fail = new Uint32Array(states);
    const queue = new Uint32Array(states);
    let tail = 0;
    for (let cls = 1; cls < classes; cls++) if (delta[cls]) queue[tail++] = delta[cls]!;
    for (let head = 0; head < tail; head++) {
      const s = queue[head]!;
      const f = fail[s]!;
      for (const id of ends[f] ?? []) if (!(ends[s] ??= []).includes(id)) ends[s]!.push(id);
      for (let cls = 1; cls < classes; cls++) {
        const child = delta[s * classes + cls]!;
        if (child) {
          fail[child] = delta[f * classes + cls]!;
          queue[tail++] = child;
        } else delta[s * classes + cls] = delta[f * classes + cls]!;
      }
    }
    const used = delta.subarray(0, states * classes);
    this.delta = states < 65536 ? Uint16Array.from(used) : used.slice();
    // Dense, with one shared empty list, so the scan's per-character read stays a plain array load.
    this.out = Array.from({ length: states }, (_, s) => ends[s] ?? NONE);
    this.base = new Array<number>(count).fill(0);
    for (const id of always) this.base[id] = 1;
  }
}

/** Folded (lower-case, unaccented) name and headline: one index, so the profile is read once. */
export const FOLDED_PROFILE = new AnchorIndex();
/** The original name and headline, for the case-sensitive credentials and abbreviations. */
export const RAW_PROFILE = new AnchorIndex();
