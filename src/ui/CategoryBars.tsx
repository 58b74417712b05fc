import { CATEGORIES, type Category } from '../classify/types';
import { CATEGORY_COLORS, CATEGORY_LABELS } from './labels';

/** A small horizontal bar chart of posts per category, readable without colour. */
export function CategoryBars({ counts }: { counts: Record<Category, number> }) {
  const max = Math.max(1, ...CATEGORIES.map((c) => counts[c]));
  return (
    <ul class="bars" aria-label="Tagged posts per category">
      {CATEGORIES.map((c) => (
        <li key={c} data-category={c}>
          <span class="bar-label">{CATEGORY_LABELS[c]}</span>
          <span class="bar-track">
            <span
              class="bar-fill"
              style={{ width: `${(counts[c] / max) * 100}%`, background: CATEGORY_COLORS[c] }}
            />
          </span>
          <span class="bar-value">{counts[c]}</span>
        </li>
      ))}
    </ul>
  );
}
