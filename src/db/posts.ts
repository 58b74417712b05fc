import type { Verdict } from '../classify/types';
import type { AnnotationPatch } from '../messages/schemas';
import { authorKeyOf } from '../platforms/author';
import type { PostSnapshot } from '../platforms/types';
import {
  isEmptyAnnotation,
  mergeAnnotation,
  type Annotation,
  type PostRecord,
  type PostView,
} from './records';
import type { LensDb } from './schema';
import { markChanged } from './sync';
import { countedCategory, countPosts } from './author-stats';
import type { TextRetention } from './settings';

/** Characters of an annotated post's text kept when the user chose snippets only. */
export const SNIPPET_CHARS = 280;

const iso = (d: Date) => d.toISOString();

/** Text is kept only for annotated posts, and then in full or as a snippet, as the user chose. */
export function keptText(snapshot: PostSnapshot, annotated: boolean, retention: TextRetention) {
  if (!annotated) return { text: '', authorHeadline: '' };
  const text =
    retention === 'snippet' && snapshot.text.length > SNIPPET_CHARS
      ? `${snapshot.text.slice(0, SNIPPET_CHARS)}…`
      : snapshot.text;
  return { text, authorHeadline: snapshot.authorHeadline };
}

/** Stores posts as seen in a session (first sighting kept) and returns them with annotations. */
export async function recordSeen(
  db: LensDb,
  seen: { snapshot: PostSnapshot; verdict: Verdict }[],
  sessionId: number,
  now: Date,
  retention: TextRetention = 'full',
): Promise<PostView[]> {
  return db.transaction('rw', db.posts, db.annotations, db.authorStats, async () => {
    const keys = seen.map((s) => s.snapshot.key);
    const [existing, annotations] = await Promise.all([
      db.posts.bulkGet(keys),
      db.annotations.bulkGet(keys),
    ]);
    const records: PostRecord[] = seen.map(({ snapshot, verdict }, i) => {
      const old = existing[i];
      const sessionIds = old?.sessionIds.includes(sessionId)
        ? old.sessionIds
        : [...(old?.sessionIds ?? []), sessionId];
      return {
        ...snapshot,
        ...keptText(snapshot, annotations[i] !== undefined, retention),
        authorKey: authorKeyOf(snapshot),
        verdict,
        firstSeenAt: old?.firstSeenAt ?? iso(now),
        lastSeenAt: iso(now),
        sessionIds,
      };
    });
    await db.posts.bulkPut(records);
    await countPosts(
      db,
      records.map((post, i) => {
        const old = existing[i];
        const annotation = annotations[i];
        return {
          post,
          before: old ? countedCategory(old, annotation) : null,
          after: countedCategory(post, annotation),
        };
      }),
    );
    return records.map((post, i) => ({ post, annotation: annotations[i] ?? null }));
  });
}

/**
 * Applies the user's change to one post. The snapshot, when given, supplies the text an
 * annotated post keeps; an annotation left with no decision is deleted, and the text with it.
 */
export async function annotate(
  db: LensDb,
  key: string,
  patch: AnnotationPatch,
  sessionId: number,
  now: Date,
  { snapshot, retention = 'full' }: { snapshot?: PostSnapshot; retention?: TextRetention } = {},
): Promise<PostView> {
  const tables = [db.posts, db.annotations, db.syncDocs, db.settings, db.authorStats];
  return db.transaction('rw', tables, async () => {
    let post = await db.posts.get(key);
    if (!post) throw new Error(`No post ${key} has been seen; cannot annotate it.`);
    const old = await db.annotations.get(key);
    const next = mergeAnnotation(old, patch, key, iso(now), sessionId);
    const keep = !isEmptyAnnotation(next);
    const before = countedCategory(post, old);
    await countPosts(db, [{ post, before, after: countedCategory(post, keep ? next : null) }]);
    const source = snapshot?.key === key ? snapshot : post;
    post = { ...post, ...keptText(source, keep, retention) };
    await db.posts.put(post);
    // Team sync sends this change when it next can (a cleared annotation too, so teammates see it).
    await markChanged(db, key, now);
    if (!keep) {
      await db.annotations.delete(key);
      return { post, annotation: null };
    }
    await db.annotations.put(next);
    return { post, annotation: next };
  });
}

/** Posts the user tagged during a session, oldest decision first. */
export async function sessionTaggedViews(db: LensDb, sessionId: number): Promise<PostView[]> {
  const annotations = await db.annotations
    .where('sessionId')
    .equals(sessionId)
    .sortBy('annotatedAt');
  return joinPosts(db, annotations);
}

/** Every annotated post, newest decision first. */
export async function annotatedViews(db: LensDb, limit = Infinity): Promise<PostView[]> {
  const annotations = await db.annotations.orderBy('annotatedAt').reverse().limit(limit).toArray();
  return joinPosts(db, annotations);
}

async function joinPosts(db: LensDb, annotations: Annotation[]): Promise<PostView[]> {
  const posts = await db.posts.bulkGet(annotations.map((a) => a.key));
  return annotations.flatMap((annotation, i) => {
    const post = posts[i];
    return post ? [{ post, annotation }] : [];
  });
}

/**
 * One page of annotated posts, newest decision first, and how many there are in all: a long
 * export reads them page by page instead of holding them all at once.
 */
export async function annotatedViewsPage(
  db: LensDb,
  offset: number,
  limit: number,
): Promise<{ views: PostView[]; total: number }> {
  return db.transaction('r', db.posts, db.annotations, async () => {
    const [annotations, total] = await Promise.all([
      db.annotations.orderBy('annotatedAt').reverse().offset(offset).limit(limit).toArray(),
      db.annotations.count(),
    ]);
    return { views: await joinPosts(db, annotations), total };
  });
}

/** The posts of a selection, in its order, with their annotations; unknown keys are skipped. */
export async function viewsOf(db: LensDb, keys: string[]): Promise<PostView[]> {
  const [posts, annotations] = await Promise.all([
    db.posts.bulkGet(keys),
    db.annotations.bulkGet(keys),
  ]);
  return posts.flatMap((post, i) => (post ? [{ post, annotation: annotations[i] ?? null }] : []));
}
