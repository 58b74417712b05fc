import { CATEGORIES, type Category } from '../classify/types';
import { effectiveCategory, type SessionSummary } from './records';
import { sessionTaggedViews } from './posts';
import type { LensDb } from './schema';
import { formatNumber, t } from '../shared/i18n';

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

/** While the worker runs, a live session's `lastActiveAt` is written at most this often. */
export const SESSION_WRITE_EVERY_MS = 60 * 1000;

/**
 * The session in progress, as the background (the database's only writer) last left it. Every
 * batch of posts seen marks the session active; writing that each time cost a transaction per
 * batch, so activity is tracked in memory and written at most once a minute. After the worker
 * restarts, the stored time is at most that much behind: a session idle 30 minutes may end a
 * minute early, never late.
 */
export class SessionTracker {
  private live: { id: number; activeAt: number; writtenAt: number } | undefined;

  constructor(private db: LensDb) {}

  /** As `activeSession`: the live session (or a new one), marked active now. */
  async active(now: Date): Promise<number> {
    const t = now.getTime();
    const live = this.isLive(t) ? this.live : undefined;
    if (!live) return this.remember(await activeSession(this.db, now), t);
    live.activeAt = Math.max(live.activeAt, t);
    if (t - live.writtenAt >= SESSION_WRITE_EVERY_MS) {
      live.writtenAt = t;
      await this.db.sessions.update(live.id, { lastActiveAt: iso(now) });
    }
    return live.id;
  }

  /** As `currentSession`: the live session without marking it active. */
  async current(now: Date): Promise<number> {
    return this.isLive(now.getTime()) ? this.live!.id : currentSession(this.db, now);
  }

  /** As `startSession`, on the user's request. */
  async start(now: Date): Promise<number> {
    return this.remember(await startSession(this.db, now), now.getTime());
  }

  private isLive(t: number): boolean {
    return this.live !== undefined && t - this.live.activeAt <= SESSION_IDLE_MS;
  }

  private remember(id: number, t: number): number {
    this.live = { id, activeAt: t, writtenAt: t };
    return id;
  }
}

export async function sessionSummary(
  db: LensDb,
  sessionId: number,
  now: Date,
): Promise<SessionSummary> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new Error(t('bg_sessionMissing', formatNumber(sessionId)));
  const seen = await db.posts.where('sessionIds').equals(sessionId).toArray();
  const tagged = await sessionTaggedViews(db, sessionId);
  const zero = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const [taggedByCategory, confirmedByCategory, suggestedByCategory] = [zero(), zero(), zero()];
  for (const view of tagged) {
    taggedByCategory[effectiveCategory(view)]++;
    // A suggestion the user never confirmed is counted apart: it is the classifier's word.
    if (view.annotation?.category) confirmedByCategory[view.annotation.category]++;
    else suggestedByCategory[view.post.verdict.category]++;
  }
  return {
    sessionId,
    startedAt: session.startedAt,
    durationMs: Math.max(0, now.getTime() - Date.parse(session.startedAt)),
    postsSeen: seen.length,
    hcpPostsSeen: seen.filter((p) => p.verdict.isHcp).length,
    postsTagged: tagged.length,
    taggedByCategory,
    confirmedByCategory,
    suggestedByCategory,
  };
}
