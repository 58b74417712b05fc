import Papa from 'papaparse';
import type { PostView } from '../db/records';
import { effectiveCategory } from '../db/records';

/** The column contract teams build spreadsheets on: names and order never change. */
export const CSV_COLUMNS = [
  'post_key',
  'platform',
  'post_url',
  'author_name',
  'author_handle',
  'author_headline',
  'is_hcp',
  'hcp_confidence',
  'hcp_signals',
  'specialty',
  'trainee',
  'industry',
  'category',
  'category_source',
  'tags',
  'flagged',
  'ae_flag',
  'note',
  'collections',
  'text',
  'first_seen_at',
  'annotated_at',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const LIST_SEPARATOR = '; ';
// Excel reads a file as UTF-8 only when it starts with a byte-order mark.
const BOM = '\ufeff';
// papaparse's built-in pattern ends in `.*$`, which misses a formula followed by a line break.
const FORMULA_START = /^[=+\-@\t\r]/;

function toRow({ post, annotation }: PostView): Row {
  const v = post.verdict;
  return {
    post_key: post.key,
    platform: post.platform,
    post_url: post.url,
    author_name: post.authorName,
    author_handle: post.authorHandle,
    author_headline: post.authorHeadline,
    is_hcp: String(v.isHcp),
    hcp_confidence: v.hcpConfidence.toFixed(2),
    hcp_signals: v.signals
      .filter((s) => s.kind === 'hcp' || s.kind === 'not-hcp')
      .map((s) => s.label)
      .join(LIST_SEPARATOR),
    specialty: v.specialty,
    trainee: String(v.trainee),
    industry: String(v.industry),
    category: effectiveCategory({ post, annotation }),
    category_source: annotation?.category ? 'confirmed' : 'suggested',
    tags: (annotation?.tags ?? []).join(LIST_SEPARATOR),
    flagged: String(annotation?.flagged ?? false),
    ae_flag: String(v.ae),
    note: annotation?.note ?? '',
    collections: (annotation?.collections ?? []).join(LIST_SEPARATOR),
    text: post.text,
    first_seen_at: post.firstSeenAt,
    annotated_at: annotation?.annotatedAt ?? '',
  };
}

/**
 * CSV that opens cleanly in Excel and Sheets: UTF-8 with BOM, CRLF, every field quoted where
 * needed, and cells a spreadsheet would run as a formula neutralised with a leading quote (OWASP).
 */
export function toCsv(views: PostView[]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...CSV_COLUMNS], data: views.map((v) => CSV_COLUMNS.map((c) => toRow(v)[c])) },
      { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
    )
  );
}

/**
 * A file name that sorts by time: `hcp-lens-session-2026-11-24T1803Z.csv`; a collection's name is
 * kept readable (`hcp-lens-q4-cardiology-kols-…`), without characters a file system refuses.
 */
export function csvFileName(scope: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  const slug = scope
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `hcp-lens-${slug || 'export'}-${stamp}Z.csv`;
}
