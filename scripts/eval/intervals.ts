/**
 * 95% confidence intervals: Wilson's score interval for a proportion (accuracy, a false-positive
 * rate), and a seeded percentile bootstrap for F1 scores, which are not simple proportions.
 */
import {
  computeMetrics,
  type GoldLabels,
  type Metrics,
  type Prediction,
} from '../../src/classify/metrics';
import { seededRandom } from '../lib/seeded';

const Z = 1.959964;

export function wilson(successes: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const d = 1 + (Z * Z) / n;
  const centre = (p + (Z * Z) / (2 * n)) / d;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export const RESAMPLES = 1000;

/** Percentile-bootstrap 95% intervals of every statistic `pick` returns, from one set of resamples. */
export function bootstrap(
  gold: readonly GoldLabels[],
  pred: readonly Prediction[],
  pick: (m: Metrics) => number[],
  seed = 7,
): [number, number][] {
  const next = seededRandom(seed);
  const n = gold.length;
  const draws: number[][] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    const g: GoldLabels[] = [];
    const p: Prediction[] = [];
    for (let i = 0; i < n; i++) {
      const j = Math.floor(next() * n);
      g.push(gold[j]!);
      p.push(pred[j]!);
    }
    draws.push(pick(computeMetrics(g, p)));
  }
  return draws[0]!.map((_, s) => {
    const v = draws.map((d) => d[s]!).sort((a, b) => a - b);
    return [v[Math.floor(0.025 * RESAMPLES)]!, v[Math.ceil(0.975 * RESAMPLES) - 1]!];
  });
}
