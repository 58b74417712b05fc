/**
 * Category figures for tuning without the holdout: author-grouped cross-validation on dev + train
 * (reported on train rows, where the rules were not tuned), and the category check set
 * (test/fixtures/classify/category-check-2026-12-07.jsonl, see CATEGORY-CHECK.md) judged by a
 * model trained on dev + train. Every figure with its 95% interval.
 *
 *   npx tsx scripts/eval/category-check.ts
 */
import { classifyRules } from '../../src/classify/classify';
import { computeMetrics, type Metrics } from '../../src/classify/metrics';
import type { Verdict } from '../../src/classify/types';
import { goldOrExit, readCorpus, type CorpusLine } from '../corpus';
import { CORPORA } from '../model/train';
import { classifyWithModel, crossValidate, trainOn } from './cv';
import { bootstrap, wilson } from './intervals';

export const CHECK_SET = 'test/fixtures/classify/category-check-2026-12-07.jsonl';

const f3 = (x: number): string => x.toFixed(3);

function line(name: string, rows: readonly CorpusLine[], verdicts: readonly Verdict[]): string {
  const gold = rows.map((r) => goldOrExit(r, name));
  const m: Metrics = computeMetrics(gold, verdicts);
  const [macro] = bootstrap(gold, verdicts, (x) => [x.categoryMacroF1]);
  const t1 = wilson(Math.round(m.categoryTop1 * m.n), m.n);
  const t2 = wilson(Math.round(m.categoryTop2 * m.n), m.n);
  const per = Object.entries(m.categoryF1)
    .map(([c, v]) => `${c.slice(0, 5)} ${f3(v)}`)
    .join(' ');
  return (
    `${name.padEnd(28)} n=${m.n} top-1 ${f3(m.categoryTop1)} (${f3(t1[0])}–${f3(t1[1])}) ` +
    `macro-F1 ${f3(m.categoryMacroF1)} (${f3(macro![0])}–${f3(macro![1])}) ` +
    `top-2 ${f3(m.categoryTop2)} (${f3(t2[0])}–${f3(t2[1])})\n${''.padEnd(29)}${per}`
  );
}

export function report(): string {
  const rows = CORPORA.flatMap((p) => readCorpus(p));
  const cv = crossValidate(rows);
  const train = rows.map((r, i) => [r, cv[i]!] as const).filter(([r]) => r.id.startsWith('tr-'));
  const check = readCorpus(CHECK_SET);
  const model = trainOn(rows);
  const rulesOnly = (r: CorpusLine): Verdict =>
    classifyRules({
      platform: r.platform,
      authorName: r.author_name,
      authorHeadline: r.author_headline,
      text: r.text,
    }).verdict;
  return [
    line(
      'cv, train rows',
      train.map(([r]) => r),
      train.map(([, v]) => v),
    ),
    line('cv, all rows', rows, cv),
    line(
      'rules, train rows',
      train.map(([r]) => r),
      train.map(([r]) => rulesOnly(r)),
    ),
    line(
      'check set, rules + model',
      check,
      check.map((r) => classifyWithModel(model, r)),
    ),
    line('check set, rules', check, check.map(rulesOnly)),
  ].join('\n');
}

if (process.argv[1]?.endsWith('category-check.ts')) console.log(report());
