import Papa from 'papaparse';
import type { PostView } from '../db/records';
import { effectiveCategory } from '../db/records';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../shared/export-options';

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

/** The contract's columns that hold a time (ISO 8601, UTC). */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(['first_seen_at', 'annotated_at']);

const LIST_SEPARATOR = '; ';
// Excel reads a file as UTF-8 only when it starts with a byte-order mark.
const BOM = '\ufeff';
// papaparse's built-in pattern ends in `.*$`, which misses a formula followed by a line break.
const FORMULA_START = /^[=+\-@\t\r]/;
// papaparse quotes a cell holding its own separator (a comma), but a spreadsheet opened in a
// semicolon or tab locale splits on those instead: `fine;=1+1` would become two cells, the second
// a formula. Any cell holding a separator of any locale, a quote or a line break is quoted.
const NEEDS_QUOTES = /[,;\t"\r\n]/;
const needsQuotes = (value: unknown) => typeof value === 'string' && NEEDS_QUOTES.test(value);

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
 * CSV that opens cleanly in Excel and Sheets: UTF-8 with BOM, CRLF, every field holding a
 * separator of any locale (`,` `;` tab), a quote or a line break quoted, and cells a spreadsheet would run as a formula neutralised with a leading quote (OWASP).
 */
export function toCsv(views: PostView[], options: ExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  return csvHeader(options) + csvBody(views.map(toCells), options);
}

/** One post as the contract's cells, in column order: what pages of a long export carry. */
export function toCells(view: PostView): string[] {
  const row = toRow(view);
  return CSV_COLUMNS.map((c) => row[c]);
}

/**
 * `2026-11-24 09:05:00`: the form Excel (any locale) and Sheets read as a date and time, in UTC
 * like the ISO form it replaces; an empty cell stays empty.
 */
export function spreadsheetDate(iso: string): string {
  return iso ? iso.slice(0, 19).replace('T', ' ') : '';
}

const DATE_INDEXES = CSV_COLUMNS.flatMap((c, i) => (DATE_COLUMNS.has(c) ? [i] : []));

/** The byte-order mark and header row, with the chosen separator. */
export function csvHeader(options: ExportOptions): string {
  return BOM + Papa.unparse([[...CSV_COLUMNS]], { delimiter: options.separator, newline: '\r\n' });
}

/**
 * Rows of cells as CSV lines, each ending in CRLF, so the pages of a long export can be joined
 * as they arrive (after `csvHeader`).
 */
export function csvBody(rows: string[][], options: ExportOptions): string {
  if (rows.length === 0) return '';
  const data =
    options.dates === 'spreadsheet'
      ? rows.map((r) => r.map((v, i) => (DATE_INDEXES.includes(i) ? spreadsheetDate(v) : v)))
      : rows;
  return (
    '\r\n' +
    Papa.unparse(data, {
      delimiter: options.separator,
      escapeFormulae: FORMULA_START,
      newline: '\r\n',
      quotes: needsQuotes,
    })
  );
}

/** Any table as such a CSV (the AE queue's export uses it too). */
export function csvTable(fields: readonly string[], rows: string[][]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...fields], data: rows },
      { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: needsQuotes },
    )
  );
}

/**
 * A file name that sorts by time: `hcp-lens-session-2026-11-24T1803Z.csv`; a collection's name is
 * kept readable (`hcp-lens-q4-cardiology-kols-…`), without characters a file system refuses.
 */
export function csvFileName(scope: string, now: Date, extension = 'csv'): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  const slug = scope
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `hcp-lens-${slug || 'export'}-${stamp}Z.${extension}`;
}
