/**
 * Chooses how the rules and the built-in model are blended, by author-grouped cross-validation
 * over every training corpus (`CORPORA`): the five fold models are trained once, then each
 * candidate setting of `DecideOptions` judges every row with the model that never saw its author.
 * Figures per corpus, with 95% intervals. Reads neither the holdout nor the check sets.
 *
 *   npx tsx scripts/eval/sweep.ts [rules] [key=value,key=value ...]
 *   e.g. npx tsx scripts/eval/sweep.ts rules aeModel=0.5 aeModel=0.3,bareHcp=0.7
 */
import { classifyRules } from '../../src/classify/classify';
import { computeMetrics } from '../../src/classify/metrics';
import { decideWith, DEFAULT_OPTIONS, type DecideOptions } from '../../src/classify/model/decide';
import type { BuiltinModel } from '../../src/classify/model/model';
import type { Verdict } from '../../src/classify/types';
import { goldOrExit, readCorpus, toInput, type CorpusLine } from '../corpus';
import { CORPORA, TRAIN_OPTIONS, type TrainOptions } from '../model/train';
import { trainOn } from './cv';
import { fold, FOLDS } from './folds';
import { bootstrap, wilson } from './intervals';

const f3 = (x: number): string => x.toFixed(3);

function summary(name: string, rows: readonly CorpusLine[], pred: readonly Verdict[]): string {
  const gold = rows.map((r) => goldOrExit(r, name));
  const m = computeMetrics(gold, pred);
  const [hcp, macro, ae] = bootstrap(gold, pred, (b) => [b.hcp.f1, b.categoryMacroF1, b.ae.f1]);
  const t1 = wilson(Math.round(m.categoryTop1 * m.n), m.n);
  const aeR = wilson(m.ae.tp, m.ae.tp + m.ae.fn);
  return (
    `${name.padEnd(6)} n=${String(m.n).padStart(4)} hcpF1 ${f3(m.hcp.f1)} (${f3(hcp![0])}–${f3(hcp![1])}) ` +
    `fp ${f3(m.nonHcpCalledHcp)} top1 ${f3(m.categoryTop1)} (${f3(t1[0])}–${f3(t1[1])}) ` +
    `macro ${f3(m.categoryMacroF1)} (${f3(macro![0])}–${f3(macro![1])}) top2 ${f3(m.categoryTop2)} ` +
    `aeR ${f3(m.ae.recall)} (${f3(aeR[0])}–${f3(aeR[1])}) aeP ${f3(m.ae.precision)} aeF1 ${f3(m.ae.f1)} (${f3(ae![0])}–${f3(ae![1])}) ` +
    `spec ${f3(m.specialtyAccuracy)} trF1 ${f3(m.trainee.f1)} indF1 ${f3(m.industry.f1)} indR ${f3(m.industry.recall)}`
  );
}

const rows = CORPORA.flatMap((p) => readCorpus(p));
const sets: [string, (r: CorpusLine) => boolean][] = [
  ['dev', (r) => r.id.startsWith('dev-')],
  ['train', (r) => r.id.startsWith('tr-')],
  ['extra', (r) => r.id.startsWith('tx')],
  ['all', () => true],
];
const report = (title: string, pred: readonly Verdict[]): void => {
  console.log(`# ${title}`);
  for (const [name, keep] of sets)
    console.log(
      summary(
        name,
        rows.filter(keep),
        pred.filter((_, i) => keep(rows[i]!)),
      ),
    );
};

const args = process.argv.slice(2);
const judged = rows.map((r) => {
  const input = toInput(r);
  return { input, ...classifyRules(input) };
});
if (args.includes('rules'))
  report(
    'rules alone',
    judged.map((j) => j.verdict),
  );

// TRAIN="epochs=20,l2=0.001" tries other training options.
const trainOpts: TrainOptions = { ...TRAIN_OPTIONS };
for (const kv of (process.env.TRAIN ?? '').split(',').filter(Boolean)) {
  const [key, value] = kv.split('=') as [keyof TrainOptions, string];
  trainOpts[key] = Number(value);
}
console.log(`# training ${JSON.stringify(trainOpts)}`);
const models: BuiltinModel[] = [];
for (let k = 0; k < FOLDS; k++)
  models.push(
    trainOn(
      rows.filter((r) => fold(r) !== k),
      trainOpts,
    ),
  );
const settings = args.filter((a) => a !== 'rules');
if (settings.length === 0) settings.push('');
for (const setting of settings) {
  const opts: DecideOptions = { ...DEFAULT_OPTIONS };
  for (const kv of setting.split(',').filter(Boolean)) {
    const [key, value] = kv.split('=') as [keyof DecideOptions, string];
    (opts as unknown as Record<string, number | boolean>)[key] =
      value === 'true' || value === 'false' ? value === 'true' : Number(value);
  }
  const pred = judged.map((j, i) =>
    decideWith(models[fold(rows[i]!)]!, j.input, j.verdict, j.state, opts),
  );
  report(JSON.stringify(opts), pred);
}
