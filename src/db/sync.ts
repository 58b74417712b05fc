// Team sync's side of the database: which annotations are still to be sent, and how a teammate's
// change is applied. The newer change wins; a tie goes to the server's copy, so that every browser
// settles on the same one.
import type { Verdict } from '../classify/types';
import type { PostSnapshot } from '../platforms/types';
import { authorKeyOf } from '../platforms/author';
import { keptText } from './posts';
import type { Annotation, PostRecord, PostView, SyncDocRecord } from './records';
import type { LensDb } from './schema';
import type { TextRetention } from './settings';

/** A teammate's change as read from the server (see background/sync-doc.ts). */
export interface IncomingChange {
  key: string;
  rev: string;
  updatedAt: string;
  annotation: Pick<Annotation, 'category' | 'tags' | 'flagged' | 'note' | 'collections'> | null;
  post: PostSnapshot;
}

/** Not a session of this browser: a teammate's decision counts in none of the user's sessions. */
const NO_SESSION = 0;

export function pendingSyncDocs(db: LensDb, limit: number): Promise<SyncDocRecord[]> {
  return db.syncDocs.where('pending').equals(1).limit(limit).toArray();
}

export function countPendingSyncDocs(db: LensDb): Promise<number> {
  return db.syncDocs.where('pending').equals(1).count();
}

/** A new server: every annotation is to be sent, and no revision from another server is kept. */
export async function markAllForSync(db: LensDb): Promise<void> {
  await db.transaction('rw', db.annotations, db.syncDocs, async () => {
    await db.syncDocs.clear();
    const annotations = await db.annotations.toArray();
    await db.syncDocs.bulkPut(
      annotations.map((a) => ({ key: a.key, pending: 1 as const, changedAt: a.annotatedAt })),
    );
  });
}

export async function forgetSyncDocs(db: LensDb): Promise<void> {
  await db.syncDocs.clear();
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
): Promise<PostView | null> {
  return db.transaction('rw', db.posts, db.annotations, db.syncDocs, async () => {
    const row = await db.syncDocs.get(change.key);
    if (row?.rev === change.rev) return null;
    if (row && row.changedAt > change.updatedAt) {
      // This browser's change is newer: it is (or will be) sent over the teammate's.
      await db.syncDocs.put({ ...row, rev: change.rev, pending: 1 });
      return null;
    }
    const existing = await db.posts.get(change.key);
    if (!existing && !verdict) return null;
    const kept = change.annotation !== null;
    const post: PostRecord = {
      ...(existing ?? {
        ...change.post,
        authorKey: authorKeyOf(change.post),
        verdict: verdict!,
        firstSeenAt: change.updatedAt,
        lastSeenAt: change.updatedAt,
        sessionIds: [],
      }),
      ...keptText(change.post, kept, retention),
    };
    await db.posts.put(post);
    let annotation: Annotation | null = null;
    if (change.annotation) {
      annotation = {
        key: change.key,
        ...change.annotation,
        annotatedAt: change.updatedAt,
        sessionId: NO_SESSION,
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
