import { CATEGORIES } from '../classify/types';
import { PLATFORM_IDS } from '../platforms/types';
import { RULE_PLATFORMS } from '../platforms/rule-sites';
import { rulesOverrideSchema } from '../platforms/rules-schema';
import { settingsPatchSchema } from '../db/settings';
import { aeSettingsPatchSchema } from '../db/ae-settings';
import { AE_STATES } from '../db/ae-records';
import { postFilterSchema, SORTS } from '../db/post-filter';
import { z } from '../shared/zod';
import { MAX_CSV_BYTES } from '../targets/types';
import { exportQuerySchema } from '../export/query';
import { SNAPSHOT_LIMITS } from './limits';

// Page text is untrusted: every string has a cap so one hostile post cannot bloat a message.
const short = (max: number) => z.string().max(max);

export const postKeySchema = z
  .string()
  .min(3)
  .max(300)
  .regex(new RegExp(`^(${PLATFORM_IDS.join('|')}):[^\\s]+$`), 'not a post key');

export const postSnapshotSchema = z.strictObject({
  key: postKeySchema,
  platform: z.enum(PLATFORM_IDS),
  url: short(SNAPSHOT_LIMITS.url),
  authorName: short(SNAPSHOT_LIMITS.authorName),
  authorHandle: short(SNAPSHOT_LIMITS.authorHandle),
  authorHeadline: short(SNAPSHOT_LIMITS.authorHeadline),
  authorProfileUrl: short(SNAPSHOT_LIMITS.authorProfileUrl),
  text: short(SNAPSHOT_LIMITS.text),
  promoted: z.boolean(),
  context: short(SNAPSHOT_LIMITS.context),
  translated: z.boolean().optional(),
});

export const categorySchema = z.enum(CATEGORIES);

/** A site's host name, with a port at most: `www.linkedin.com`, `mastodon.social`. */
const hostSchema = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i, 'not a host');

const tagSchema = z.string().trim().min(1).max(60);

/** A change the user makes to one post's annotation; absent fields stay as they are. */
export const annotationPatchSchema = z.strictObject({
  category: categorySchema.nullable().optional(),
  tags: z.array(tagSchema).max(50).optional(),
  flagged: z.boolean().optional(),
  /** Closes (true) or reopens the follow-up; flagging again reopens it too. */
  followUpDone: z.boolean().optional(),
  note: short(5000).optional(),
  collections: z.array(tagSchema).max(50).optional(),
});

// Adverse-event intake (the AE queue): the bar's "Report AE", the dashboard's queue, the popup's count.
const aeListSchema = z.array(z.string().trim().min(1).max(200)).max(20);
/** A reviewer's change to a case; absent fields stay as they are. */
export const aeChangeSchema = z.strictObject({
  state: z.enum(AE_STATES).optional(),
  caseRef: z.string().trim().max(200).optional(),
  dismissReason: z.string().trim().max(1000).optional(),
  reporter: z.string().trim().max(1000).optional(),
  patient: aeListSchema.optional(),
  products: aeListSchema.optional(),
  events: aeListSchema.optional(),
});
const aeContentRequests = [
  /** The user reports the post as a possible adverse event (bar, side panel). */
  z.strictObject({ type: z.literal('ae/report'), post: postSnapshotSchema }),
] as const;
const aePageRequests = [
  z.strictObject({ type: z.literal('ae/list') }),
  z.strictObject({ type: z.literal('ae/count') }),
  z.strictObject({ type: z.literal('ae/change'), key: postKeySchema, change: aeChangeSchema }),
  /** The queue, or the cases named, as a CSV or JSON file. */
  z.strictObject({
    type: z.literal('ae/export'),
    format: z.enum(['csv', 'json']),
    keys: z.array(postKeySchema).max(5000).optional(),
  }),
  z.strictObject({ type: z.literal('ae/settings/get') }),
  z.strictObject({ type: z.literal('ae/settings/set'), patch: aeSettingsPatchSchema }),
] as const;
const aeBroadcasts = [
  /** A case was opened or changed (here or by a teammate): bars and the queue show it. */
  z.strictObject({ type: z.literal('ae/changed'), key: postKeySchema, state: z.enum(AE_STATES) }),
] as const;

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
  /** The user marks a post's author as an HCP or not (null: back to the classifier). */
  z.strictObject({
    type: z.literal('author/mark'),
    post: postSnapshotSchema,
    isHcp: z.boolean().nullable(),
  }),
  /** The bar's collection picker: the names of the user's collections. */
  z.strictObject({ type: z.literal('labels/names'), kind: z.literal('collection') }),
  /** Whether this site is in side-panel mode: asked before anything is inserted into the page. */
  z.strictObject({ type: z.literal('site/mode'), platform: z.enum(PLATFORM_IDS) }),
  /** Whether the adapter finds posts on a page that looks like a feed (content/health.ts). */
  z.strictObject({
    type: z.literal('health/report'),
    platform: z.enum(PLATFORM_IDS),
    host: hostSchema,
    status: z.enum(['ok', 'degraded']),
    at: z.iso.datetime(),
    lastMatchedAt: z.iso.datetime().optional(),
  }),
  ...aeContentRequests,
]);

// A target-list CSV: no more characters than the byte limit allows (the parser counts bytes).
const targetCsvSchema = z.string().max(MAX_CSV_BYTES);
const targetListIdSchema = z.string().min(1).max(100);
/** A backup file's text: large (every annotated post's text) but bounded. */
const backupTextSchema = z.string().max(200 * 1024 * 1024, 'the backup file is over 200 MB');

// Curation in the dashboard: pages of the current view, bulk edits, collections and tags.
const labelKindSchema = z.enum(['collection', 'tag']);
const sortSchema = z.enum(SORTS);
/** One edit applied to every selected post; absent fields leave that part alone. */
export const bulkChangeSchema = z.strictObject({
  category: categorySchema.nullable().optional(),
  followUp: z.enum(['open', 'done', 'none']).optional(),
  addTags: z.array(tagSchema).max(20).optional(),
  removeTags: z.array(tagSchema).max(20).optional(),
  addCollections: z.array(tagSchema).max(20).optional(),
  removeCollections: z.array(tagSchema).max(20).optional(),
  note: short(5000).optional(),
});
export type BulkChange = z.infer<typeof bulkChangeSchema>;
/** Posts a dashboard request acts on at most: larger selections are sent in several requests. */
export const MAX_BULK_KEYS = 1000;
const curationRequests = [
  z.strictObject({
    type: z.literal('posts/query'),
    filter: postFilterSchema,
    sort: sortSchema,
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(500),
  }),
  z.strictObject({ type: z.literal('posts/counts'), filter: postFilterSchema }),
  z.strictObject({ type: z.literal('posts/keys'), filter: postFilterSchema, sort: sortSchema }),
  z.strictObject({
    type: z.literal('annotations/bulk'),
    keys: z.array(postKeySchema).min(1).max(MAX_BULK_KEYS),
    change: bulkChangeSchema,
  }),
  /** The view as CSV (the contract's columns): the posts the filter shows, or the selected ones. */
  z.strictObject({
    type: z.literal('export/view'),
    filter: postFilterSchema,
    sort: sortSchema,
    keys: z.array(postKeySchema).min(1).max(MAX_BULK_KEYS).optional(),
    /** Names the file: `hcp-lens-<name>-<time>.csv`. */
    name: z.string().trim().min(1).max(60).optional(),
  }),
  z.strictObject({ type: z.literal('labels/list'), kind: labelKindSchema }),
  z.strictObject({
    type: z.literal('labels/create'),
    kind: z.literal('collection'),
    name: tagSchema,
  }),
  /** Renames a collection or tag; several names merge into `into`. */
  z.strictObject({
    type: z.literal('labels/rename'),
    kind: labelKindSchema,
    from: z.array(tagSchema).min(1).max(50),
    into: tagSchema,
  }),
  z.strictObject({ type: z.literal('labels/delete'), kind: labelKindSchema, name: tagSchema }),
] as const;

/** Messages only the extension's own pages (popup, dashboard) may send. */
export const pageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('session/summary') }),
  z.strictObject({ type: z.literal('session/new') }),
  z.strictObject({ type: z.literal('export/csv'), scope: z.enum(['session', 'all']) }),
  z.strictObject({ type: z.literal('annotations/list'), limit: z.number().int().min(1).max(5000) }),
  z.strictObject({ type: z.literal('authors/list') }),
  /** "Clear browsing history": posts never annotated, sessions' post lists, remembered bios. */
  z.strictObject({ type: z.literal('history/clear') }),
  z.strictObject({ type: z.literal('authors/forget'), authorKey: z.string().max(600).optional() }),
  z.strictObject({ type: z.literal('settings/get') }),
  z.strictObject({ type: z.literal('settings/set'), patch: settingsPatchSchema }),
  z.strictObject({ type: z.literal('targets/preview'), csv: targetCsvSchema }),
  z.strictObject({
    type: z.literal('targets/import'),
    name: z.string().trim().min(1, 'name the list').max(100),
    csv: targetCsvSchema,
    replaceListId: targetListIdSchema.optional(),
    skipInvalid: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('targets/lists') }),
  z.strictObject({ type: z.literal('targets/remove'), listId: targetListIdSchema }),
  /** Candidate site rules run, read-only, in an open tab of that site (dashboard, "Site rules"). */
  z.strictObject({
    type: z.literal('rules/test'),
    platform: z.enum(RULE_PLATFORMS),
    rules: rulesOverrideSchema,
  }),
  /** Team sync: its state; connect to a server (and sync at once); sync now; disconnect. */
  z.strictObject({ type: z.literal('sync/get') }),
  z.strictObject({
    type: z.literal('sync/connect'),
    // The database's address, e.g. https://couch.example.org/medical-affairs
    url: z.string().trim().min(1, 'give the database address').max(2000),
    user: z.string().trim().max(200),
    password: z.string().max(500),
  }),
  z.strictObject({ type: z.literal('sync/now') }),
  z.strictObject({ type: z.literal('sync/disconnect') }),
  // Curating: export what the user sees, page by page (a query's filters, or a selection).
  z
    .strictObject({
      type: z.literal('export/page'),
      query: exportQuerySchema.optional(),
      offset: z.number().int().min(0).optional(),
      keys: z.array(postKeySchema).min(1).max(500).optional(),
      /** The dashboard's view (its filters and sort), read page by page from `offset`. */
      view: z.strictObject({ filter: postFilterSchema, sort: sortSchema }).optional(),
    })
    .refine((r) => [r.query, r.keys, r.view].filter((x) => x !== undefined).length === 1, {
      message: 'an export covers a query, a view or a list of posts, one of them',
    }),
  /** A backup of everything the user made; a backup file's text to preview, or to restore. */
  z.strictObject({ type: z.literal('backup/create') }),
  z.strictObject({ type: z.literal('backup/preview'), json: backupTextSchema }),
  z.strictObject({ type: z.literal('backup/restore'), json: backupTextSchema }),
  /** Every HCP author met, with their posts counted per category (dashboard, "Authors"). */
  z.strictObject({ type: z.literal('authors/met') }),
  // (end of curating)
  /** Detection health per site: one site, one network's sites, or every site. */
  z.strictObject({
    type: z.literal('health/get'),
    platform: z.enum(PLATFORM_IDS).optional(),
    host: hostSchema.optional(),
  }),
  ...aePageRequests,
  ...curationRequests,
]);

/** What the background pushes to tabs and pages when an annotation changes anywhere. */
export const broadcastSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('annotation/changed'),
    key: postKeySchema,
    // The full view is pushed so every tab renders the same state without asking again.
    view: z.unknown(),
  }),
  z.strictObject({ type: z.literal('settings/changed'), settings: z.unknown() }),
  /** A database upgrade that was waiting has finished: changes held in pages can be saved now. */
  z.strictObject({ type: z.literal('storage/ready') }),
  ...aeBroadcasts,
]);

export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type Request = ContentRequest | PageRequest;
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;
export type Broadcast = z.infer<typeof broadcastSchema>;
export type AeChangeRequest = z.infer<typeof aeChangeSchema>;
