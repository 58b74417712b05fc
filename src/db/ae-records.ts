// Possible adverse events kept for pharmacovigilance (PV): the case, its append-only audit trail,
// and how the case's current values follow from the trail. Pure: no database here.
import type { PlatformId } from '../platforms/types';

export const AE_STATES = ['new', 'forwarded', 'dismissed'] as const;
export type AeState = (typeof AE_STATES)[number];

/** The fields a reviewer can change; each change is one audit entry. */
export const AE_FIELDS = [
  'state',
  'caseRef',
  'dismissReason',
  'reporter',
  'patient',
  'products',
  'events',
] as const;
export type AeField = (typeof AE_FIELDS)[number];
export type AeListField = 'patient' | 'products' | 'events';

/** Who raised the case: the classifier's flag, or the user's own "Report AE". */
export type AeOrigin = 'detected' | 'reported';

/** An audit value: text, or a list for products, events and the patient's words. */
export type AeValue = string | string[];

/**
 * One change, never edited or deleted by the user interface. `field` 'opened' records the case
 * being raised (`next` says how: detected or reported). Ids are random and stable, so two
 * browsers' trails merge by union without losing or doubling an entry.
 */
export interface AeAuditEntry {
  id: string;
  caseKey: string;
  at: string;
  by: string;
  field: AeField | 'opened';
  old: AeValue;
  next: AeValue;
}

/** What the text showed when the case was raised: the evidence, kept while the case is kept. */
export interface AeEvidence {
  key: string;
  platform: PlatformId;
  url: string;
  authorName: string;
  authorHandle: string;
  authorProfileUrl: string;
  text: string;
  /** ISO 639-1 guess from the text ('und' when unsure). */
  language: string;
  /** Day zero: when this browser (or a teammate's, whichever was first) first saw the post. */
  firstSeenAt: string;
  origin: AeOrigin;
  /** The elements as first found in the text; the trail's changes apply over them. */
  found: { reporter: string; patient: string[]; products: string[]; events: string[] };
}

/** A case as stored: its evidence, and its current values (kept in step with the trail). */
export interface AeCase extends AeEvidence {
  state: AeState;
  reporter: string;
  patient: string[];
  products: string[];
  events: string[];
  caseRef: string;
  dismissReason: string;
  /** Set while forwarded: by whom and when (the latest change to 'forwarded'). */
  forwardedBy: string;
  forwardedAt: string;
  /** When the case was last forwarded or dismissed; '' while new. Retention counts from here. */
  closedAt: string;
  updatedAt: string;
  /** Team sync: 1 while a change made here is still to be sent; the server's revision. */
  syncPending: 0 | 1;
  rev?: string;
}

/** A case with its whole trail, oldest entry first, as the dashboard and the exports see it. */
export interface AeCaseView {
  case: AeCase;
  trail: AeAuditEntry[];
}

/** The reporter as the text of a case: the author and their profile address. */
export function reporterOf(
  e: Pick<AeEvidence, 'authorName' | 'authorHandle' | 'authorProfileUrl'>,
) {
  const who = [e.authorName, e.authorHandle].filter(Boolean).join(' ');
  return [who, e.authorProfileUrl].filter(Boolean).join(', ');
}

/** Oldest first; a tie is broken by id (see db/ae-cases.ts `newAuditId`), so every browser reads a merged trail in one order. */
export function byTime(a: AeAuditEntry, b: AeAuditEntry): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  // A case is opened before anything else happens to it, even within the same millisecond.
  const opened = Number(b.field === 'opened') - Number(a.field === 'opened');
  if (opened !== 0) return opened;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Two trails as one: every entry of either, once (by id), in time order. */
export function mergeTrails(a: AeAuditEntry[], b: AeAuditEntry[]): AeAuditEntry[] {
  const all = new Map<string, AeAuditEntry>();
  for (const e of [...a, ...b]) if (!all.has(e.id)) all.set(e.id, e);
  return [...all.values()].sort(byTime);
}

const asText = (v: AeValue) => (Array.isArray(v) ? v.join('; ') : v);
const asList = (v: AeValue) => (Array.isArray(v) ? v : v === '' ? [] : [v]);

/**
 * The case's current values: the elements found in the text, then every change in time order,
 * so the latest change of each field wins wherever it was made.
 */
export function withTrail(
  evidence: AeEvidence,
  trail: AeAuditEntry[],
  sync: Pick<AeCase, 'syncPending' | 'rev'>,
): AeCase {
  const c: AeCase = {
    ...evidence,
    ...evidence.found,
    state: 'new',
    caseRef: '',
    dismissReason: '',
    forwardedBy: '',
    forwardedAt: '',
    closedAt: '',
    updatedAt: evidence.firstSeenAt,
    ...sync,
  };
  if (sync.rev === undefined) delete c.rev;
  for (const e of [...trail].sort(byTime)) {
    c.updatedAt = e.at > c.updatedAt ? e.at : c.updatedAt;
    if (e.field === 'opened') continue;
    if (e.field === 'patient' || e.field === 'products' || e.field === 'events')
      c[e.field] = asList(e.next);
    else if (e.field === 'state') {
      const state = asText(e.next);
      if (!(AE_STATES as readonly string[]).includes(state)) continue;
      c.state = state as AeState;
      c.closedAt = state === 'new' ? '' : e.at;
      [c.forwardedBy, c.forwardedAt] = state === 'forwarded' ? [e.by, e.at] : ['', ''];
    } else c[e.field] = asText(e.next);
  }
  return c;
}

/** The evidence part of a stored case (what travels with it besides the trail). */
export function evidenceOf(c: AeEvidence): AeEvidence {
  const { key, platform, url, authorName, authorHandle, authorProfileUrl, text } = c;
  const { language, firstSeenAt, origin, found } = c;
  return {
    key,
    platform,
    url,
    authorName,
    authorHandle,
    authorProfileUrl,
    text,
    language,
    firstSeenAt,
    origin,
    found,
  };
}

/** Hours from day zero to `now`. */
export function ageHours(c: Pick<AeEvidence, 'firstSeenAt'>, now: Date): number {
  return (now.getTime() - Date.parse(c.firstSeenAt)) / 3_600_000;
}
