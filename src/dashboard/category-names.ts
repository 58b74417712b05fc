// The five C's named in the user's language on the dashboard's views. The dashboard keeps its own
// names until the surfaces share one set.
import type { Category } from '../classify/types';
import { t, type MessageKey } from '../shared/i18n';

const CATEGORY_NAMES: Record<Category, MessageKey> = {
  collaborating: 'dash_category_collaborating',
  communicating: 'dash_category_communicating',
  connecting: 'dash_category_connecting',
  creating: 'dash_category_creating',
  catalyzing: 'dash_category_catalyzing',
  none: 'dash_category_none',
};

export const categoryName = (c: Category): string => t(CATEGORY_NAMES[c]);
