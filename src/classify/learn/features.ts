/**
 * Hashed features of a post for the on-device category model: word unigrams and bigrams of the
 * post, character 3-5-grams inside each word (they carry morphology across languages and typos:
 * "vaccin" in vaccine / vacuna / Impfung-less posts), and the author's headline words, kept apart
 * by a prefix so "nurse" in a bio and in a post are different evidence.
 */
import type { ClassifyInput } from '../types';
import { fold } from '../text';
import { tokenize } from '../tokens';

/** 2^18 buckets: collisions stay rare for a few thousand corrections, and the model is stored sparsely. */
export const BUCKETS = 1 << 18;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** FNV-1a, 32 bit: fast, dependency-free and stable across runs (the model is persisted). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Feature bucket indices with repeats (a multinomial model counts them). */
export function features(input: ClassifyInput): number[] {
  const out: number[] = [];
  const words = tokenize(fold(input.text ?? ''));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.push(hash(`w|${w}`) % BUCKETS);
    if (i + 1 < words.length) out.push(hash(`b|${w} ${words[i + 1]}`) % BUCKETS);
    const padded = ` ${w} `;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++)
      for (let k = 0; k + n <= padded.length; k++)
        out.push(hash(`c|${padded.slice(k, k + n)}`) % BUCKETS);
  }
  for (const w of tokenize(fold(input.authorHeadline ?? ''))) out.push(hash(`h|${w}`) % BUCKETS);
  return out;
}
