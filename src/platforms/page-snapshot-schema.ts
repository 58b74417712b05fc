/**
 * Validates a page snapshot file chosen in the dashboard ("use this snapshot to test"): a file
 * from anyone, so every part is checked and capped before it is rebuilt into a page.
 */
import { z } from '../shared/zod';
import { PLATFORM_IDS } from './networks';
import {
  SNAPSHOT_FORMAT,
  type PageSnapshot,
  type SnapElement,
  type SnapNode,
} from './page-snapshot';

const MAX_DEPTH = 200;
const TAG = /^[a-z][a-z0-9-]{0,40}$/;
const ATTR = /^[a-z_:][a-z0-9_:.-]{0,60}$/i;

const attrsSchema = z
  .record(z.string().regex(ATTR, 'not an attribute name'), z.string().max(4_000))
  .refine((a) => Object.keys(a).length <= 100, 'too many attributes');

const nodeSchema: z.ZodType<SnapNode> = z.lazy(() =>
  z.union([
    z.number().int().min(0).max(1_000_000),
    z.string().max(300),
    z.strictObject({
      tag: z.string().regex(TAG, 'not a tag name'),
      attrs: attrsSchema.optional(),
      children: z.array(nodeSchema).max(5_000).optional(),
    }),
  ]),
);

function depth(node: SnapNode, level = 0): number {
  if (typeof node !== 'object') return level;
  let max = level;
  for (const c of node.children ?? []) max = Math.max(max, depth(c, level + 1));
  return max;
}

export const pageSnapshotSchema: z.ZodType<PageSnapshot> = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(1),
  platform: z.enum(PLATFORM_IDS),
  url: z.string().max(2_000),
  takenAt: z.string().max(40),
  postsFound: z.number().int().min(0).max(1_000_000),
  body: (nodeSchema as z.ZodType<SnapElement>).refine(
    (b) => typeof b === 'object' && depth(b) <= MAX_DEPTH,
    `nested more than ${MAX_DEPTH} deep`,
  ),
});

/**
 * The snapshot in `text`, or an error saying what is wrong with the file; `detail` is the
 * technical part alone (null when the file is not JSON), for a page that words it in the user's
 * language.
 */
export function parsePageSnapshot(
  text: string,
): { ok: true; snapshot: PageSnapshot } | { ok: false; error: string; detail: string | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a page snapshot (it is not JSON).', detail: null };
  }
  const parsed = pageSnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue?.path.join('.') || 'file'}: ${issue?.message}`;
    return {
      ok: false,
      error: `This file is not a page snapshot HCP Lens can read (${detail}).`,
      detail,
    };
  }
  return { ok: true, snapshot: parsed.data };
}
