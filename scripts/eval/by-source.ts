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
import { decideOptions, summary, trainOptions } from './sweep-args';
import { byWriter, FRESH_WRITERS } from './writers';

const args = process.argv.slice(2);
const heldAt = args.indexOf('--held');
const held = heldAt >= 0 ? new RegExp(args[heldAt + 1]!) : FRESH_WRITERS;
const settings = args.filter(
  (a, i) => a !== '--held' && (heldAt < 0 || i !== heldAt + 1) && a.includes('='),
);
if (settings.length === 0) settings.push('');

const trainOpts = trainOptions();
console.log(`# training ${JSON.stringify(trainOpts)}`);

const parsed = settings.map(decideOptions);
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
