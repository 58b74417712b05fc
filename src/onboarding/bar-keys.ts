// The bar's keys as the guide lists them. The category keys come from the bar's own table
// (ui/labels.ts); the others are the ones Overlay's key handler answers, and the guide's test
// presses each of them on the real bar to prove they still do what this list says.
import type { MessageKey } from '../shared/i18n';
import { CATEGORY_KEYS } from '../ui/labels';

export interface KeyHelp {
  keys: string[];
  does: MessageKey;
}

const categoryKeys = Object.keys(CATEGORY_KEYS).filter((k) => CATEGORY_KEYS[k] !== 'none');
const noneKeys = Object.keys(CATEGORY_KEYS).filter((k) => CATEGORY_KEYS[k] === 'none');

export const BAR_KEYS: KeyHelp[] = [
  { keys: categoryKeys.sort(), does: 'onboarding_keyCategories' },
  { keys: noneKeys, does: 'onboarding_keyNone' },
  { keys: ['Enter', 'c'], does: 'onboarding_keyConfirm' },
  { keys: ['f'], does: 'onboarding_keyFollowUp' },
  { keys: ['t'], does: 'onboarding_keyTag' },
  { keys: ['n'], does: 'onboarding_keyNote' },
  { keys: ['l'], does: 'onboarding_keyCollect' },
  { keys: ['a'], does: 'onboarding_keyReportAe' },
];
