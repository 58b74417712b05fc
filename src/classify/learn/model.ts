/**
 * The on-device category model, learnt from the user's corrections: an online multinomial logistic
 * regression over hashed features (`features.ts`) that learns the RESIDUAL of the rules. Its
 * distribution multiplies the rule scores (`blend.ts`), and `learn` takes gradient steps on that
 * product, so a post the rules already get right (and confidently) changes almost nothing, while a
 * kind of post the rules keep getting wrong moves the weights until the blend gets it right.
 *
 * Pure data + functions so it can live in extension storage: `learn` is incremental and
 * O(features of one post); `serialize` gives compact JSON (only touched buckets, no text).
 */
import { classifyRules } from '../classify';
import { CATEGORIES, type Category, type ClassifyInput, type Verdict } from '../types';
import { BUCKETS, features, type Features } from './features';

const K = CATEGORIES.length;
/** Step size for a correction of a wrong rule verdict. */
const RATE = 0.5;
/*
 * A confirmation of what the rules and the model already said carries less news than a
 * correction, and mostly pulls the shared rule-state weights back toward "trust the rules"; half a
 * step keeps that brake without letting a run of easy confirmations wash out what corrections taught.
 */
const CONFIRM_RATE = 0.25;
/** Steps per example at most; after the first, only while the blend gives the label under half. */
const MAX_STEPS = 3;
/** Shrink of touched weights at each step (L2): old, contradicted habits fade. */
const DECAY = 0.995;

/**
 * Weight rows kept at most. Each example touches a few dozen buckets, so years of corrections
 * would fill the hash table and, with it, the stored model and the time to load it. Past this,
 * the weakest rows (what no later example reinforced) are dropped down to `KEEP_AFTER_PRUNE`.
 */
export const MAX_WEIGHT_ROWS = 20_000;
const KEEP_AFTER_PRUNE = 16_000;

/** Bumped whenever features or weights change meaning: an older stored model is then discarded. */
export const MODEL_VERSION = 3;

export interface Model {
  /** Examples (corrections and confirmations) learnt so far. */
  examples: number;
  /** Bucket -> weight per category, in `CATEGORIES` order. */
  weights: Map<number, number[]>;
}

export function createModel(): Model {
  return { examples: 0, weights: new Map() };
}

function logits(model: Model, f: Features): number[] {
  const z = new Array<number>(K).fill(0);
  for (let i = 0; i < f.ids.length; i++) {
    const w = model.weights.get(f.ids[i]!);
    if (w) for (let c = 0; c < K; c++) z[c]! += w[c]! * f.vals[i]!;
  }
  return z;
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/**
 * Learns one labelled post. `rules` is the rules' verdict on it when the caller already has it
 * (the same as `classifyRules(input).verdict`: the model learns the rules' residual, before the
 * built-in model's vote, see `classifyWith`).
 */
export function learn(
  model: Model,
  input: ClassifyInput,
  category: Category,
  rules: Verdict = classifyRules(input).verdict,
): void {
  const y = CATEGORIES.indexOf(category);
  if (y < 0) throw new Error(`unknown category ${String(category)}`);
  const logRules = CATEGORIES.map((c) => Math.log(Math.max(rules.categoryScores[c], 1e-9)));
  const f = features(input, rules);
  for (const id of f.ids) if (!model.weights.has(id)) model.weights.set(id, new Array(K).fill(0));
  let rate = RATE;
  for (let step = 0; step < MAX_STEPS; step++) {
    const p = softmax(logits(model, f).map((v, c) => v + logRules[c]!));
    if (step === 0 && rules.category === category && p.every((v) => v <= p[y]!))
      rate = CONFIRM_RATE;
    if (step > 0 && p[y]! > 0.5) break;
    // d(-log p_y)/d logit_c = p_c - [c = y] for the product distribution.
    for (let i = 0; i < f.ids.length; i++) {
      const w = model.weights.get(f.ids[i]!)!;
      const x = f.vals[i]!;
      for (let c = 0; c < K; c++) w[c] = w[c]! * DECAY - rate * (p[c]! - (c === y ? 1 : 0)) * x;
    }
  }
  model.examples++;
  if (model.weights.size > MAX_WEIGHT_ROWS) prune(model, KEEP_AFTER_PRUNE);
}

const strength = (row: readonly number[]): number => Math.max(...row.map(Math.abs));

/** Keeps the `keep` strongest weight rows: a row too weak to move a score is the first to go. */
function prune(model: Model, keep: number): void {
  const rows = [...model.weights].sort((a, b) => strength(b[1]) - strength(a[1]));
  model.weights = new Map(rows.slice(0, keep));
}

/**
 * The model's own distribution (uniform before any example); `blend` multiplies it into the rule
 * scores. Pass `rules` when already computed, to skip a second `classify`.
 */
export function predict(
  model: Model,
  input: ClassifyInput,
  rules?: Verdict,
): Record<Category, number> {
  const p =
    model.examples === 0
      ? new Array<number>(K).fill(1 / K)
      : softmax(logits(model, features(input, rules ?? classifyRules(input).verdict)));
  const out = {} as Record<Category, number>;
  CATEGORIES.forEach((c, i) => (out[c] = p[i]!));
  return out;
}

/** JSON-safe form: `w` holds `[bucket, weight per category...]` rows, rounded to 4 decimals. */
export interface SerializedModel {
  v: typeof MODEL_VERSION;
  buckets: number;
  examples: number;
  w: number[][];
}

const r4 = (v: number): number => Math.round(v * 1e4) / 1e4;

export function serialize(model: Model): SerializedModel {
  const w: number[][] = [];
  for (const [bucket, row] of model.weights)
    if (row.some((v) => r4(v) !== 0)) w.push([bucket, ...row.map(r4)]);
  return { v: MODEL_VERSION, buckets: BUCKETS, examples: model.examples, w };
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/**
 * Rebuilds a stored model. Throws on anything but this version's exact shape (an older model's
 * weights mean something else, and a corrupt one must not yield NaN scores); the caller starts
 * afresh, and the rules work without it.
 */
export function deserialize(data: unknown): Model {
  const d = data as Partial<SerializedModel> | null;
  if (typeof d !== 'object' || d === null || d.v !== MODEL_VERSION || d.buckets !== BUCKETS)
    throw new Error('incompatible category model');
  if (!isCount(d.examples) || !Array.isArray(d.w)) throw new Error('corrupt category model');
  const model = createModel();
  model.examples = d.examples;
  for (const row of d.w as unknown[]) {
    if (!Array.isArray(row) || row.length !== K + 1) throw new Error('corrupt category model');
    const [bucket, ...weights] = row as unknown[];
    if (!isCount(bucket) || bucket >= BUCKETS || !weights.every(Number.isFinite))
      throw new Error('corrupt category model');
    model.weights.set(bucket, weights as number[]);
  }
  return model;
}
