/**
 * Misspelling-tolerant name lookup: a name of 6+ letters also matches a word one edit away (a
 * letter missing, added, changed, or two swapped: "metforman", "ozempik", "sertaline"). Built as a
 * deletion index, so a lookup costs one Map read per letter of the word instead of a scan of every
 * name; English words one edit from a name (the build-time guard) never match.
 */

const MIN_NAME = 6;

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Optimal string alignment distance is at most 1 (one insert, delete, substitute or swap). */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class FuzzyNames {
  private readonly names = new Set<string>();
  /** A deletion of a name (any position) -> the names it comes from. */
  private readonly byDeletion = new Map<string, string[]>();
  /**
   * First and last two letters of the names: one edit leaves one of them intact in a word of 5+
   * letters, so a word matching neither is no misspelling, without building its deletions.
   */
  private readonly heads = new Set<string>();
  private readonly tails = new Set<string>();

  constructor(
    names: Iterable<string>,
    private readonly guard: ReadonlySet<string>,
  ) {
    for (const n of names) {
      if (n.length < MIN_NAME || this.names.has(n)) continue;
      this.names.add(n);
      this.heads.add(n.slice(0, 2));
      this.tails.add(n.slice(-2));
      for (const d of deletions(n)) {
        const l = this.byDeletion.get(d);
        if (l) l.push(n);
        else this.byDeletion.set(d, [n]);
      }
    }
  }

  /** The name `w` is a misspelling of, or undefined (exact names are not this class's job). */
  nearest(w: string): string | undefined {
    if (w.length < MIN_NAME - 1 || w.length > 30 || this.guard.has(w) || this.names.has(w))
      return undefined;
    if (!this.heads.has(w.slice(0, 2)) && !this.tails.has(w.slice(-2))) return undefined;
    // A letter missing: w is a deletion of a name.
    const missing = this.byDeletion.get(w);
    if (missing) return missing[0];
    for (const d of deletions(w)) {
      // A letter too many.
      if (this.names.has(d)) return d;
      // A letter changed, or two swapped: w and the name share a deletion.
      const near = this.byDeletion.get(d);
      if (near) for (const n of near) if (withinOne(w, n)) return n;
    }
    return undefined;
  }
}
