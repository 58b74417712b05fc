// Classifier time per post: `classify` over the dev corpus, repeated, timed call by call.
import { readFileSync } from 'node:fs';
import { classify, type ClassifyInput } from '../../src/classify';
import { median } from './page-overhead';

export interface ClassifierResult {
  corpus: string;
  posts: number;
  calls: number;
  medianUs: number;
  meanUs: number;
  p95Us: number;
  maxUs: number;
}

function loadCorpus(path: string): ClassifyInput[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const r = JSON.parse(line) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : '');
      return {
        platform: (str(r.platform) || 'linkedin') as ClassifyInput['platform'],
        authorName: str(r.author_name),
        authorHandle: str(r.author_handle),
        authorHeadline: str(r.author_headline),
        text: str(r.text),
      };
    });
}

/** Times `classify` on every corpus post, round after round, until `minCalls` calls are timed. */
export function benchClassifier(corpusPath: string, minCalls = 20_000): ClassifierResult {
  const posts = loadCorpus(corpusPath);
  if (posts.length === 0) throw new Error(`${corpusPath}: no posts`);
  // Warm-up: let the JIT compile the hot paths before timing.
  for (let i = 0; i < 3; i++) for (const p of posts) classify(p);
  const rounds = Math.ceil(minCalls / posts.length);
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const p of posts) {
      const t0 = process.hrtime.bigint();
      const v = classify(p);
      const t1 = process.hrtime.bigint();
      sink += v.signals.length;
      times.push(Number(t1 - t0) / 1000);
    }
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  const sorted = [...times].sort((a, b) => a - b);
  return {
    corpus: corpusPath,
    posts: posts.length,
    calls: times.length,
    medianUs: median(times),
    meanUs: times.reduce((s, t) => s + t, 0) / times.length,
    p95Us: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
    maxUs: sorted[sorted.length - 1] ?? NaN,
  };
}
