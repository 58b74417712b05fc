import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classify/index';
import {
  binary,
  computeMetrics,
  topK,
  type GoldLabels,
  type Prediction,
} from '../../src/classify/metrics';
import type { Category } from '../../src/classify/types';
import { parseCorpus, toGold, toInput } from '../../scripts/corpus';

const scores = (top: Category, second: Category): Record<Category, number> => {
  const s = {
    collaborating: 0,
    communicating: 0,
    connecting: 0,
    creating: 0,
    catalyzing: 0,
    none: 0,
  };
  s[top] = 0.6;
  s[second] = 0.3;
  return s;
};
const row = (over: Partial<GoldLabels> = {}): GoldLabels => ({
  isHcp: true,
  trainee: false,
  industry: false,
  specialty: '',
  category: 'none',
  ae: false,
  ...over,
});

describe('metrics', () => {
  it('binary precision / recall / F1', () => {
    const m = binary([true, true, false, false], [true, false, true, false]);
    expect(m).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
  it('nothing to find and nothing predicted is perfect, not NaN', () => {
    expect(binary([false, false], [false, false])).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });
  it('topK orders by score', () => {
    expect(topK(scores('creating', 'connecting'), 2)).toEqual(['creating', 'connecting']);
  });
  it('computes every figure of the eval table', () => {
    const gold = [
      row({ category: 'creating', specialty: 'cardiology', ae: true }),
      row({ isHcp: false, category: 'none' }),
      row({ category: 'connecting', specialty: 'nursing', trainee: true }),
    ];
    const pred: Prediction[] = [
      {
        ...row({ category: 'creating', specialty: 'cardiology', ae: true }),
        categoryScores: scores('creating', 'none'),
      },
      {
        ...row({ isHcp: true, category: 'communicating' }),
        categoryScores: scores('communicating', 'none'),
      },
      {
        ...row({ category: 'creating', specialty: 'oncology' }),
        categoryScores: scores('creating', 'connecting'),
      },
    ];
    const m = computeMetrics(gold, pred);
    expect(m.hcp).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(m.nonHcpCalledHcp).toBe(1);
    expect(m.categoryTop1).toBeCloseTo(1 / 3);
    expect(m.categoryTop2).toBeCloseTo(1);
    expect(m.specialtyAccuracy).toBe(0.5);
    expect(m.specialtyN).toBe(2);
    expect(m.ae.recall).toBe(1);
    expect(m.trainee.recall).toBe(0);
    expect(m.categoryMacroF1).toBeGreaterThan(0);
  });
  it('rejects mismatched lengths', () => {
    expect(() => computeMetrics([row()], [])).toThrow();
  });
});

describe('corpus reader', () => {
  it('names the line of a malformed entry', () => {
    const good = JSON.stringify({
      id: 'a',
      platform: 'x',
      author_name: 'A',
      author_headline: '',
      text: 'hi',
    });
    expect(() => parseCorpus(`${good}\n{"id":"b","platform":"myspace"}\n`, 'f.jsonl')).toThrow(
      /f\.jsonl:2/,
    );
    expect(() => parseCorpus(`${good}\nnot json\n`, 'f.jsonl')).toThrow(
      /f\.jsonl:2: not valid JSON/,
    );
    expect(parseCorpus(`${good}\n\n`)).toHaveLength(1);
  });
});

// Regression floors on the dev corpus, a little below what v1 reaches (see the eval command).
const DEV = resolve(process.cwd(), '../shared/corpus/dev.jsonl');
describe.skipIf(!existsSync(DEV))('dev corpus regression floors', () => {
  const rows = existsSync(DEV) ? parseCorpus(readFileSync(DEV, 'utf8'), DEV) : [];
  const gold = rows.map((r) => toGold(r) as GoldLabels);
  const pred: Prediction[] = rows.map((r) => {
    const v = classify(toInput(r));
    return { ...v, categoryScores: v.categoryScores };
  });
  const m = computeMetrics(gold, pred);

  it('HCP', () => {
    expect(m.hcp.f1).toBeGreaterThanOrEqual(0.97);
    expect(m.nonHcpCalledHcp).toBeLessThanOrEqual(0.03);
  });
  it('category', () => {
    expect(m.categoryTop1).toBeGreaterThanOrEqual(0.91);
    expect(m.categoryTop2).toBeGreaterThanOrEqual(0.95);
    expect(m.categoryMacroF1).toBeGreaterThanOrEqual(0.9);
  });
  it('AE', () => {
    expect(m.ae.recall).toBeGreaterThanOrEqual(0.96);
    // The model flags what the lists miss since 2026-12-08, trading some precision for recall
    // (decide.ts): 0.91 on dev then.
    expect(m.ae.precision).toBeGreaterThanOrEqual(0.88);
  });
  it('specialty, trainee, industry', () => {
    expect(m.specialtyAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(m.trainee.f1).toBeGreaterThanOrEqual(0.97);
    expect(m.industry.f1).toBeGreaterThanOrEqual(0.96);
  });
});

// Floors on our own independently written holdout (test/fixtures/classify/holdout.jsonl), a little
// below what the classifier reaches: they guard generalisation, not the dev corpus the rules grew on.
const HOLDOUT = resolve(process.cwd(), 'test/fixtures/classify/holdout.jsonl');
describe('holdout regression floors', () => {
  const rows = parseCorpus(readFileSync(HOLDOUT, 'utf8'), HOLDOUT);
  const gold = rows.map((r) => toGold(r) as GoldLabels);
  const pred: Prediction[] = rows.map((r) => classify(toInput(r)));
  const m = computeMetrics(gold, pred);

  it('has enough posts to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });
  it('HCP', () => {
    expect(m.hcp.f1).toBeGreaterThanOrEqual(0.97);
    expect(m.nonHcpCalledHcp).toBeLessThanOrEqual(0.03);
  });
  it('category', () => {
    expect(m.categoryTop1).toBeGreaterThanOrEqual(0.84);
    expect(m.categoryTop2).toBeGreaterThanOrEqual(0.93);
    expect(m.categoryMacroF1).toBeGreaterThanOrEqual(0.84);
  });
  it('AE', () => {
    expect(m.ae.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.ae.precision).toBeGreaterThanOrEqual(0.9);
  });
  it('specialty, trainee, industry', () => {
    expect(m.specialtyAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.trainee.f1).toBeGreaterThanOrEqual(0.95);
    expect(m.industry.f1).toBeGreaterThanOrEqual(0.9);
  });
});
