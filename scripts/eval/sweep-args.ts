/**
 * What the two sweeps (`sweep.ts`, `by-source.ts`) share: a setting written `key=value,...` read
 * as blend options, training options from `TRAIN=...`, and one line of figures per set of verdicts.
 */
import { computeMetrics } from '../../src/classify/metrics';
import { DEFAULT_OPTIONS, type DecideOptions } from '../../src/classify/model/decide';
import type { Verdict } from '../../src/classify/types';
import { goldOrExit, type CorpusLine } from '../corpus';
import { TRAIN_OPTIONS, type TrainOptions } from '../model/train';
import { bootstrap, wilson } from './intervals';

function assign<T extends object>(base: T, setting: string): T {
  const out = { ...base };
  for (const kv of setting.split(',').filter(Boolean)) {
    const [key, value = ''] = kv.split('=');
    (out as Record<string, number | boolean>)[key!] =
      value === 'true' || value === 'false' ? value === 'true' : Number(value);
  }
  return out;
}

/** `sureCategory=0.7,aeModel=0.3` over the shipped options. */
export const decideOptions = (setting: string): DecideOptions => assign(DEFAULT_OPTIONS, setting);

/** `TRAIN="epochs=20,l2=0.001"` over the shipped training options. */
export const trainOptions = (): TrainOptions => assign(TRAIN_OPTIONS, process.env.TRAIN ?? '');

const f3 = (x: number): string => x.toFixed(3);

/** One line of figures, with 95% intervals for HCP F1, top-1, macro-F1, AE recall and F1. */
export function summary(
  name: string,
  rows: readonly CorpusLine[],
  pred: readonly Verdict[],
): string {
  const gold = rows.map((r) => goldOrExit(r, name));
  const m = computeMetrics(gold, pred);
  const [hcp, macro, ae] = bootstrap(gold, pred, (b) => [b.hcp.f1, b.categoryMacroF1, b.ae.f1]);
  const t1 = wilson(Math.round(m.categoryTop1 * m.n), m.n);
  const aeR = wilson(m.ae.tp, m.ae.tp + m.ae.fn);
  return (
    `${name.padEnd(28)} n=${String(m.n).padStart(4)} hcpF1 ${f3(m.hcp.f1)} (${f3(hcp![0])}–${f3(hcp![1])}) ` +
    `fp ${f3(m.nonHcpCalledHcp)} top1 ${f3(m.categoryTop1)} (${f3(t1[0])}–${f3(t1[1])}) ` +
    `macro ${f3(m.categoryMacroF1)} (${f3(macro![0])}–${f3(macro![1])}) top2 ${f3(m.categoryTop2)} ` +
    `aeR ${f3(m.ae.recall)} (${f3(aeR[0])}–${f3(aeR[1])}) aeP ${f3(m.ae.precision)} aeF1 ${f3(m.ae.f1)} (${f3(ae![0])}–${f3(ae![1])}) ` +
    `spec ${f3(m.specialtyAccuracy)} trF1 ${f3(m.trainee.f1)} indF1 ${f3(m.industry.f1)} indR ${f3(m.industry.recall)}`
  );
}
