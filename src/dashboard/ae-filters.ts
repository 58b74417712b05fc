import { ageHours, type AeCaseView, type AeState } from '../db/ae-records';
import type { PlatformId } from '../platforms/types';
import { formatNumber, t, type MessageKey } from '../shared/i18n';

/** The queue's filters; '' means any. */
export interface AeFilters {
  state: AeState | '';
  /** 'overdue': new cases past the alert age; 'recent': the others. */
  age: '' | 'overdue' | 'recent';
  product: string;
  platform: PlatformId | '';
}

export const NO_FILTERS: AeFilters = { state: '', age: '', product: '', platform: '' };

/** Each case state's name, as a message name for t(). */
export const STATE_LABELS: Record<AeState, MessageKey> = {
  new: 'dash_aeStateNew',
  forwarded: 'dash_aeStateForwarded',
  dismissed: 'dash_aeStateDismissed',
};

/** A new case at or past the alert age: the one to forward first. */
export function isOverdue(view: AeCaseView, now: Date, alertHours: number): boolean {
  return view.case.state === 'new' && ageHours(view.case, now) >= alertHours;
}

export function filterCases(
  cases: AeCaseView[],
  f: AeFilters,
  now: Date,
  alertHours: number,
): AeCaseView[] {
  const product = f.product.trim().toLowerCase();
  return cases.filter((v) => {
    if (f.state && v.case.state !== f.state) return false;
    if (f.platform && v.case.platform !== f.platform) return false;
    if (f.age && isOverdue(v, now, alertHours) !== (f.age === 'overdue')) return false;
    return !product || v.case.products.some((p) => p.toLowerCase().includes(product));
  });
}

/** "3 h", "2 d 4 h": the age since day zero as a reviewer reads it. */
export function formatAge(hours: number): string {
  const h = Math.max(0, Math.floor(hours));
  if (h < 1) return t('dash_aeAgeUnderHour');
  if (h < 48) return t('dash_aeAgeHours', formatNumber(h));
  return t('dash_aeAgeDays', [formatNumber(Math.floor(h / 24)), formatNumber(h % 24)]);
}
