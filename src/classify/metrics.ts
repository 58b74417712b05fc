/**
 * Evaluation metrics for the classifier against a labelled corpus. Pure so it can be unit tested
 * and shared by `scripts/eval.ts` and the regression test.
 */
import { CATEGORIES, type Category } from './types';

export interface GoldLabels {
  isHcp: boolean;
  trainee: boolean;
  industry: boolean;
  specialty: string;
  category: Category;
  ae: boolean;
}

export interface Prediction extends GoldLabels {
  categoryScores: Record<Category, number>;
}

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics {
  n: number;
  hcp: BinaryMetrics;
  /** Share of non-HCPs called HCP (look-alike false-positive rate). */
  nonHcpCalledHcp: number;
  categoryTop1: number;
  categoryTop2: number;
  categoryMacroF1: number;
  categoryF1: Record<Category, number>;
  ae: BinaryMetrics;
  /** Over rows whose gold specialty is non-empty. */
  specialtyAccuracy: number;
  specialtyN: number;
  trainee: BinaryMetrics;
  industry: BinaryMetrics;
}

/** Empty denominators give 0 rather than NaN, except precision with nothing predicted and nothing to find. */
function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function binary(gold: readonly boolean[], pred: readonly boolean[]): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i] && !gold[i]) fp++;
    else if (!pred[i] && gold[i]) fn++;
  }
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

export function topK(scores: Record<Category, number>, k: number): Category[] {
  // Ties keep display order so results are deterministic.
  return [...CATEGORIES]
    .sort((a, b) => scores[b] - scores[a] || CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b))
    .slice(0, k);
}

export function computeMetrics(gold: readonly GoldLabels[], pred: readonly Prediction[]): Metrics {
  if (gold.length !== pred.length)
    throw new Error(`gold has ${gold.length} rows, predictions ${pred.length}`);
  const n = gold.length;
  const hcp = binary(
    gold.map((g) => g.isHcp),
    pred.map((p) => p.isHcp),
  );
  const nonHcp = gold.filter((g) => !g.isHcp).length;
  const nonHcpCalled = gold.filter((g, i) => !g.isHcp && pred[i]!.isHcp).length;

  let top1 = 0;
  let top2 = 0;
  for (let i = 0; i < n; i++) {
    if (pred[i]!.category === gold[i]!.category) top1++;
    if (topK(pred[i]!.categoryScores, 2).includes(gold[i]!.category)) top2++;
  }
  const categoryF1 = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    categoryF1[c] = binary(
      gold.map((g) => g.category === c),
      pred.map((p) => p.category === c),
    ).f1;
  }
  const macro = CATEGORIES.reduce((s, c) => s + categoryF1[c], 0) / CATEGORIES.length;

  let specN = 0;
  let specOk = 0;
  for (let i = 0; i < n; i++) {
    if (gold[i]!.specialty === '') continue;
    specN++;
    if (pred[i]!.specialty === gold[i]!.specialty) specOk++;
  }

  return {
    n,
    hcp,
    nonHcpCalledHcp: ratio(nonHcpCalled, nonHcp),
    categoryTop1: ratio(top1, n),
    categoryTop2: ratio(top2, n),
    categoryMacroF1: macro,
    categoryF1,
    ae: binary(
      gold.map((g) => g.ae),
      pred.map((p) => p.ae),
    ),
    specialtyAccuracy: ratio(specOk, specN),
    specialtyN: specN,
    trainee: binary(
      gold.map((g) => g.trainee),
      pred.map((p) => p.trainee),
    ),
    industry: binary(
      gold.map((g) => g.industry),
      pred.map((p) => p.industry),
    ),
  };
}
