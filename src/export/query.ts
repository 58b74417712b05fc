// What an export covers: the posts a view shows (its filters), or a selection of post keys.
import type { PostView } from '../db/records';
import { effectiveCategory } from '../db/records';
import { CATEGORIES } from '../classify/types';
import { z } from '../shared/zod';

/** The dashboard's filters; every field absent means "any". */
export const exportQuerySchema = z.strictObject({
  category: z.enum(CATEGORIES).optional(),
  hcpOnly: z.boolean().optional(),
  flagged: z.boolean().optional(),
  /** Words searched in author, headline, text and tags, as the dashboard's search box. */
  text: z.string().max(200).optional(),
  /** One collection's posts. */
  collection: z.string().max(60).optional(),
  /** One session's posts (the popup's export). */
  sessionId: z.number().int().min(0).optional(),
});

export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Whether an annotated post is in what the query shows. */
export function matchesQuery(view: PostView, query: ExportQuery): boolean {
  const a = view.annotation;
  if (query.category && effectiveCategory(view) !== query.category) return false;
  if (query.hcpOnly && !view.post.verdict.isHcp) return false;
  if (query.flagged && !a?.flagged) return false;
  if (query.collection && !a?.collections.includes(query.collection)) return false;
  if (query.sessionId !== undefined && a?.sessionId !== query.sessionId) return false;
  const q = query.text?.trim().toLowerCase();
  if (!q) return true;
  const hay = [view.post.authorName, view.post.authorHeadline, view.post.text, ...(a?.tags ?? [])];
  return hay.some((s) => s.toLowerCase().includes(q));
}
