// The AE queue's storage: cases are opened when a post is judged or reported a possible adverse
// event, changed only by appending audit entries, and read with their whole trail. A case keeps
// its post's text whatever happens to the post's annotation (it is evidence for pharmacovigilance).
import { aeElements } from '../classify';
import { t } from '../shared/i18n';
import { guessLanguage } from '../classify/language';
import type { PostSnapshot } from '../platforms/types';
import {
  ageHours,
  evidenceOf,
  mergeTrails,
  reporterOf,
  withTrail,
  type AeAuditEntry,
  type AeCase,
  type AeCaseView,
  type AeEvidence,
  type AeField,
  type AeOrigin,
  type AeState,
  type AeValue,
} from './ae-records';
import type { LensDb } from './schema';
import { SYNC_CONFIG_KEY } from './sync';

/**
 * An audit entry's id: stable and unique (a random part), and in order within one change (its time and position), so
 * a trail sorted by time then id reads as the change was made.
 */
export const newAuditId = (at: string, i = 0) => `${at}#${i}#${globalThis.crypto.randomUUID()}`;

/** The evidence of a new case: the post as shown, and the elements its text names. */
export function evidenceFrom(
  post: PostSnapshot,
  firstSeenAt: string,
  origin: AeOrigin,
): AeEvidence {
  const found = aeElements({
    platform: post.platform,
    authorName: post.authorName,
    authorHandle: post.authorHandle,
    authorHeadline: post.authorHeadline,
    text: post.text,
  });
  return {
    key: post.key,
    platform: post.platform,
    url: post.url,
    authorName: post.authorName,
    authorHandle: post.authorHandle,
    authorProfileUrl: post.authorProfileUrl,
    text: post.text,
    language: post.text ? guessLanguage(post.text) : 'und',
    firstSeenAt,
    origin,
    found: { reporter: reporterOf(post), ...found },
  };
}

/**
 * Opens a case for each post not yet in the queue (call inside a transaction over `aeCases` and
 * `aeAudit`). A case already open keeps its day zero and its trail; if it was opened with no text
 * (an upgraded database), the text seen now completes its evidence.
 */
export async function openCases(
  db: LensDb,
  opened: { post: PostSnapshot; firstSeenAt: string; origin: AeOrigin }[],
  now: Date,
  by: string,
): Promise<Map<string, AeCase>> {
  const cases = new Map<string, AeCase>();
  if (opened.length === 0) return cases;
  const existing = await db.aeCases.bulkGet(opened.map((o) => o.post.key));
  const entries: AeAuditEntry[] = [];
  const records: AeCase[] = [];
  for (const [i, { post, firstSeenAt, origin }] of opened.entries()) {
    const old = existing[i];
    if (old) {
      if (!old.text && post.text) {
        const evidence = evidenceFrom(post, old.firstSeenAt, old.origin);
        const trail = await trailOf(db, old.key);
        records.push(withTrail(evidence, trail, { syncPending: 1, rev: old.rev }));
      } else cases.set(old.key, old);
      continue;
    }
    const entry: AeAuditEntry = {
      id: newAuditId(now.toISOString()),
      caseKey: post.key,
      at: now.toISOString(),
      by,
      field: 'opened',
      old: '',
      next: origin,
    };
    entries.push(entry);
    records.push(withTrail(evidenceFrom(post, firstSeenAt, origin), [entry], { syncPending: 1 }));
  }
  await db.aeAudit.bulkAdd(entries);
  await db.aeCases.bulkPut(records);
  for (const r of records) cases.set(r.key, r);
  return cases;
}

export function trailOf(db: LensDb, key: string): Promise<AeAuditEntry[]> {
  return db.aeAudit.where('caseKey').equals(key).toArray();
}

/** A reviewer's change: only the fields given; each one that differs becomes an audit entry. */
export interface AeChange {
  state?: AeState;
  caseRef?: string;
  dismissReason?: string;
  reporter?: string;
  patient?: string[];
  products?: string[];
  events?: string[];
}

const same = (a: AeValue, b: AeValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a reviewer's change as appended audit entries, in one transaction. Dismissing needs a
 * reason (given now or already recorded); nothing is written when nothing differs.
 */
export async function changeCase(
  db: LensDb,
  key: string,
  change: AeChange,
  now: Date,
  by: string,
): Promise<AeCaseView> {
  return db.transaction('rw', db.aeCases, db.aeAudit, async () => {
    const current = await db.aeCases.get(key);
    if (!current) throw new Error(t('bg_aeNoCase', key));
    const reason = change.dismissReason ?? current.dismissReason;
    if (change.state === 'dismissed' && reason.trim() === '')
      throw new Error(t('bg_aeDismissReason'));
    const at = now.toISOString();
    const entries: AeAuditEntry[] = [];
    // The state goes last: a reference or a reason given with it is read before it.
    const fields = (Object.keys(change) as AeField[]).sort(
      (a, b) => Number(a === 'state') - Number(b === 'state'),
    );
    for (const field of fields) {
      const next = change[field];
      if (next === undefined || same(current[field], next)) continue;
      const id = newAuditId(at, entries.length);
      entries.push({ id, caseKey: key, at, by, field, old: current[field], next });
    }
    const trail = await trailOf(db, key);
    if (entries.length === 0) return { case: current, trail };
    await db.aeAudit.bulkAdd(entries);
    const all = mergeTrails(trail, entries);
    const next = withTrail(evidenceOf(current), all, { syncPending: 1, rev: current.rev });
    await db.aeCases.put(next);
    return { case: next, trail: all };
  });
}

/** Every case with its trail, newest day zero first. */
export async function listCases(db: LensDb, keys?: readonly string[]): Promise<AeCaseView[]> {
  return db.transaction('r', db.aeCases, db.aeAudit, async () => {
    const cases = keys
      ? (await db.aeCases.bulkGet([...keys])).filter((c): c is AeCase => c !== undefined)
      : await db.aeCases.orderBy('firstSeenAt').reverse().toArray();
    const entries = await db.aeAudit
      .where('caseKey')
      .anyOf(cases.map((c) => c.key))
      .toArray();
    const byCase = new Map<string, AeAuditEntry[]>();
    for (const e of entries) byCase.set(e.caseKey, [...(byCase.get(e.caseKey) ?? []), e]);
    return cases.map((c) => ({ case: c, trail: mergeTrails(byCase.get(c.key) ?? [], []) }));
  });
}

/** The popup's line: cases still to decide, and how many of them are past the alert age. */
export async function countOpenCases(
  db: LensDb,
  now: Date,
  alertHours: number,
): Promise<{ open: number; overdue: number }> {
  const open = await db.aeCases.where('state').equals('new').toArray();
  return { open: open.length, overdue: open.filter((c) => ageHours(c, now) >= alertHours).length };
}

/**
 * Retention: a case forwarded or dismissed more than `days` ago is deleted with its trail (the
 * PV team's own system holds the record by then). New cases are never deleted.
 */
export async function purgeClosedCases(db: LensDb, now: Date, days: number): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  return db.transaction('rw', db.aeCases, db.aeAudit, db.settings, async () => {
    // While team sync is on, a change not yet sent is kept until the team has it.
    const syncOn = (await db.settings.get(SYNC_CONFIG_KEY)) !== undefined;
    const old = (await db.aeCases.where('state').anyOf(['forwarded', 'dismissed']).toArray())
      .filter((c) => c.closedAt !== '' && c.closedAt < before && !(syncOn && c.syncPending))
      .map((c) => c.key);
    if (old.length === 0) return 0;
    await db.aeAudit.where('caseKey').anyOf(old).delete();
    await db.aeCases.bulkDelete(old);
    return old.length;
  });
}
