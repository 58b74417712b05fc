/**
 * Leave one writer out: each training file was written by a different writer, so judging one file
 * with a model trained on all the others asks what a new writer's posts (a new user's feed) ask,
 * which author-grouped folds of one pool do not.
 */
import { classifyRules } from '../../src/classify/classify';
import { decideWith, DEFAULT_OPTIONS, type DecideOptions } from '../../src/classify/model/decide';
import type { Verdict } from '../../src/classify/types';
import { readCorpus, toInput, type CorpusLine } from '../corpus';
import { CORPORA, TRAIN_OPTIONS, type TrainOptions } from '../model/train';
import { trainOn } from './cv';

/** The files judged by default: written by writers whose posts the rules were never tuned on. */
export const FRESH_WRITERS = /extra-(09|1\d)|holdout-2026-12-07|check-2026-12-07/;

export interface WriterVerdicts {
  name: string;
  rows: CorpusLine[];
  rules: Verdict[];
  /** One list per blend asked for. */
  blended: Verdict[][];
}

/** For each training file `held` matches: its rows judged by a model trained on every other file. */
export function byWriter(
  held: RegExp = FRESH_WRITERS,
  blends: readonly DecideOptions[] = [DEFAULT_OPTIONS],
  trainOpts: TrainOptions = TRAIN_OPTIONS,
): WriterVerdicts[] {
  const sources = CORPORA.map((path) => ({ path, rows: readCorpus(path) }));
  const judged = sources.filter((s) => held.test(s.path));
  if (!judged.length) throw new Error(`no training file matches ${held}`);
  return judged.map((source) => {
    const model = trainOn(
      sources.filter((s) => s !== source).flatMap((s) => s.rows),
      trainOpts,
    );
    const rules = source.rows.map((r) => {
      const input = toInput(r);
      return { input, ...classifyRules(input) };
    });
    return {
      name: source.path.split('/').at(-1)!.replace('.jsonl', ''),
      rows: source.rows,
      rules: rules.map((j) => j.verdict),
      blended: blends.map((opts) =>
        rules.map((j) => decideWith(model, j.input, j.verdict, j.state, opts)),
      ),
    };
  });
}
