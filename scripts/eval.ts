/**
 * `npm run --silent eval -- <corpus.jsonl> [--json]`: classifier metrics against the corpus labels.
 */
import { classify } from '../src/classify/index';
import {
  computeMetrics,
  type BinaryMetrics,
  type GoldLabels,
  type Metrics,
  type Prediction,
} from '../src/classify/metrics';
import { CATEGORIES } from '../src/classify/types';
import { goldOrExit, readCorpusArg, toInput } from './corpus';

const args = process.argv.slice(2);
const json = args.includes('--json');
const { path, rows } = readCorpusArg('npm run --silent eval -- <corpus.jsonl> [--json]');

const gold: GoldLabels[] = [];
const pred: Prediction[] = [];
for (const row of rows) {
  gold.push(goldOrExit(row, path));
  const v = classify(toInput(row));
  pred.push({
    isHcp: v.isHcp,
    trainee: v.trainee,
    industry: v.industry,
    specialty: v.specialty,
    category: v.category,
    categoryScores: v.categoryScores,
    ae: v.ae,
  });
}
const m = computeMetrics(gold, pred);

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
function bin(b: BinaryMetrics) {
  return {
    precision: r3(b.precision),
    recall: r3(b.recall),
    f1: r3(b.f1),
    tp: b.tp,
    fp: b.fp,
    fn: b.fn,
  };
}
function asJson(x: Metrics) {
  return {
    n: x.n,
    hcp: bin(x.hcp),
    non_hcp_called_hcp: r3(x.nonHcpCalledHcp),
    category_top1: r3(x.categoryTop1),
    category_top2: r3(x.categoryTop2),
    category_macro_f1: r3(x.categoryMacroF1),
    category_f1: Object.fromEntries(CATEGORIES.map((c) => [c, r3(x.categoryF1[c])])),
    ae: bin(x.ae),
    specialty_accuracy: r3(x.specialtyAccuracy),
    specialty_n: x.specialtyN,
    trainee: bin(x.trainee),
    industry: bin(x.industry),
  };
}

if (json) {
  process.stdout.write(`${JSON.stringify(asJson(m))}\n`);
} else {
  const pct = (x: number): string => x.toFixed(3);
  const line = (name: string, value: string, detail = ''): string =>
    `${name.padEnd(34)}${value.padStart(7)}  ${detail}`;
  const binLines = (name: string, b: BinaryMetrics): string[] => [
    line(`${name} precision`, pct(b.precision), `tp ${b.tp}  fp ${b.fp}`),
    line(`${name} recall`, pct(b.recall), `fn ${b.fn}`),
    line(`${name} F1`, pct(b.f1)),
  ];
  const out = [
    `Corpus: ${path} (${m.n} posts)`,
    '',
    line('Metric', 'Value'),
    '-'.repeat(50),
    ...binLines('HCP', m.hcp),
    line('Non-HCPs called HCP', pct(m.nonHcpCalledHcp)),
    line('Category top-1 accuracy', pct(m.categoryTop1)),
    line('Category top-2 accuracy', pct(m.categoryTop2)),
    line('Category macro-F1 (6 labels)', pct(m.categoryMacroF1)),
    ...CATEGORIES.map((c) => line(`  F1 ${c}`, pct(m.categoryF1[c]))),
    ...binLines('AE', m.ae).slice(0, 2),
    line(
      'Specialty accuracy',
      pct(m.specialtyAccuracy),
      `over ${m.specialtyN} rows with a specialty`,
    ),
    line(
      'Trainee F1',
      pct(m.trainee.f1),
      `p ${pct(m.trainee.precision)}  r ${pct(m.trainee.recall)}`,
    ),
    line(
      'Industry F1',
      pct(m.industry.f1),
      `p ${pct(m.industry.precision)}  r ${pct(m.industry.recall)}`,
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
