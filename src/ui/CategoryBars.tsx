import { CATEGORIES, type Category } from '../classify/types';
import { formatNumber, t } from '../shared/i18n';
import { CATEGORY_COLORS, categoryLabel } from './labels';

/**
 * A small horizontal bar chart of posts per category, readable without colour. With `suggested`,
 * the bar counts the categories the user confirmed, and the classifier's standing suggestions
 * are a paler segment with their own number: a suggestion nobody confirmed is not a tag.
 */
export function CategoryBars({
  counts,
  suggested,
}: {
  counts: Record<Category, number>;
  suggested?: Record<Category, number>;
}) {
  const total = (c: Category) => counts[c] + (suggested?.[c] ?? 0);
  const max = Math.max(1, ...CATEGORIES.map(total));
  return (
    <ul class="bars" aria-label={t('bar_perCategory')}>
      {CATEGORIES.map((c) => (
        <li key={c} data-category={c}>
          <span class="bar-label">{categoryLabel(c)}</span>
          <span class="bar-track">
            <span
              class="bar-fill"
              style={{ width: `${(counts[c] / max) * 100}%`, background: CATEGORY_COLORS[c] }}
            />
            {suggested && (
              <span
                class="bar-fill bar-fill-suggested"
                style={{ width: `${(suggested[c] / max) * 100}%`, background: CATEGORY_COLORS[c] }}
              />
            )}
          </span>
          <span class="bar-value">{formatNumber(counts[c])}</span>
          {suggested && (
            <span class="bar-suggested muted">
              {suggested[c] > 0 ? t('bar_suggestedCount', formatNumber(suggested[c])) : ''}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
