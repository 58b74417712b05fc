/**
 * `npx tsx scripts/bench-classify.ts [corpus.jsonl ...]`: median microseconds per post for
 * `classify`, over the dev corpus and the holdout fixture. The machine may be loaded, so each run is
 * a warm loop over every post and the figure printed is the median of several runs.
 */
import { existsSync } from 'node:fs';
import { classify } from '../src/classify/index';
import type { ClassifyInput } from '../src/classify/types';
import { readCorpus, toInput } from './corpus';

const DEFAULTS = ['../shared/corpus/dev.jsonl', 'test/fixtures/classify/holdout.jsonl'];
const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = (paths.length > 0 ? paths : DEFAULTS).filter((p) => existsSync(p));
const inputs: ClassifyInput[] = files.flatMap((p) => readCorpus(p).map(toInput));
if (inputs.length === 0) {
  process.stderr.write('no posts to time\n');
  process.exit(1);
}

const RUNS = 15;
const PASSES = 5;
let sink = 0;

function pass(): void {
  for (const input of inputs) sink += classify(input).category.length;
}

// Warm-up: let the JIT compile the classifier and the regexes before anything is timed.
for (let i = 0; i < 20; i++) pass();

const perPost: number[] = [];
// CPU time of this process as well: on a loaded machine wall time mostly measures waiting for a core.
const cpuPerPost: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let p = 0; p < PASSES; p++) pass();
  const ns = Number(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(c0);
  perPost.push(ns / 1000 / (PASSES * inputs.length));
  cpuPerPost.push((cpu.user + cpu.system) / (PASSES * inputs.length));
}
cpuPerPost.sort((a, b) => a - b);
perPost.sort((a, b) => a - b);
const median = perPost[Math.floor(perPost.length / 2)]!;
process.stdout.write(
  `${inputs.length} posts from ${files.join(', ')}\n` +
    `median ${median.toFixed(1)} µs/post (min ${perPost[0]!.toFixed(1)}, max ${perPost[perPost.length - 1]!.toFixed(1)}, ${RUNS} runs)\n` +
    `median CPU time ${cpuPerPost[Math.floor(RUNS / 2)]!.toFixed(1)} µs/post\n`,
);
if (sink < 0) process.stdout.write('');
