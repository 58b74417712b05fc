/**
 * Leave one writer out (`writers.ts`), to choose how the rules and the model are blended and how
 * the model is trained; reads no holdout.
 *
 *   npx tsx scripts/eval/by-source.ts [--held <regexp>] [key=value,key=value ...]
 *   e.g. npx tsx scripts/eval/by-source.ts --held 'extra-(09|1[0-3])' sureCategory=1.01
 *
 * `--held` picks the files judged in turn (default `FRESH_WRITERS`: the rules were never tuned on them);
 * TRAIN="epochs=20,l2=0.001" tries other training options.
 */
import { computeMetrics } from '../../src/classify/metrics';
import { DEFAULT_OPTIONS, type DecideOptions } from '../../src/classify/model/decide';
import type { Verdict } from '../../src/classify/types';
import { goldOrExit, type CorpusLine } from '../corpus';
import { TRAIN_OPTIONS, type TrainOptions } from '../model/train';
import { byWriter, FRESH_WRITERS } from './writers';
import { bootstrap, wilson } from './intervals';

const f3 = (x: number): string => x.toFixed(3);

function summary(name: string, rows: readonly CorpusLine[], pred: readonly Verdict[]): string {
  const gold = rows.map((r) => goldOrExit(r, name));
  const m = computeMetrics(gold, pred);
  const [macro] = bootstrap(gold, pred, (b) => [b.categoryMacroF1]);
  const t1 = wilson(Math.round(m.categoryTop1 * m.n), m.n);
  const aeR = wilson(m.ae.tp, m.ae.tp + m.ae.fn);
  return (
    `${name.padEnd(28)} n=${String(m.n).padStart(4)} hcpF1 ${f3(m.hcp.f1)} fp ${f3(m.nonHcpCalledHcp)} ` +
    `top1 ${f3(m.categoryTop1)} (${f3(t1[0])}–${f3(t1[1])}) macro ${f3(m.categoryMacroF1)} ` +
    `(${f3(macro![0])}–${f3(macro![1])}) top2 ${f3(m.categoryTop2)} ` +
    `aeR ${f3(m.ae.recall)} (${f3(aeR[0])}–${f3(aeR[1])}) aeP ${f3(m.ae.precision)} ` +
    `spec ${f3(m.specialtyAccuracy)} trF1 ${f3(m.trainee.f1)} indF1 ${f3(m.industry.f1)}`
  );
}

const args = process.argv.slice(2);
const heldAt = args.indexOf('--held');
const held = heldAt >= 0 ? new RegExp(args[heldAt + 1]!) : FRESH_WRITERS;
const settings = args.filter(
  (a, i) => a !== '--held' && (heldAt < 0 || i !== heldAt + 1) && a.includes('='),
);
if (settings.length === 0) settings.push('');

const trainOpts: TrainOptions = { ...TRAIN_OPTIONS };
for (const kv of (process.env.TRAIN ?? '').split(',').filter(Boolean)) {
  const [key, value] = kv.split('=') as [keyof TrainOptions, string];
  trainOpts[key] = Number(value);
}
console.log(`# training ${JSON.stringify(trainOpts)}`);

const parsed = settings.map((setting) => {
  const opts: DecideOptions = { ...DEFAULT_OPTIONS };
  for (const kv of setting.split(',').filter(Boolean)) {
    const [key, value] = kv.split('=') as [keyof DecideOptions, string];
    (opts as unknown as Record<string, number | boolean>)[key] =
      value === 'true' || value === 'false' ? value === 'true' : Number(value);
  }
  return opts;
});
const writers = byWriter(held, parsed, trainOpts);
for (const w of writers) {
  console.log(summary(`${w.name} rules`, w.rows, w.rules));
  w.blended.forEach((pred, k) => console.log(summary(`${w.name} ${k}`, w.rows, pred)));
}
const rows = writers.flatMap((w) => w.rows);
console.log('# pooled over the judged files');
console.log(
  summary(
    'rules alone',
    rows,
    writers.flatMap((w) => w.rules),
  ),
);
parsed.forEach((opts, k) => {
  console.log(`# ${k}: ${JSON.stringify(opts)}`);
  console.log(
    summary(
      `setting ${k}`,
      rows,
      writers.flatMap((w) => w.blended[k]!),
    ),
  );
});
