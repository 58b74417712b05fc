// The document team sync keeps on the server for one annotated post, and how a document from the
// server is checked: it was written by another browser, perhaps another version, perhaps not by
// HCP Lens at all, so it is untrusted input like a page's text.
import type { Annotation, PostRecord } from '../db/records';
import type { IncomingChange, SharedAnnotation } from '../db/sync';
import { annotationPatchSchema, postSnapshotSchema } from '../messages/schemas';
import { addressMatchesKey } from '../platforms/post-address';
import type { PostSnapshot } from '../platforms/types';
import { z } from '../shared/zod';
import type { CouchDoc } from './couch';

export const SYNC_DOC_TYPE = 'hcp-lens.annotation';

// A closed follow-up (version 6) is optional: documents from earlier versions have no such field.
const sharedAnnotationSchema = annotationPatchSchema.required({
  category: true,
  tags: true,
  flagged: true,
  note: true,
  collections: true,
});

const syncDocSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string().max(200),
  type: z.literal(SYNC_DOC_TYPE),
  updatedAt: z.iso.datetime(),
  /** Null: the annotation was cleared, and teammates clear theirs. */
  annotation: sharedAnnotationSchema.nullable(),
  post: postSnapshotSchema,
  /** The sync user name of whoever made the change, when they have one. */
  by: z.string().trim().max(200).optional(),
});

/** The fields of a post that travel: what the post showed, not this browser's verdict or sessions. */
function snapshotOf(post: PostRecord): PostSnapshot {
  const { key, platform, url, authorName, authorHandle, authorHeadline } = post;
  const { authorProfileUrl, text, promoted, context } = post;
  return {
    key,
    platform,
    url,
    authorName,
    authorHandle,
    authorHeadline,
    authorProfileUrl,
    text,
    promoted,
    context,
  };
}

/** `user`: this browser's sync user name; a teammate's annotation sent again keeps its author. */
export function toSyncDoc(
  post: PostRecord,
  annotation: Annotation | null,
  changedAt: string,
  rev: string | undefined,
  user: string,
): CouchDoc {
  const by = annotation?.by ?? user;
  const shared: SharedAnnotation | null = annotation && {
    category: annotation.category,
    tags: annotation.tags,
    flagged: annotation.flagged,
    note: annotation.note,
    collections: annotation.collections,
    ...(annotation.followUpDone ? { followUpDone: true } : {}),
  };
  return {
    _id: post.key,
    ...(rev ? { _rev: rev } : {}),
    type: SYNC_DOC_TYPE,
    updatedAt: changedAt,
    annotation: shared,
    post: snapshotOf(post),
    ...(by ? { by } : {}),
  };
}

/** Why a document is not applied; `unsafe` when it is ours but points where its post is not. */
export interface IgnoredDoc {
  ignored: string;
  unsafe?: true;
}

/**
 * A server document as a change to apply, or the reason it is ignored: not ours (a design
 * document, another tool's data), or malformed. Its id must be the post's own key, so a document
 * cannot overwrite another post, and its address the one that key names, so the dashboard's link
 * to it cannot lead anywhere else.
 */
export function parseSyncDoc(doc: CouchDoc): IncomingChange | IgnoredDoc {
  if (doc.type !== SYNC_DOC_TYPE) return { ignored: 'not an HCP Lens document' };
  const parsed = syncDocSchema.safeParse(doc);
  if (!parsed.success) return { ignored: `malformed (${parsed.error.issues[0]?.message ?? ''})` };
  const { _id, _rev, updatedAt, annotation, post, by } = parsed.data;
  if (post.key !== _id) return { ignored: "its id is not its post's key" };
  // A cleared annotation stores nothing of its post, so only a kept one must point at the post.
  if (annotation && !addressMatchesKey(post)) {
    return { ignored: "its address is not its post's own", unsafe: true };
  }
  return { key: _id, rev: _rev, updatedAt, annotation, post, ...(by ? { by } : {}) };
}
