import { CATEGORIES } from '../classify/types';
import { PLATFORM_IDS } from '../platforms/types';
import { settingsPatchSchema } from '../db/settings';
import { z } from '../shared/zod';

// Page text is untrusted: every string has a cap so one hostile post cannot bloat a message.
const short = (max: number) => z.string().max(max);

export const postKeySchema = z
  .string()
  .min(3)
  .max(300)
  .regex(/^(linkedin|x|doximity|bluesky|mastodon):[^\s]+$/, 'not a post key');

export const postSnapshotSchema = z.strictObject({
  key: postKeySchema,
  platform: z.enum(PLATFORM_IDS),
  url: short(2048),
  authorName: short(500),
  authorHandle: short(200),
  authorHeadline: short(2000),
  authorProfileUrl: short(2048),
  text: short(20_000),
  promoted: z.boolean(),
  context: short(500),
});

export const categorySchema = z.enum(CATEGORIES);

const tagSchema = z.string().trim().min(1).max(60);

/** A change the user makes to one post's annotation; absent fields stay as they are. */
export const annotationPatchSchema = z.strictObject({
  category: categorySchema.nullable().optional(),
  tags: z.array(tagSchema).max(50).optional(),
  flagged: z.boolean().optional(),
  note: short(5000).optional(),
  collections: z.array(tagSchema).max(50).optional(),
});

/** Messages a content script may send. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('posts/seen'),
    posts: z.array(postSnapshotSchema).min(1).max(100),
  }),
  z.strictObject({
    type: z.literal('annotation/set'),
    key: postKeySchema,
    patch: annotationPatchSchema,
    // The post as shown now: an annotated post keeps its text, which posts only seen do not.
    post: postSnapshotSchema.optional(),
  }),
]);

/** Messages only the extension's own pages (popup, dashboard) may send. */
export const pageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session/summary') }),
  z.strictObject({ type: z.literal('session/new') }),
  z.strictObject({ type: z.literal('export/csv'), scope: z.enum(['session', 'all']) }),
  z.strictObject({ type: z.literal('annotations/list'), limit: z.number().int().min(1).max(5000) }),
  z.strictObject({ type: z.literal('authors/list') }),
  z.strictObject({ type: z.literal('authors/forget'), authorKey: z.string().max(600).optional() }),
  z.strictObject({ type: z.literal('settings/get') }),
  z.strictObject({ type: z.literal('settings/set'), patch: settingsPatchSchema }),
]);

/** What the background pushes to tabs and pages when an annotation changes anywhere. */
export const broadcastSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('annotation/changed'),
    key: postKeySchema,
    // The full view is pushed so every tab renders the same state without asking again.
    view: z.unknown(),
  }),
]);

export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type Request = ContentRequest | PageRequest;
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;
export type Broadcast = z.infer<typeof broadcastSchema>;
