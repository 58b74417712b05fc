import type { Category } from '../classify/types';

/** How categories are named and keyed in every surface. */
export const CATEGORY_LABELS: Record<Category, string> = {
  collaborating: 'Collaborating',
  communicating: 'Communicating',
  connecting: 'Connecting',
  creating: 'Creating',
  catalyzing: 'Catalyzing',
  none: 'None',
};

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

export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}
