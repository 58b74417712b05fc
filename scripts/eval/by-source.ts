/**
 * Leave-one-source-out: each training file was written by a different writer, so judging one file
 * with a model trained on all the others asks what a new writer's posts (a new user's feed) ask,
 * which author-grouped folds of one pool do not. Used to choose how the rules and the model are
 * blended and how the model is trained; reads no holdout.
 *
 *   npx tsx scripts/eval/by-source.ts [--held <regexp>] [key=value,key=value ...]
 *   e.g. npx tsx scripts/eval/by-source.ts --held 'extra-(09|1[0-3])' sureCategory=1.01
 *
 * `--held` picks the files judged in turn (default: the files the rules were never tuned on);
 * TRAIN="epochs=20,l2=0.001" tries other training options.
 */
import { classifyRules } from '../../src/classify/classify';
import { computeMetrics } from '../../src/classify/metrics';
import { decideWith, DEFAULT_OPTIONS, type DecideOptions } from '../../src/classify/model/decide';
import type { Verdict } from '../../src/classify/types';
import { goldOrExit, readCorpus, toInput, type CorpusLine } from '../corpus';
import { CORPORA, TRAIN_OPTIONS, type TrainOptions } from '../model/train';
import { trainOn } from './cv';
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
const held = new RegExp(heldAt >= 0 ? args[heldAt + 1]! : 'extra-(09|1[0-9])');
const settings = args.filter((a, i) => a !== '--held' && i !== heldAt + 1 && a.includes('='));
if (settings.length === 0) settings.push('');

const trainOpts: TrainOptions = { ...TRAIN_OPTIONS };
for (const kv of (process.env.TRAIN ?? '').split(',').filter(Boolean)) {
  const [key, value] = kv.split('=') as [keyof TrainOptions, string];
  trainOpts[key] = Number(value);
}
console.log(`# training ${JSON.stringify(trainOpts)}`);

const sources = CORPORA.map((path) => ({ path, rows: readCorpus(path) }));
const judgedSources = sources.filter((s) => held.test(s.path));
if (!judgedSources.length) throw new Error(`no training file matches ${held}`);

const parsed = settings.map((setting) => {
  const opts: DecideOptions = { ...DEFAULT_OPTIONS };
  for (const kv of setting.split(',').filter(Boolean)) {
    const [key, value] = kv.split('=') as [keyof DecideOptions, string];
    (opts as unknown as Record<string, number | boolean>)[key] =
      value === 'true' || value === 'false' ? value === 'true' : Number(value);
  }
  return opts;
});
const pooled = parsed.map(() => ({ rows: [] as CorpusLine[], pred: [] as Verdict[] }));
const rulesPooled: Verdict[] = [];
for (const source of judgedSources) {
  const model = trainOn(
    sources.filter((s) => s !== source).flatMap((s) => s.rows),
    trainOpts,
  );
  const judged = source.rows.map((r) => {
    const input = toInput(r);
    return { input, ...classifyRules(input) };
  });
  const name = source.path.split('/').at(-1)!.replace('.jsonl', '');
  console.log(summary(`${name} rules`, source.rows, judged.map((j) => j.verdict)));
  rulesPooled.push(...judged.map((j) => j.verdict));
  parsed.forEach((opts, k) => {
    const pred = judged.map((j) => decideWith(model, j.input, j.verdict, j.state, opts));
    console.log(summary(`${name} ${k}`, source.rows, pred));
    pooled[k]!.rows.push(...source.rows);
    pooled[k]!.pred.push(...pred);
  });
}
console.log('# pooled over the judged files');
console.log(summary('rules alone', pooled[0]!.rows, rulesPooled));
parsed.forEach((opts, k) => {
  console.log(`# ${k}: ${JSON.stringify(opts)}`);
  console.log(summary(`setting ${k}`, pooled[k]!.rows, pooled[k]!.pred));
});
