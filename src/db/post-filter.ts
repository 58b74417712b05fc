// The dashboard's view of the annotated posts: which ones (filters) and in what order. Parsed
// with zod wherever it crosses a boundary: the page's address and the message to the background.
import { CATEGORIES } from '../classify/types';
import { PLATFORM_IDS } from '../platforms/types';
import { z } from '../shared/zod';

const label = z.string().trim().min(1).max(60);
const yesNo = z.enum(['yes', 'no']);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (YYYY-MM-DD)');

export const SORTS = [
  'annotated-desc',
  'annotated-asc',
  'seen-desc',
  'seen-asc',
  'author',
] as const;
export type Sort = (typeof SORTS)[number];

export const postFilterSchema = z.strictObject({
  platform: z.enum(PLATFORM_IDS).optional(),
  category: z.enum(CATEGORIES).optional(),
  /** Which category `category` matches: the user's, the classifier's standing suggestion, or either. */
  categorySource: z.enum(['any', 'confirmed', 'suggested']).optional(),
  hcp: yesNo.optional(),
  specialty: z.string().trim().min(1).max(60).optional(),
  trainee: yesNo.optional(),
  industry: yesNo.optional(),
  followUp: z.enum(['open', 'done', 'none']).optional(),
  collection: label.optional(),
  tag: label.optional(),
  /** Words the author's name or handle starts with ("ana ru" finds Ana Ruiz). */
  author: z.string().trim().min(1).max(100).optional(),
  /** A target-list tier, `listed` (any tier), or `unlisted`. */
  tier: z.string().trim().min(1).max(40).optional(),
  /** First seen on or after / on or before this day (UTC). */
  from: day.optional(),
  to: day.optional(),
});

export type PostFilter = z.infer<typeof postFilterSchema>;

export const postQuerySchema = z.strictObject({
  filter: postFilterSchema,
  sort: z.enum(SORTS).default('annotated-desc'),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(500),
});
export type PostQuery = z.input<typeof postQuerySchema>;

/** Whether a filter narrows anything. */
export function isEmptyFilter(filter: PostFilter): boolean {
  return Object.values(filter).every((v) => v === undefined);
}
