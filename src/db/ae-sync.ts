// Team sync's side of the AE queue. A case travels with its whole audit trail; two copies merge
// by the union of their trails (entries have stable ids), so concurrent changes never lose an
// entry, and the case's state and fields follow the latest change in the merged trail.
import {
  evidenceOf,
  mergeTrails,
  withTrail,
  type AeAuditEntry,
  type AeCase,
  type AeEvidence,
} from './ae-records';
import type { LensDb } from './schema';

/** A teammate's copy of a case, as read (and validated) from the server. */
export interface IncomingAeCase {
  rev: string;
  evidence: AeEvidence;
  trail: AeAuditEntry[];
}

export function pendingAeCases(db: LensDb, limit: number): Promise<AeCase[]> {
  return db.aeCases.where('syncPending').equals(1).limit(limit).toArray();
}

export function countPendingAeCases(db: LensDb): Promise<number> {
  return db.aeCases.where('syncPending').equals(1).count();
}

/** Connecting: every case is to be sent (the server may be a new one). */
export async function markAllAeCases(db: LensDb): Promise<void> {
  await db.aeCases.toCollection().modify({ syncPending: 1 });
}

/**
 * The server stored the case as sent (`entries` in its trail) under `rev`. It stays pending if
 * the trail grew here while it travelled.
 */
export async function recordAeSent(
  db: LensDb,
  key: string,
  rev: string,
  entries: number,
): Promise<void> {
  await db.transaction('rw', db.aeCases, db.aeAudit, async () => {
    const c = await db.aeCases.get(key);
    if (!c) return;
    const now = await db.aeAudit.where('caseKey').equals(key).count();
    await db.aeCases.put({ ...c, rev, syncPending: now === entries ? 0 : 1 });
  });
}

/** The server has no copy (deleted, or another database): the next send starts afresh. */
export async function forgetAeRevision(db: LensDb, key: string): Promise<void> {
  await db.aeCases.update(key, { rev: undefined });
}

/** Day zero is the earlier sighting; text kept by either copy is kept. */
export function mergeEvidence(local: AeEvidence, incoming: AeEvidence): AeEvidence {
  const first = incoming.firstSeenAt < local.firstSeenAt ? incoming : local;
  return { ...first, text: first.text || local.text || incoming.text };
}

/**
 * Merges a teammate's copy into this browser's. Returns the merged case when anything changed
 * here (a new case, new entries, an earlier day zero), else null. The case stays pending to send
 * while this browser has something the server's copy lacks.
 */
export async function applyIncomingAe(
  db: LensDb,
  incoming: IncomingAeCase,
): Promise<AeCase | null> {
  return db.transaction('rw', db.aeCases, db.aeAudit, async () => {
    const key = incoming.evidence.key;
    const local = await db.aeCases.get(key);
    const localTrail = local ? await db.aeAudit.where('caseKey').equals(key).toArray() : [];
    const known = new Set(localTrail.map((e) => e.id));
    const added = incoming.trail.filter((e) => !known.has(e.id));
    const theirs = new Set(incoming.trail.map((e) => e.id));
    const oursOnly = localTrail.some((e) => !theirs.has(e.id));
    const evidence = local
      ? mergeEvidence(evidenceOf(local), incoming.evidence)
      : incoming.evidence;
    const earlier = local !== undefined && evidence.firstSeenAt !== local.firstSeenAt;
    const textAdded = local !== undefined && !local.text && evidence.text !== '';
    const ahead =
      oursOnly || (local !== undefined && local.firstSeenAt < incoming.evidence.firstSeenAt);
    const merged = withTrail(evidence, mergeTrails(localTrail, added), {
      syncPending: ahead ? 1 : 0,
      rev: incoming.rev,
    });
    await db.aeAudit.bulkPut(added);
    await db.aeCases.put(merged);
    return !local || added.length > 0 || earlier || textAdded ? merged : null;
  });
}
