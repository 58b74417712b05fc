/**
 * The on-device category model, learnt from the user's corrections: an online multinomial logistic
 * regression over hashed features (`features.ts`) that learns the RESIDUAL of the rules. Its
 * distribution multiplies the rule scores (`blend.ts`), and `learn` takes a gradient step on that
 * product, so a correction the rules already agree with changes almost nothing, while a post type
 * the rules keep getting wrong moves the weights until the blend gets it right.
 *
 * Pure data + functions so it can live in extension storage: `learn` is incremental and
 * O(features of one post); `serialize` gives compact JSON (only touched buckets are stored).
 */
import { classify } from '../classify';
import { CATEGORIES, type Category, type ClassifyInput } from '../types';
import { BUCKETS, features } from './features';

const K = CATEGORIES.length;
/** Step size: small, because the rules are right on most posts and one correction should only tip close calls. */
const RATE = 0.5;
/** Extra steps while the blend still prefers another category (mistake-driven, bounded). */
const MAX_STEPS = 4;
/** L2-style shrink of touched weights: old, contradicted habits fade. */
const DECAY = 0.995;

export interface Model {
  /** Corrections learnt so far. */
  examples: number;
  /** Per-category bias, in `CATEGORIES` order. */
  bias: number[];
  /** Bucket -> weight per category. */
  weights: Map<number, number[]>;
}

export function createModel(): Model {
  return { examples: 0, bias: new Array<number>(K).fill(0), weights: new Map() };
}

/** Distinct buckets, each scaled so a long post does not out-vote a short one. */
function featureSet(input: ClassifyInput): { ids: number[]; x: number } {
  const ids = [...new Set(features(input))];
  return { ids, x: 1 / Math.sqrt(Math.max(ids.length, 1)) };
}

function logits(model: Model, ids: readonly number[], x: number): number[] {
  const z = [...model.bias];
  for (const f of ids) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < K; c++) z[c]! += w[c]! * x;
  }
  return z;
}

function softmaxArr(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function learn(model: Model, input: ClassifyInput, category: Category): void {
  const y = CATEGORIES.indexOf(category);
  if (y < 0) throw new Error(`unknown category ${String(category)}`);
  const rules = CATEGORIES.map((c) => Math.max(classify(input).categoryScores[c], 1e-9));
  const { ids, x } = featureSet(input);
  for (const f of ids)
    if (!model.weights.has(f)) model.weights.set(f, new Array<number>(K).fill(0));
  for (let step = 0; step < MAX_STEPS; step++) {
    const m = softmaxArr(logits(model, ids, x));
    const joint = m.map((v, c) => v * rules[c]!);
    const s = joint.reduce((a, b) => a + b, 0);
    const p = joint.map((v) => v / s);
    // d(-log p_y)/d logit_c = p_c - [c = y] for the product distribution.
    for (const f of ids) {
      const w = model.weights.get(f)!;
      for (let c = 0; c < K; c++) w[c] = w[c]! * DECAY - RATE * (p[c]! - (c === y ? 1 : 0)) * x;
    }
    for (let c = 0; c < K; c++) model.bias[c]! -= 0.1 * RATE * (p[c]! - (c === y ? 1 : 0));
    if (p.indexOf(Math.max(...p)) === y && p[y]! > 0.5) break;
  }
  model.examples++;
}

/** The model's own distribution (uniform before any correction); `blend` multiplies it into the rules. */
export function predict(model: Model, input: ClassifyInput): Record<Category, number> {
  const out = {} as Record<Category, number>;
  const p =
    model.examples === 0
      ? new Array<number>(K).fill(1 / K)
      : softmaxArr(logits(model, ...(Object.values(featureSet(input)) as [number[], number])));
  CATEGORIES.forEach((c, i) => (out[c] = p[i]!));
  return out;
}

/** JSON-safe form: `w` holds `[bucket, weight per category...]` rows, rounded to 4 decimals. */
export interface SerializedModel {
  v: 2;
  buckets: number;
  examples: number;
  bias: number[];
  w: number[][];
}

const r4 = (v: number): number => Math.round(v * 1e4) / 1e4;

export function serialize(model: Model): SerializedModel {
  const w: number[][] = [];
  for (const [bucket, row] of model.weights)
    if (row.some((v) => r4(v) !== 0)) w.push([bucket, ...row.map(r4)]);
  return { v: 2, buckets: BUCKETS, examples: model.examples, bias: model.bias.map(r4), w };
}

export function deserialize(data: SerializedModel): Model {
  if (data.v !== 2 || data.buckets !== BUCKETS) throw new Error('incompatible category model');
  const model = createModel();
  model.examples = data.examples;
  model.bias = [...data.bias];
  for (const [bucket, ...row] of data.w) model.weights.set(bucket!, row);
  return model;
}
