import type { Verdict } from '../classify/types';
import type { AnnotationPatch } from '../messages/schemas';
import type { PostSnapshot } from '../platforms/types';
import { CATEGORIES, type Category } from '../classify/types';
import {
  effectiveCategory,
  isEmptyAnnotation,
  type Annotation,
  type PostRecord,
  type PostView,
  type SessionSummary,
} from './records';
import type { LensDb } from './schema';

export { LensDb, DB_NAME } from './schema';
export * from './records';

/** A browsing session ends after this long without a post seen or a tag set. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

const iso = (d: Date) => d.toISOString();

/** The session in progress, or a new one when the last went idle. Marks it active now. */
export async function activeSession(db: LensDb, now: Date): Promise<number> {
  return db.transaction('rw', db.sessions, async () => {
    const last = await db.sessions.orderBy('lastActiveAt').last();
    if (
      last?.id !== undefined &&
      now.getTime() - Date.parse(last.lastActiveAt) <= SESSION_IDLE_MS
    ) {
      await db.sessions.update(last.id, { lastActiveAt: iso(now) });
      return last.id;
    }
    return db.sessions.add({ startedAt: iso(now), lastActiveAt: iso(now) }) as Promise<number>;
  });
}

/** The live session without marking it active (reading the popup is not browsing). */
export async function currentSession(db: LensDb, now: Date): Promise<number> {
  const last = await db.sessions.orderBy('lastActiveAt').last();
  if (last?.id !== undefined && now.getTime() - Date.parse(last.lastActiveAt) <= SESSION_IDLE_MS) {
    return last.id;
  }
  return startSession(db, now);
}

/** Starts a new session on the user's request. */
export async function startSession(db: LensDb, now: Date): Promise<number> {
  return db.sessions.add({ startedAt: iso(now), lastActiveAt: iso(now) }) as Promise<number>;
}

/** Stores posts as seen in a session (first sighting kept) and returns them with annotations. */
export async function recordSeen(
  db: LensDb,
  seen: { snapshot: PostSnapshot; verdict: Verdict }[],
  sessionId: number,
  now: Date,
): Promise<PostView[]> {
  return db.transaction('rw', db.posts, db.annotations, async () => {
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
        verdict,
        firstSeenAt: old?.firstSeenAt ?? iso(now),
        lastSeenAt: iso(now),
        sessionIds,
      };
    });
    await db.posts.bulkPut(records);
    return records.map((post, i) => ({ post, annotation: annotations[i] ?? null }));
  });
}

/** Applies the user's change to one post. An annotation left with no decision is deleted. */
export async function annotate(
  db: LensDb,
  key: string,
  patch: AnnotationPatch,
  sessionId: number,
  now: Date,
): Promise<PostView> {
  return db.transaction('rw', db.posts, db.annotations, async () => {
    const post = await db.posts.get(key);
    if (!post) throw new Error(`No post ${key} has been seen; cannot annotate it.`);
    const old = await db.annotations.get(key);
    const next: Annotation = {
      key,
      category: null,
      tags: [],
      flagged: false,
      note: '',
      collections: [],
      ...old,
      ...definedOnly(patch),
      annotatedAt: iso(now),
      sessionId,
    };
    next.tags = unique(next.tags);
    next.collections = unique(next.collections);
    if (isEmptyAnnotation(next)) {
      await db.annotations.delete(key);
      return { post, annotation: null };
    }
    await db.annotations.put(next);
    return { post, annotation: next };
  });
}

export async function sessionSummary(
  db: LensDb,
  sessionId: number,
  now: Date,
): Promise<SessionSummary> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new Error(`Session ${sessionId} does not exist.`);
  const seen = await db.posts.where('sessionIds').equals(sessionId).toArray();
  const tagged = await sessionTaggedViews(db, sessionId);
  const taggedByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<
    Category,
    number
  >;
  for (const view of tagged) taggedByCategory[effectiveCategory(view)]++;
  return {
    sessionId,
    startedAt: session.startedAt,
    durationMs: Math.max(0, now.getTime() - Date.parse(session.startedAt)),
    postsSeen: seen.length,
    hcpPostsSeen: seen.filter((p) => p.verdict.isHcp).length,
    postsTagged: tagged.length,
    taggedByCategory,
  };
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

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const unique = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
