/**
 * Features of a post for the on-device category model, chosen so that a few corrections generalise
 * to the posts where the rules make the same mistake:
 *
 * - the rules' own state: which category they chose, how close the call was, and whether the author
 *   looked like an HCP. A user's feed has its own blind spots (say, terse clinical tips from HCPs that
 *   no cue matches, where `none` wins a tie by default), and this is where they show first;
 * - the rules' cue phrases that matched (`lexicon-category.ts`): a correction then says "this cue
 *   misleads here", which carries over to every post with that cue, unlike the post's rarer words;
 * - the post's words and the author's headline words, weak and length-normalised, for a feed's own
 *   recurring formats and authors that no cue knows about.
 *
 * Everything is hashed into `BUCKETS` so the stored model stays small and holds no text.
 */
import { CATEGORIES, type Category, type ClassifyInput, type Verdict } from '../types';
import { CUES } from '../lexicon-category';
import { fold } from '../text';
import { PhraseTable, tokenize } from '../tokens';

/** 2^18 buckets: collisions stay rare for a few thousand corrections, and the model is stored sparsely. */
export const BUCKETS = 1 << 18;

/*
 * Feature values, on the scale of the rules' log-scores (a cue of weight 1 moves a log-score by 0.5).
 * Rule-state features are shared by many posts, so each correction moves them least; words are the
 * noisiest evidence, so all of a post's words together weigh about as much as one cue.
 */
const STATE = 0.25;
const CUE = 0.5;
const WORDS = 0.5;
/** Top-two score gaps below these are a tie / a close call (scores are a distribution). */
const TIE = 0.005;
const CLOSE = 0.15;

/** FNV-1a, 32 bit: fast, dependency-free and stable across runs (the model is persisted). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const bucket = (s: string): number => hash(s) % BUCKETS;

/** Each cue entry maps to its own bucket, so which phrase matched is known without keeping it. */
const CUE_BUCKETS = new PhraseTable<number>();
for (const c of CATEGORIES)
  for (const [weight, entries] of CUES[c])
    for (const e of entries) CUE_BUCKETS.add(e, bucket(`q|${c}|${weight}|${e}`));

/** A sparse vector: distinct buckets and their values. */
export interface Features {
  ids: number[];
  vals: number[];
}

/** How decided the rules were: `tie`, `close` or `clear`. */
export function margin(scores: Record<Category, number>): 'tie' | 'close' | 'clear' {
  let first = 0;
  let second = 0;
  for (const c of CATEGORIES) {
    const s = scores[c];
    if (s > first) [first, second] = [s, first];
    else if (s > second) second = s;
  }
  const gap = first - second;
  return gap < TIE ? 'tie' : gap < CLOSE ? 'close' : 'clear';
}

export function features(input: ClassifyInput, rules: Verdict): Features {
  const ids: number[] = [];
  const vals: number[] = [];
  const seen = new Set<number>();
  const add = (id: number, v: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    ids.push(id);
    vals.push(v);
  };
  const m = margin(rules.categoryScores);
  const hcp = rules.isHcp ? 'hcp' : 'lay';
  add(bucket(`s|${rules.category}|${m}|${hcp}`), STATE);
  add(bucket(`s|${m}|${hcp}`), STATE);
  add(bucket(`s|${m}`), STATE);

  const words = tokenize(fold(input.text ?? ''));
  CUE_BUCKETS.each(words, (id) => add(id, CUE));

  const text = words.map((w) => bucket(`w|${w}`));
  for (const w of tokenize(fold(input.authorHeadline ?? ''))) text.push(bucket(`h|${w}`));
  const distinct = [...new Set(text)].filter((id) => !seen.has(id));
  const x = WORDS / Math.sqrt(Math.max(distinct.length, 1));
  for (const id of distinct) add(id, x);
  return { ids, vals };
}
