import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/index';
import { parseCorpus, toInput, type CorpusLine } from '../../scripts/corpus';

// Floors a little below what the detector reaches on the data it was never tuned on (frozen on
// 2026-12-07, see docs/vocabularies.md): they guard generalisation, not the data it grew on.
const TRAIN = '../shared/corpus/train.jsonl';
const UNTUNED = 'test/fixtures/ae/train-untuned-ids.txt';
const REAL = 'test/fixtures/ae/real-language.jsonl';
const CHECK = 'test/fixtures/classify/ae-check-2026-12-07.jsonl';

function recallPrecision(rows: CorpusLine[]): { recall: number; precision: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const got = classify(toInput(r)).ae;
    if (got && r.ae) tp++;
    else if (got) fp++;
    else if (r.ae) fn++;
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp) };
}

describe('adverse events on data the detector was not tuned on', () => {
  it('the untuned 30% of the train corpus', () => {
    const ids = new Set(readFileSync(UNTUNED, 'utf8').split('\n').filter(Boolean));
    const rows = parseCorpus(readFileSync(TRAIN, 'utf8'), TRAIN).filter((r) => ids.has(r.id));
    expect(rows.length).toBe(93);
    const m = recallPrecision(rows);
    expect(m.recall).toBeGreaterThanOrEqual(0.65);
    expect(m.precision).toBeGreaterThanOrEqual(0.75);
  });
  it('patient-forum and tweet language in eight languages', () => {
    const rows = parseCorpus(readFileSync(REAL, 'utf8'), REAL);
    const m = recallPrecision(rows);
    expect(m.recall).toBeGreaterThanOrEqual(0.82);
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('the fresh check set frozen before the recall follow-up', () => {
    const rows = parseCorpus(readFileSync(CHECK, 'utf8'), CHECK);
    expect(rows.length).toBe(150);
    const m = recallPrecision(rows);
    expect(m.recall).toBeGreaterThanOrEqual(0.83);
    expect(m.precision).toBeGreaterThanOrEqual(0.85);
  });
});
