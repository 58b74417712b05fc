// Team sync's side of the database: which annotations are still to be sent, and how a teammate's
// change is applied. A change waiting here meets the server's copy: the newer one wins, a tie goes
// to the server's, so that every browser settles on the same one. With nothing waiting here, the
// server's copy simply applies, whatever the clocks say.
import type { Verdict } from '../classify/types';
import type { PostSnapshot } from '../platforms/types';
import { authorKeyOf } from '../platforms/author';
import { keptText, seenOnly, storedVerdict } from './posts';
import { countedCategory, countPosts } from './author-stats';
import type { Annotation, PostRecord, PostView, SyncDocRecord } from './records';
import type { LensDb } from './schema';
import type { TextRetention } from './settings';

/** The user's decision as teammates see it: who decided and in which session stay local. */
export type SharedAnnotation = Pick<
  Annotation,
  'category' | 'tags' | 'flagged' | 'note' | 'collections' | 'followUpDone'
>;

/** A teammate's change as read from the server (see background/sync-doc.ts). */
export interface IncomingChange {
  key: string;
  rev: string;
  updatedAt: string;
  annotation: SharedAnnotation | null;
  post: PostSnapshot;
  /** The teammate who made the change, when the server says. */
  by?: string;
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two annotations record the same decision, whoever made them and when. */
function sameDecision(a: SharedAnnotation, b: SharedAnnotation): boolean {
  return (
    a.category === b.category &&
    a.flagged === b.flagged &&
    a.note === b.note &&
    sameList(a.tags, b.tags) &&
    sameList(a.collections, b.collections)
  );
}

/** Not a session of this browser: a teammate's decision counts in none of the user's sessions. */
const NO_SESSION = 0;

export function pendingSyncDocs(db: LensDb, limit: number): Promise<SyncDocRecord[]> {
  return db.syncDocs.where('pending').equals(1).limit(limit).toArray();
}

export function countPendingSyncDocs(db: LensDb): Promise<number> {
  return db.syncDocs.where('pending').equals(1).count();
}

/** Where the background keeps team sync's settings; while it is absent, sync is off. */
export const SYNC_CONFIG_KEY = 'teamSync';

const time = (iso: string) => Date.parse(iso) || 0;

/**
 * A change the user made: waiting to be sent, while sync is on. Its time is after the last one
 * known for the post, so an edit made after a teammate's (whose clock may run ahead) wins.
 */
export async function markChanged(db: LensDb, key: string, now: Date): Promise<void> {
  if (!(await db.settings.get(SYNC_CONFIG_KEY))) return;
  const row = await db.syncDocs.get(key);
  const after = row ? time(row.changedAt) + 1 : 0;
  const changedAt = new Date(Math.max(now.getTime(), after)).toISOString();
  await db.syncDocs.put({ key, rev: row?.rev, pending: 1, changedAt });
}

/**
 * Connecting: every annotation is to be sent. Changes still waiting from an earlier connection
 * (a clear the server never got) keep waiting, with the revision they had.
 */
export async function markAllForSync(db: LensDb): Promise<void> {
  await db.transaction('rw', db.annotations, db.syncDocs, async () => {
    const annotations = await db.annotations.toArray();
    const rows = await db.syncDocs.bulkGet(annotations.map((a) => a.key));
    await db.syncDocs.bulkPut(
      annotations.map((a, i) => {
        const row = rows[i];
        const changedAt =
          row && time(row.changedAt) > time(a.annotatedAt) ? row.changedAt : a.annotatedAt;
        return { key: a.key, rev: row?.rev, pending: 1 as const, changedAt };
      }),
    );
  });
}

/** Disconnecting: what the server has is forgotten; what waits to be sent is kept. */
export async function forgetSyncDocs(db: LensDb): Promise<void> {
  await db.syncDocs.where('pending').equals(0).delete();
}

/**
 * The server stored the change sent for `key` as `rev`. It stays pending if the user changed the
 * annotation again while it travelled.
 */
export async function recordSent(
  db: LensDb,
  key: string,
  rev: string,
  sentChangedAt: string,
): Promise<void> {
  await db.transaction('rw', db.syncDocs, async () => {
    const row = await db.syncDocs.get(key);
    if (!row) return;
    await db.syncDocs.put({ ...row, rev, pending: row.changedAt === sentChangedAt ? 0 : 1 });
  });
}

/** Nothing to send for `key` (a post no longer stored, or cleared before it ever reached the server). */
export async function dropSyncDoc(db: LensDb, key: string): Promise<void> {
  await db.syncDocs.delete(key);
}

/**
 * Keeps the server's revision (none: the server deleted the document) so the next send of a newer
 * local change is accepted.
 */
export async function adoptRevision(
  db: LensDb,
  key: string,
  rev: string | undefined,
): Promise<void> {
  await db.syncDocs.update(key, { rev });
}

/**
 * Applies a teammate's change unless this browser's is newer (or it is this browser's own change
 * coming back). A post never seen here is stored with `verdict`, classified here, not trusted
 * from the server. Returns the view to show everywhere, or null when nothing changed.
 */
export async function applyIncoming(
  db: LensDb,
  change: IncomingChange,
  verdict: Verdict | undefined,
  retention: TextRetention,
  self?: string,
): Promise<PostView | null> {
  const tables = [db.posts, db.annotations, db.syncDocs, db.authorStats];
  return db.transaction('rw', tables, async () => {
    const row = await db.syncDocs.get(change.key);
    if (row?.rev === change.rev) return null;
    const local = await db.annotations.get(change.key);
    if (local && change.annotation && sameDecision(local, change.annotation)) {
      // The server already holds this very decision (sent before a reconnect, say): only its
      // revision is new. The annotation keeps its session and stays the user's own.
      await db.syncDocs.put({
        key: change.key,
        rev: change.rev,
        pending: 0,
        changedAt:
          row && time(row.changedAt) > time(change.updatedAt) ? row.changedAt : change.updatedAt,
      });
      return null;
    }
    if (row?.pending && time(row.changedAt) > time(change.updatedAt)) {
      // The change waiting here is newer: it is sent over the teammate's.
      await db.syncDocs.put({ ...row, rev: change.rev });
      return null;
    }
    const existing = await db.posts.get(change.key);
    // A cleared annotation of a post never seen here: nothing to clear, nothing to store.
    if (!existing && (!verdict || !change.annotation)) {
      await db.syncDocs.put({
        key: change.key,
        rev: change.rev,
        pending: 0,
        changedAt: change.updatedAt,
      });
      return null;
    }
    const base: PostRecord = existing ?? {
      ...change.post,
      authorKey: authorKeyOf(change.post),
      verdict: storedVerdict(verdict!),
      firstSeenAt: change.updatedAt,
      lastSeenAt: change.updatedAt,
      sessionIds: [],
    };
    const post: PostRecord = change.annotation
      ? { ...base, ...keptText(change.post, true, retention) }
      : seenOnly(base);
    await db.posts.put(post);
    await countPosts(db, [
      {
        post,
        before: existing ? countedCategory(existing, local) : null,
        after: countedCategory(post, change.annotation),
      },
    ]);
    let annotation: Annotation | null = null;
    if (change.annotation) {
      annotation = {
        key: change.key,
        ...change.annotation,
        annotatedAt: change.updatedAt,
        sessionId: NO_SESSION,
        // A change under the user's own sync name (another of their browsers) is not a teammate's.
        ...(change.by && change.by !== self ? { by: change.by } : {}),
      };
      await db.annotations.put(annotation);
    } else await db.annotations.delete(change.key);
    await db.syncDocs.put({
      key: change.key,
      rev: change.rev,
      pending: 0,
      changedAt: change.updatedAt,
    });
    return { post, annotation };
  });
}

/** Teammates' posts kept at most: one server or teammate cannot fill every member's storage. */
export const MAX_TEAM_POSTS = 5_000;

/**
 * Keeps at most `cap` posts whose annotation is a teammate's: beyond it, those changed longest ago
 * are not kept (a post the user saw here stays as seen, without the annotation). Their server
 * revision is remembered, so they are not fetched again unless a teammate changes them. A change
 * of the user's still waiting to be sent is never removed. Returns how many were removed.
 */
export async function trimTeamPosts(db: LensDb, cap = MAX_TEAM_POSTS): Promise<number> {
  return db.transaction('rw', db.posts, db.annotations, db.syncDocs, async () => {
    const theirs = await db.annotations.filter((a) => a.by !== undefined).toArray();
    if (theirs.length <= cap) return 0;
    const pending = new Set(await db.syncDocs.where('pending').equals(1).primaryKeys());
    const removed = theirs
      .filter((a) => !pending.has(a.key))
      .sort((a, b) => a.annotatedAt.localeCompare(b.annotatedAt))
      .slice(0, theirs.length - cap)
      .map((a) => a.key);
    const posts = await db.posts.bulkGet(removed);
    await db.annotations.bulkDelete(removed);
    await db.posts.bulkDelete(removed.filter((_, i) => !posts[i]?.sessionIds.length));
    await db.posts.bulkPut(posts.flatMap((p) => (p?.sessionIds.length ? [seenOnly(p)] : [])));
    return removed.length;
  });
}
