// The AE queue handed to pharmacovigilance (PV): a CSV and a JSON file with the minimum elements
// of each case and its audit trail, and one case as plain text (clipboard, e-mail draft).
import type { AeAuditEntry, AeCase, AeCaseView, AeValue } from '../db/ae-records';
import { cut } from '../shared/text';
import { csvTable } from './csv';

/** The AE CSV's columns: names and order are a contract, like the posts CSV's. */
export const AE_CSV_COLUMNS = [
  'case_key',
  'state',
  'day_zero',
  'source',
  'platform',
  'post_url',
  'language',
  'reporter',
  'reporter_profile_url',
  'patient',
  'products',
  'events',
  'text',
  'case_reference',
  'forwarded_by',
  'forwarded_at',
  'not_ae_reason',
  'audit_trail',
] as const;

const LIST = '; ';
const FIELD_NAMES: Record<AeAuditEntry['field'], string> = {
  opened: 'opened',
  state: 'state',
  caseRef: 'case reference',
  dismissReason: 'reason not an AE',
  reporter: 'reporter',
  patient: 'patient',
  products: 'products',
  events: 'events',
};
const show = (v: AeValue) => (Array.isArray(v) ? v.join(LIST) : v) || '(empty)';

/** One audit entry as a line: `2026-12-01T09:00:00.000Z ana: state new → forwarded`. */
export function auditLine(e: AeAuditEntry): string {
  if (e.field === 'opened') return `${e.at} ${e.by}: opened (${show(e.next)})`;
  return `${e.at} ${e.by}: ${FIELD_NAMES[e.field]} ${show(e.old)} → ${show(e.next)}`;
}

function row({ case: c, trail }: AeCaseView): string[] {
  const cells: Record<(typeof AE_CSV_COLUMNS)[number], string> = {
    case_key: c.key,
    state: c.state,
    day_zero: c.firstSeenAt,
    source: c.origin,
    platform: c.platform,
    post_url: c.url,
    language: c.language,
    reporter: c.reporter,
    reporter_profile_url: c.authorProfileUrl,
    patient: c.patient.join(LIST),
    products: c.products.join(LIST),
    events: c.events.join(LIST),
    text: c.text,
    case_reference: c.caseRef,
    forwarded_by: c.forwardedBy,
    forwarded_at: c.forwardedAt,
    not_ae_reason: c.state === 'dismissed' ? c.dismissReason : '',
    audit_trail: trail.map(auditLine).join('\n'),
  };
  return AE_CSV_COLUMNS.map((k) => cells[k]);
}

/** UTF-8 with BOM, CRLF, formulas neutralised (csv.ts); the trail is one cell, a line per entry. */
export function aeCsv(views: AeCaseView[]): string {
  return csvTable(AE_CSV_COLUMNS, views.map(row));
}

/** The JSON file's version: a reader checks it before trusting the fields. */
export const AE_JSON_FORMAT = 'hcp-lens.ae-cases/1';

function jsonCase({ case: c, trail }: AeCaseView) {
  return {
    caseKey: c.key,
    state: c.state,
    dayZero: c.firstSeenAt,
    source: c.origin,
    platform: c.platform,
    postUrl: c.url,
    language: c.language,
    reporter: {
      text: c.reporter,
      name: c.authorName,
      handle: c.authorHandle,
      profileUrl: c.authorProfileUrl,
    },
    patient: c.patient,
    products: c.products,
    events: c.events,
    text: c.text,
    caseReference: c.caseRef,
    forwardedBy: c.forwardedBy,
    forwardedAt: c.forwardedAt,
    notAeReason: c.state === 'dismissed' ? c.dismissReason : '',
    auditTrail: trail.map(({ id, at, by, field, old, next }) => ({
      id,
      at,
      by,
      field,
      old,
      new: next,
    })),
  };
}

export function aeJson(views: AeCaseView[], exportedAt: Date): string {
  const doc = {
    format: AE_JSON_FORMAT,
    exportedAt: exportedAt.toISOString(),
    cases: views.map(jsonCase),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `hcp-lens-ae-cases-2026-12-01T0900Z.csv`: sorts by time. */
export function aeFileName(format: 'csv' | 'json', now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  return `hcp-lens-ae-cases-${stamp}Z.${format}`;
}

const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'not stated');

/** One case as plain text for the PV team: the four minimum elements first, then the evidence. */
export function pvText({ case: c, trail }: AeCaseView): string {
  return [
    'Possible adverse event (seen in social media, HCP Lens)',
    `Day zero (first seen): ${c.firstSeenAt}`,
    `Reporter: ${c.reporter || 'not stated'}`,
    `Patient: ${list(c.patient)}`,
    `Product(s): ${list(c.products)}`,
    `Event(s): ${list(c.events)}`,
    `Platform: ${c.platform}; language: ${c.language}`,
    `Post: ${c.url}`,
    ...(c.caseRef ? [`Case reference: ${c.caseRef}`] : []),
    '',
    'Post text:',
    c.text || '(not kept: open the post at its address)',
    '',
    'History:',
    ...trail.map(auditLine),
  ].join('\n');
}

const MAILTO_BODY_CHARS = 1500;

/** A mailto: address with the case in the subject and body (plain text, as mail clients expect). */
export function pvMailto(inbox: string, view: AeCaseView): string {
  const c: AeCase = view.case;
  const subject = `Possible adverse event: ${list(c.products)} (${c.platform}, day zero ${c.firstSeenAt.slice(0, 10)})`;
  // Some mail clients refuse very long addresses: the body is cut, the file exports are whole.
  const body = cut(pvText(view), MAILTO_BODY_CHARS);
  const q = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${encodeURIComponent(inbox).replace('%40', '@')}?${q}`;
}
