/**
 * How the labelled corpora are split for honest figures. Every split is by author (a normalised
 * name), so no author's posts fall on both sides: an author's bio and style must not be learnt on
 * one side and recognised on the other.
 *
 * - `fold(row)`: one of 5 cross-validation folds.
 * - `isFrozen(row)`: the frozen split, about a fifth of `train.jsonl`'s authors, set aside on
 *   2026-12-07 at 21:09 UTC before any rule or model was tuned on `train.jsonl`. It is never read
 *   for error analysis; the frozen figures train the model without it.
 */
import type { CorpusLine } from '../corpus';

export const FOLDS = 5;

/** FNV-1a, 32 bit: stable across runs and machines. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The author a row belongs to: the name without credentials, case, accents or emoji. */
export function authorKey(row: Pick<CorpusLine, 'author_name'>): string {
  const name = row.author_name.split(',')[0] ?? '';
  return name
    .normalize('NFD')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function fold(row: Pick<CorpusLine, 'author_name'>): number {
  return fnv(`fold|${authorKey(row)}`) % FOLDS;
}

export function isFrozen(row: Pick<CorpusLine, 'author_name' | 'id'>): boolean {
  return row.id.startsWith('tr-') && fnv(`frozen|${authorKey(row)}`) % 5 === 0;
}
