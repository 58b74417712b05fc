import { CATEGORIES, type Category } from '../classify/types';
import { effectiveCategory, type SessionSummary } from './records';
import { sessionTaggedViews } from './posts';
import type { LensDb } from './schema';

/** A browsing session ends after this long without a post seen or a tag set. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

const iso = (d: Date) => d.toISOString();

/** The latest session, if the user was active in it within the idle limit. */
async function liveSession(db: LensDb, now: Date): Promise<number | undefined> {
  const last = await db.sessions.orderBy('lastActiveAt').last();
  const live = last && now.getTime() - Date.parse(last.lastActiveAt) <= SESSION_IDLE_MS;
  return live ? last.id : undefined;
}

/** The session in progress, or a new one when the last went idle. Marks it active now. */
export async function activeSession(db: LensDb, now: Date): Promise<number> {
  return db.transaction('rw', db.sessions, async () => {
    const id = await liveSession(db, now);
    if (id === undefined) return startSession(db, now);
    await db.sessions.update(id, { lastActiveAt: iso(now) });
    return id;
  });
}

/** The live session without marking it active (reading the popup is not browsing). */
export async function currentSession(db: LensDb, now: Date): Promise<number> {
  return (await liveSession(db, now)) ?? startSession(db, now);
}

/** Starts a new session on the user's request. */
export async function startSession(db: LensDb, now: Date): Promise<number> {
  return db.sessions.add({ startedAt: iso(now), lastActiveAt: iso(now) }) as Promise<number>;
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
