// Backup and restore on the database's side: what a backup holds, what a restore would add and
// change, and the restore itself, in one transaction (all of it or nothing).
import type { Verdict } from '../classify/types';
import type { Backup, BackupAeCase, BackupAnnotation } from '../backup/format';
import { authorKeyOf } from '../platforms/author';
import { rowMatchKeys } from '../targets/match';
import type { Annotation, PostRecord } from './records';
import type { LensDb } from './schema';
import { t } from '../shared/i18n';
import { readSettings, writeSettings } from './settings';
import { markChanged } from './sync';
import { recountAuthors } from './author-stats';
import { evidenceOf, mergeTrails, withTrail } from './ae-records';
import { listCases } from './ae-cases';
import { mergeEvidence } from './ae-sync';

/** Not a session of this browser: restored decisions count in none of the user's sessions. */
const NO_SESSION = 0;

/** Everything the user made, as a backup holds it (see backup/format.ts). */
export async function backupData(
  db: LensDb,
): Promise<Omit<Backup, 'format' | 'version' | 'createdAt'>> {
  return db.transaction(
    'r',
    [
      db.annotations,
      db.posts,
      db.authors,
      db.targetLists,
      db.targets,
      db.settings,
      db.aeCases,
      db.aeAudit,
    ],
    async () => {
      const annotations = await db.annotations.toArray();
      const posts = (await db.posts.bulkGet(annotations.map((a) => a.key))).filter(
        (p): p is PostRecord => p !== undefined,
      );
      const lists = await db.targetLists.toArray();
      const targets = await db.targets.toArray();
      const { textRetention, panelModeSites, ruleOverrides, exportOptions } =
        await readSettings(db);
      return {
        annotations: annotations.map(({ sessionId: _s, facets: _f, ...a }) => ({
          ...a,
          followUpDone: a.followUpDone ?? false,
        })),
        posts: posts.map(
          ({ authorKey: _k, verdict: _v, sessionIds: _s, facets: _f, ...post }) => post,
        ),
        authors: await db.authors.toArray(),
        targetLists: lists.map((l) => ({
          id: l.id,
          name: l.name,
          importedAt: l.importedAt,
          targets: targets
            .filter((t) => t.listId === l.id)
            .map(({ name, linkedinUrl, xHandle, npi, specialty, tier, owner }) => ({
              name,
              linkedinUrl,
              xHandle,
              npi,
              specialty,
              tier,
              owner,
            })),
        })),
        settings: { textRetention, panelModeSites, ruleOverrides, exportOptions },
        aeCases: (await listCases(db)).map((view) => ({
          evidence: evidenceOf(view.case),
          trail: view.trail,
        })),
      };
    },
  );
}

/** How many records of one kind a restore adds, and how many it changes. */
export interface RestoreCount {
  add: number;
  change: number;
}

export interface RestorePlan {
  annotations: RestoreCount;
  authors: RestoreCount;
  targetLists: RestoreCount;
  /** AE cases new here, and cases here whose audit trail the backup adds entries to. */
  aeCases: RestoreCount;
  /** Whether the backup's settings differ from the ones in force. */
  settingsChange: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function decision({
  category,
  tags,
  flagged,
  note,
  collections,
  by,
}: BackupAnnotation | Annotation) {
  return { category, tags, flagged, note, collections, by };
}

function count<T>(incoming: T[], existing: (T | undefined)[], equal: (a: T, b: T) => boolean) {
  let add = 0;
  let change = 0;
  incoming.forEach((item, i) => {
    const old = existing[i];
    if (!old) add++;
    else if (!equal(item, old)) change++;
  });
  return { add, change };
}

/** Whether a backed-up case's trail holds entries this browser's copy lacks. */
async function addsEntries(db: LensDb, c: BackupAeCase): Promise<boolean> {
  const known = new Set(
    (await db.aeAudit.where('caseKey').equals(c.evidence.key).primaryKeys()) as string[],
  );
  return c.trail.some((e) => !known.has(e.id));
}

/**
 * Restores AE cases as team sync merges a teammate's copy: the union of both trails (entries
 * have stable ids, so none is lost or doubled), the case's values following the merged trail.
 * A case that gained anything is sent again by team sync.
 */
async function restoreAeCases(db: LensDb, cases: BackupAeCase[]): Promise<void> {
  for (const c of cases) {
    const key = c.evidence.key;
    const local = await db.aeCases.get(key);
    const trail = local ? await db.aeAudit.where('caseKey').equals(key).toArray() : [];
    const known = new Set(trail.map((e) => e.id));
    const added = c.trail.filter((e) => !known.has(e.id));
    if (local && !added.length) continue;
    const evidence = local ? mergeEvidence(evidenceOf(local), c.evidence) : c.evidence;
    await db.aeAudit.bulkPut(added);
    await db.aeCases.put(
      withTrail(evidence, mergeTrails(trail, added), { syncPending: 1, rev: local?.rev }),
    );
  }
}

/** What restoring `backup` would do here: nothing is written. */
export async function planRestore(db: LensDb, backup: Backup): Promise<RestorePlan> {
  const [annotations, authors, lists, settings] = await Promise.all([
    db.annotations.bulkGet(backup.annotations.map((a) => a.key)),
    db.authors.bulkGet(backup.authors.map((a) => a.authorKey)),
    db.targetLists.bulkGet(backup.targetLists.map((l) => l.id)),
    readSettings(db),
  ]);
  const listChanged = async (id: string, incoming: Backup['targetLists'][number]) => {
    const rows = await db.targets.where('listId').equals(id).toArray();
    const mine = rows.map(({ name, linkedinUrl, xHandle, npi, specialty, tier, owner }) => ({
      name,
      linkedinUrl,
      xHandle,
      npi,
      specialty,
      tier,
      owner,
    }));
    return !same(mine, incoming.targets);
  };
  const cases = await db.aeCases.bulkGet(backup.aeCases.map((c) => c.evidence.key));
  const aeCases = { add: 0, change: 0 };
  for (const [i, c] of backup.aeCases.entries()) {
    if (!cases[i]) aeCases.add++;
    else if (await addsEntries(db, c)) aeCases.change++;
  }
  let listAdd = 0;
  let listChange = 0;
  for (const [i, list] of backup.targetLists.entries()) {
    const old = lists[i];
    if (!old) listAdd++;
    else if (old.name !== list.name || (await listChanged(list.id, list))) listChange++;
  }
  return {
    annotations: count<BackupAnnotation | Annotation>(backup.annotations, annotations, (a, b) =>
      same(decision(a), decision(b)),
    ),
    authors: count(backup.authors, authors, same),
    targetLists: { add: listAdd, change: listChange },
    aeCases,
    settingsChange: !same({ ...settings, ...backup.settings }, settings),
  };
}

/**
 * Restores a backup over what is here: its records are added or replace the ones with the same
 * key; nothing else is removed. `verdicts` holds the verdict of each backed-up post not stored
 * here (worked out before, as a transaction cannot wait on anything but the database).
 */
export async function applyRestore(
  db: LensDb,
  backup: Backup,
  verdicts: Map<string, Verdict>,
  now: Date,
): Promise<void> {
  const tables = [
    db.annotations,
    db.posts,
    db.authors,
    db.targetLists,
    db.targets,
    db.settings,
    db.syncDocs,
    db.authorStats,
    db.aeCases,
    db.aeAudit,
  ];
  await db.transaction('rw', tables, async () => {
    const existing = await db.posts.bulkGet(backup.posts.map((p) => p.key));
    const posts: PostRecord[] = [];
    backup.posts.forEach((post, i) => {
      const old = existing[i];
      const verdict = old?.verdict ?? verdicts.get(post.key);
      if (!verdict) throw new Error(t('bg_backupNoVerdict', post.key));
      posts.push({
        ...post,
        authorKey: authorKeyOf(post),
        verdict,
        sessionIds: old?.sessionIds ?? [],
      });
    });
    await db.posts.bulkPut(posts);
    // An annotation whose post is neither in the backup nor here could not be shown: skipped.
    const stored = new Set(posts.map((p) => p.key));
    const elsewhere = backup.annotations.filter((a) => !stored.has(a.key)).map((a) => a.key);
    for (const p of await db.posts.bulkGet(elsewhere)) if (p) stored.add(p.key);
    const kept = backup.annotations.filter((a) => stored.has(a.key));
    const olds = await db.annotations.bulkGet(kept.map((a) => a.key));
    const annotations: Annotation[] = kept.map((a, i) => ({
      ...a,
      sessionId: olds[i]?.sessionId ?? NO_SESSION,
    }));
    await db.annotations.bulkPut(annotations);
    // Team sync, when on, sends the restored decisions like any other change.
    for (const a of annotations) await markChanged(db, a.key, now);
    await recountAuthors(
      db,
      posts.map((p) => p.authorKey),
    );
    await db.authors.bulkPut(backup.authors);
    for (const list of backup.targetLists) {
      await db.targets.where('listId').equals(list.id).delete();
      await db.targetLists.put({
        id: list.id,
        name: list.name,
        importedAt: list.importedAt,
        rows: list.targets.length,
      });
      await db.targets.bulkAdd(
        list.targets.map((t) => ({ ...t, listId: list.id, matchKeys: rowMatchKeys(t) })),
      );
    }
    await writeSettings(db, backup.settings);
    await restoreAeCases(db, backup.aeCases);
  });
}
