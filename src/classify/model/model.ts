/**
 * The built-in model: logistic regressions over hashed features (`features.ts`), one output for
 * "is an HCP", "is a trainee", "works in industry", "reports an adverse event", and a softmax over
 * the six categories. It is
 * trained at build time on the labelled corpora (`scripts/model/train.ts`, deterministic) and
 * shipped as int8 weights, one scale per output, in `weights.json`.
 */
import { CATEGORIES, type Category } from '../types';
import { BUCKETS, type Features } from './features';

export const OUTPUTS = ['hcp', 'trainee', 'industry', 'ae', ...CATEGORIES] as const;
export const K = OUTPUTS.length;
/** Index of the first category output. */
export const CAT0 = 4;

/** Weights bucket-major: `w[bucket * K + output]`. */
export interface BuiltinModel {
  w: Float32Array;
}

export interface ModelOutput {
  hcp: number;
  trainee: number;
  industry: number;
  ae: number;
  category: Record<Category, number>;
}

export interface SerializedWeights {
  v: 1;
  buckets: number;
  outputs: readonly string[];
  /** Per output: weight = int8 × scale. */
  scale: number[];
  /** Base64 of the int8 weights, bucket-major. */
  w: string;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The model's outputs for features `f`. Only the outputs asked for are computed (`who`: HCP,
 * trainee, industry, adverse event; `category`: the six categories); the others come back neutral.
 */
export function predictModel(
  model: BuiltinModel,
  f: Features,
  who = true,
  category = true,
): ModelOutput {
  const z = new Float64Array(K);
  const w = model.w;
  const from = who ? 0 : CAT0;
  const to = category ? K : CAT0;
  for (let i = 0; i < f.ids.length; i++) {
    const base = f.ids[i]! * K;
    const x = f.vals[i]!;
    const end = i < f.rules ? Math.min(to, CAT0) : to;
    for (let k = from; k < end; k++) z[k]! += w[base + k]! * x;
  }
  const scores = {} as Record<Category, number>;
  let max = -Infinity;
  for (let k = CAT0; k < K; k++) max = Math.max(max, z[k]!);
  let sum = 0;
  for (let k = CAT0; k < K; k++) sum += Math.exp(z[k]! - max);
  CATEGORIES.forEach((c, i) => (scores[c] = Math.exp(z[CAT0 + i]! - max) / sum));
  return {
    hcp: sigmoid(z[0]!),
    trainee: sigmoid(z[1]!),
    industry: sigmoid(z[2]!),
    ae: sigmoid(z[3]!),
    category: scores,
  };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Int8 weights with one scale per output: a quarter of float32's size, and exact to reproduce. */
export function serializeWeights(w: Float64Array | Float32Array): SerializedWeights {
  const scale: number[] = [];
  const q = new Int8Array(BUCKETS * K);
  for (let k = 0; k < K; k++) {
    let max = 0;
    for (let b = 0; b < BUCKETS; b++) max = Math.max(max, Math.abs(w[b * K + k]!));
    const s = max === 0 ? 1 : Number((max / 127).toPrecision(6));
    scale.push(s);
    for (let b = 0; b < BUCKETS; b++)
      q[b * K + k] = Math.max(-127, Math.min(127, Math.round(w[b * K + k]! / s)));
  }
  return {
    v: 1,
    buckets: BUCKETS,
    outputs: OUTPUTS,
    scale,
    w: toBase64(new Uint8Array(q.buffer)),
  };
}

export function loadWeights(s: SerializedWeights): BuiltinModel {
  if (s.v !== 1 || s.buckets !== BUCKETS || s.outputs.join() !== OUTPUTS.join())
    throw new Error('built-in model weights do not match this classifier');
  const q = new Int8Array(fromBase64(s.w).buffer);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i]! * s.scale[i % K]!;
  return { w };
}

export function fromFloat(w: Float64Array): BuiltinModel {
  return { w: Float32Array.from(w) };
}
