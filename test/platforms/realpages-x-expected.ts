/** Every post of each real x.com page (../shared/realpages/x-*.html), written out. */
import type { Want } from './real-pages';
import { X_LATER_PAGES } from './realpages-x-later';
import { X_TIMELINE_PAGES } from './realpages-x-timeline';

export const X_PAGES: Record<string, Want[]> = { ...X_TIMELINE_PAGES, ...X_LATER_PAGES };
