/**
 * Author-grouped cross-validation of the whole classifier: for each fold the built-in model is
 * trained afresh on the other folds only (no post, and no author, of the fold it is judged on), then
 * the rules + that model classify the fold.
 */
import { classifyRules } from '../../src/classify/classify';
import { decideWith, DEFAULT_OPTIONS, type DecideOptions } from '../../src/classify/model/decide';
import { fromFloat, type BuiltinModel } from '../../src/classify/model/model';
import type { Verdict } from '../../src/classify/types';
import { toInput, type CorpusLine } from '../corpus';
import { examples, train, TRAIN_OPTIONS, type TrainOptions } from '../model/train';
import { fold, FOLDS } from './folds';

export function trainOn(
  rows: readonly CorpusLine[],
  opts: TrainOptions = TRAIN_OPTIONS,
): BuiltinModel {
  return fromFloat(train(examples(rows), opts));
}

export function classifyWithModel(
  model: BuiltinModel,
  row: CorpusLine,
  opts: DecideOptions = DEFAULT_OPTIONS,
): Verdict {
  const input = toInput(row);
  const { verdict, state } = classifyRules(input);
  return decideWith(model, input, verdict, state, opts);
}

/**
 * Each row's verdict from a model that never saw its fold, in the rows' order, for each view of
 * the rows (`views`: the row as it is, the row without its bio, ...): one list per view.
 */
export function crossValidateViews(
  rows: readonly CorpusLine[],
  views: readonly ((row: CorpusLine) => CorpusLine)[],
  opts: DecideOptions = DEFAULT_OPTIONS,
  trainOpts: TrainOptions = TRAIN_OPTIONS,
): Verdict[][] {
  const out = views.map(() => new Array<Verdict>(rows.length));
  for (let k = 0; k < FOLDS; k++) {
    const model = trainOn(
      rows.filter((r) => fold(r) !== k),
      trainOpts,
    );
    rows.forEach((r, i) => {
      if (fold(r) === k)
        views.forEach((view, v) => (out[v]![i] = classifyWithModel(model, view(r), opts)));
    });
  }
  return out;
}

export function crossValidate(
  rows: readonly CorpusLine[],
  opts: DecideOptions = DEFAULT_OPTIONS,
  trainOpts: TrainOptions = TRAIN_OPTIONS,
): Verdict[] {
  return crossValidateViews(rows, [(r) => r], opts, trainOpts)[0]!;
}
