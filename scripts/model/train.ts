/**
 * Trains the built-in model (`src/classify/model/`) on labelled corpora. Deterministic: a seeded
 * shuffle, a fixed number of passes and no clock or randomness besides the seed, so the same corpora
 * give the same weights byte for byte.
 *
 *   npx tsx scripts/model/train.ts            writes src/classify/model/weights.json
 *   npx tsx scripts/model/train.ts --check    exits 1 when the committed weights differ
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { classifyRules } from '../../src/classify/classify';
import { BUCKETS, modelFeatures, type Features } from '../../src/classify/model/features';
import { CAT0, K, serializeWeights, type SerializedWeights } from '../../src/classify/model/model';
import { CATEGORIES } from '../../src/classify/types';
import { readCorpus, toInput, type CorpusLine } from '../corpus';
import { seededRandom } from '../lib/seeded';

const EXTRA_DIR = 'test/fixtures/classify';
/** Posts written for training beside the shared corpora (`train-extra-*.jsonl`), in name order. */
export const EXTRA_CORPORA = readdirSync(EXTRA_DIR)
  .filter((f) => /^train-extra-.*\.jsonl$/.test(f))
  .sort()
  .map((f) => `${EXTRA_DIR}/${f}`);
/**
 * Evaluation sets of earlier rounds, retired to training once a newer holdout, frozen before any
 * tuning, took their place (test/fixtures/classify/HOLDOUT-2026-12-08a.md): their figures can no
 * longer be quoted as unseen, and their writers' ways of putting things are worth learning.
 */
export const RETIRED_CORPORA = [
  'holdout.jsonl',
  'holdout-2026-12-07.jsonl',
  'category-check-2026-12-07.jsonl',
  'ae-check-2026-12-07.jsonl',
].map((f) => `${EXTRA_DIR}/${f}`);
export const CORPORA = [
  '../shared/corpus/dev.jsonl',
  '../shared/corpus/train.jsonl',
  ...EXTRA_CORPORA,
  ...RETIRED_CORPORA,
];
export const WEIGHTS = 'src/classify/model/weights.json';

export interface Example {
  f: Features;
  y: number[];
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  rate: number;
  l2: number;
}

export const TRAIN_OPTIONS: TrainOptions = { seed: 20261207, epochs: 12, rate: 0.3, l2: 3e-3 };

/**
 * Features and targets (hcp, trainee, industry, one-hot category) of labelled rows. Each row with a
 * bio is learnt twice, with and without it: X, Bluesky and Mastodon timelines show no bio, and the
 * author is an HCP (or not) all the same, so the model must learn what the name and the post say.
 */
export function examples(rows: readonly CorpusLine[]): Example[] {
  const views = rows.flatMap((row) =>
    row.author_headline.trim()
      ? [
          { row, copy: false },
          { row: { ...row, author_headline: '' }, copy: true },
        ]
      : [{ row, copy: false }],
  );
  return views.map(({ row, copy }) => {
    const input = toInput(row);
    const { verdict, state } = classifyRules(input);
    // The copy without a bio teaches who the author is; its post's category and adverse event were
    // learnt already.
    const y = [row.is_hcp ? 1 : 0, row.trainee ? 1 : 0, row.industry ? 1 : 0];
    y.push(copy ? Number.NaN : row.ae ? 1 : 0);
    for (const c of CATEGORIES) y.push(copy ? Number.NaN : row.category === c ? 1 : 0);
    return { f: modelFeatures(input, verdict, state), y };
  });
}

/** Logistic outputs (hcp, trainee, industry, ae) and a softmax over the categories, by AdaGrad SGD. */
export function train(data: readonly Example[], opts: TrainOptions = TRAIN_OPTIONS): Float64Array {
  const w = new Float64Array(BUCKETS * K);
  const g2 = new Float64Array(BUCKETS * K).fill(1e-8);
  const next = seededRandom(opts.seed);
  const order = data.map((_, i) => i);
  const z = new Float64Array(K);
  const grad = new Float64Array(K);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { f, y } = data[idx]!;
      z.fill(0);
      for (let i = 0; i < f.ids.length; i++) {
        const outputs = i < f.rules ? CAT0 : K;
        for (let k = 0; k < outputs; k++) z[k]! += w[f.ids[i]! * K + k]! * f.vals[i]!;
      }
      for (let k = 0; k < CAT0; k++)
        grad[k] = Number.isNaN(y[k]!) ? 0 : 1 / (1 + Math.exp(-z[k]!)) - y[k]!;
      let max = -Infinity;
      for (let k = CAT0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = CAT0; k < K; k++) sum += Math.exp(z[k]! - max);
      // NaN targets (a copy without its bio) leave the category outputs untouched.
      for (let k = CAT0; k < K; k++)
        grad[k] = Number.isNaN(y[k]!) ? 0 : Math.exp(z[k]! - max) / sum - y[k]!;
      for (let i = 0; i < f.ids.length; i++) {
        const base = f.ids[i]! * K;
        const x = f.vals[i]!;
        const outputs = i < f.rules ? CAT0 : K;
        for (let k = 0; k < outputs; k++) {
          const g = grad[k]! * x + opts.l2 * w[base + k]!;
          g2[base + k]! += g * g;
          w[base + k]! -= (opts.rate * g) / Math.sqrt(g2[base + k]!);
        }
      }
    }
  }
  return w;
}

export function trainedWeights(rows: readonly CorpusLine[]): SerializedWeights {
  return serializeWeights(train(examples(rows)));
}

export function weightsJson(paths: readonly string[] = CORPORA): string {
  const rows = paths.flatMap((p) => readCorpus(p));
  return `${JSON.stringify(trainedWeights(rows))}\n`;
}

if (process.argv[1]?.endsWith('train.ts')) {
  const json = weightsJson();
  if (process.argv.includes('--check')) {
    const same = readFileSync(WEIGHTS, 'utf8') === json;
    console.log(same ? `${WEIGHTS} is what the corpora give` : `${WEIGHTS} differs: retrain`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(WEIGHTS, json);
  console.log(`wrote ${WEIGHTS} (${json.length} bytes)`);
}
