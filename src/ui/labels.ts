import type { Category } from '../classify/types';
import { CATEGORIES } from '../classify/types';
import { t, tn, uiLanguage, type MessageKey } from '../shared/i18n';

/** A category's name in the user's language (the `common_category_…` messages). */
export const categoryLabel = (category: Category): string => t(`common_category_${category}`);

/** A category's one-line meaning in the user's language, for hints. */
export const categoryMeaning = (category: Category): string =>
  t(`common_categoryMeaning_${category}`);

/**
 * A specialty's name in the user's language ("cardiology" → "Kardiologie"); the taxonomy's slug
 * itself where the catalogue has no name for it. Exports keep the slug.
 */
export function specialtyLabel(slug: string): string {
  if (!slug) return '';
  const name = t(`common_specialty_${slug.replaceAll('-', '_')}` as MessageKey);
  return name.startsWith('⟦') ? slug : name;
}

/**
 * How categories are named in every surface, looked up when read (a getter per category), so a
 * surface that reads `CATEGORY_LABELS[c]` speaks the browser's language without holding a copy.
 */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = Object.defineProperties(
  {} as Record<Category, string>,
  Object.fromEntries(CATEGORIES.map((c) => [c, { enumerable: true, get: () => categoryLabel(c) }])),
);

/** Dark enough for white text on them (at least 4.5:1, WCAG AA), as the bar's confirmed category. */
export const CATEGORY_COLORS: Record<Category, string> = {
  collaborating: '#2563eb',
  communicating: '#047857',
  connecting: '#b45309',
  creating: '#7c3aed',
  catalyzing: '#be185d',
  none: '#6b7280',
};

/** One key per category in the overlay: 1–5 for the five C's, 0 for none. */
export const CATEGORY_KEYS: Record<string, Category> = {
  '1': 'collaborating',
  '2': 'communicating',
  '3': 'connecting',
  '4': 'creating',
  '5': 'catalyzing',
  '0': 'none',
};

/** A session's length in words ("12 min", "1 h 5 min"), in the user's language. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return t('common_durationUnderMinute');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? t('common_durationHoursMinutes', [h, m]) : t('common_durationMinutes', m);
}

/** "3 days ago" in the user's language. */
export const daysAgo = (days: number): string => tn('common_daysAgo', days);

// One percent format per language, made once: the bar formats a confidence on every draw, and
// building an Intl formatter costs far more than using one.
let percent: { language: string; format: Intl.NumberFormat } | undefined;

/** 0.92 → "92%" (en), "92 %" (de, fr): how sure the classifier is, in the user's language. */
export function formatPercent(ratio: number): string {
  const language = uiLanguage();
  if (percent?.language !== language)
    percent = {
      language,
      format: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
    };
  return percent.format.format(ratio);
}
