// The classifier's reasons in the user's language. The classifier gives each signal a code and
// its values (`Signal.reason`); the sentence is chosen here, at draw time, from the catalogue.
import type { Category, Signal, SignalCode } from '../classify/types';
import { formatNumber, t, tn } from '../shared/i18n';
import { categoryLabel, formatPercent, specialtyLabel } from './labels';

/** Codes whose first value is a share (0..1) the user reads as a percentage. */
const SHARE: ReadonlySet<SignalCode> = new Set(['modelHcp', 'modelTrainee', 'modelIndustry']);

/** One reason as a sentence: "Arzttitel in der Profilzeile („Kardiologe“)". */
export function signalText(signal: Signal): string {
  const reason = signal.reason;
  // Verdicts stored before reasons had codes keep their English words.
  if (!reason) return signal.label;
  const values = reason.params ?? [];
  let text: string;
  if (reason.code === 'learntCategory') text = tn('bar_signal_learntCategory', Number(values[0]));
  else if (reason.code === 'modelCategory')
    text = t('bar_signal_modelCategory', categoryLabel(values[0] as Category));
  else if (reason.code === 'specialty' || reason.code === 'specialtyFromJobTitle')
    text = t(`bar_signal_${reason.code}`, specialtyLabel(values[0] ?? ''));
  else if (SHARE.has(reason.code))
    text = t(`bar_signal_${reason.code}`, formatPercent(Number(values[0])));
  else
    text = t(
      `bar_signal_${reason.code}` as `bar_signal_${Exclude<SignalCode, 'learntCategory'>}`,
      values,
    );
  if (reason.where) text = t(`bar_signalWhere_${reason.where}`, text);
  if (reason.quote) text = t('bar_signalQuote', [text, reason.quote]);
  return text;
}

/** A reason with its signed weight, for the full list in the bar's open controls. */
export function weightedSignalText(signal: Signal): string {
  const weight = `${signal.weight > 0 ? '+' : ''}${formatNumber(signal.weight)}`;
  return t('bar_signalWeight', [signalText(signal), weight]);
}
