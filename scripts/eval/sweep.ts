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
import { decideWith } from '../../src/classify/model/decide';
import type { BuiltinModel } from '../../src/classify/model/model';
import type { Verdict } from '../../src/classify/types';
import { readCorpus, toInput, type CorpusLine } from '../corpus';
import { CORPORA } from '../model/train';
import { trainOn } from './cv';
import { fold, FOLDS } from './folds';
import { decideOptions, summary, trainOptions } from './sweep-args';

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
const trainOpts = trainOptions();
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
  const opts = decideOptions(setting);
  const pred = judged.map((j, i) =>
    decideWith(models[fold(rows[i]!)]!, j.input, j.verdict, j.state, opts),
  );
  report(JSON.stringify(opts), pred);
}
