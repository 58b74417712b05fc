/**
 * `npx tsx scripts/eval-ae.ts`: adverse-event recall and precision, with Wilson 95% intervals, on
 * each data set kept apart: the dev corpus, the part of train the detector is tuned on, the frozen
 * untuned part of train (test/fixtures/ae/train-untuned-ids.txt), and the frozen real-language set
 * (test/fixtures/ae/real-language.jsonl, overall and per language), and the fresh check set frozen
 * before the recall follow-up (test/fixtures/classify/ae-check-2026-12-07.jsonl, overall and per
 * language). `--misses` lists the errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { aeElements, classify } from '../src/classify/index';
import { readCorpus, toInput, type CorpusLine } from './corpus';

const showMisses = process.argv.includes('--misses');
const only = process.argv.find((a) => a.startsWith('--set='))?.slice(6);
const selected = (name: string) =>
  !only || name.trim() === only || name.trim().startsWith(`${only} `);

function wilson(k: number, n: number): string {
  if (n === 0) return '  n/a';
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return `${p.toFixed(2)} [${(c - h).toFixed(2)}, ${(c + h).toFixed(2)}]`;
}

function report(name: string, rows: CorpusLine[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const got = classify(toInput(r)).ae;
    if (got && r.ae) tp++;
    else if (got && !r.ae) fp++;
    else if (!got && r.ae) fn++;
    if (got !== r.ae) {
      const e = aeElements(toInput(r));
      const why = `[${e.products.join(', ')} | ${e.events.join(', ')} | ${e.patient.join(', ')}]`;
      misses.push(`  ${got ? 'FP' : 'FN'} ${r.id}: ${why} ${r.text.slice(0, 120)}`);
    }
  }
  const pos = rows.filter((r) => r.ae).length;
  console.log(
    `${name.padEnd(26)} posts ${String(rows.length).padStart(4)}  AE ${String(pos).padStart(3)}  ` +
      `recall ${wilson(tp, tp + fn)}  precision ${wilson(tp, tp + fp)}`,
  );
  if (showMisses) for (const m of misses) console.log(m);
}

const untunedIds = new Set(
  readFileSync('test/fixtures/ae/train-untuned-ids.txt', 'utf8').split('\n').filter(Boolean),
);
const train = readCorpus('../shared/corpus/train.jsonl');
const real = readCorpus('test/fixtures/ae/real-language.jsonl');
const sets: [string, CorpusLine[]][] = [
  ['dev', readCorpus('../shared/corpus/dev.jsonl')],
  ['train (tuned part)', train.filter((r) => !untunedIds.has(r.id))],
  ['train (untuned 30%)', train.filter((r) => untunedIds.has(r.id))],
  ['real-language (all)', real],
];
for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'])
  sets.push([`  real-language ${lang}`, real.filter((r) => r.id.startsWith(`rl-${lang}-`))]);
const check = readCorpus('test/fixtures/classify/ae-check-2026-12-07.jsonl');
sets.push(['check 2026-12-07 (all)', check]);
sets.push(['  check en', check.filter((r) => r.id.startsWith('aec-en-'))]);
sets.push(['  check other 7', check.filter((r) => !r.id.startsWith('aec-en-'))]);
if (existsSync('test/fixtures/classify/holdout.jsonl'))
  sets.push(['holdout.jsonl (bench)', readCorpus('test/fixtures/classify/holdout.jsonl')]);
for (const [name, rows] of sets) if (selected(name)) report(name, rows);
