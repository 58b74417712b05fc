// Target-list shapes shared by the parser, the background and the dashboard. No runtime code, so
// the message protocol (zod-free, imported by the content script) can name them for free.

import { formatNumber, t } from '../shared/i18n';

/** Whole-file limits: a target list is a spreadsheet, not a data dump. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 50_000;
/**
 * A header names a few columns and a cell holds a name or an address: far past these a file is not
 * a target list, and reading on (a header of a million columns) would stall the background.
 */
export const MAX_HEADER_COLUMNS = 100;
export const MAX_HEADER_CHARS = 4_000;
export const MAX_CELL_CHARS = 1_000;
/** How many rows the preview shows, and how many errors travel back to the dashboard. */
export const PREVIEW_ROWS = 20;
export const MAX_REPORTED_ERRORS = 200;

/** One person from the file, cleaned: empty strings where the file gives nothing. */
export interface ValidRow {
  /** The row number a spreadsheet shows for it (the header is row 1). */
  line: number;
  name: string;
  /** `https://www.linkedin.com/in/<slug>/`, or ''. */
  linkedinUrl: string;
  /** `@handle` as written (case kept), or ''. */
  xHandle: string;
  npi: string;
  specialty: string;
  tier: string;
  owner: string;
}

export interface RowError {
  /** The row number a spreadsheet shows (the header is row 1). */
  line: number;
  /** The column's header as the file spells it, when one cell is at fault. */
  column?: string;
  /** What is wrong, without the line: `NPI 123 is not 10 digits`. */
  message: string;
}

export interface ParseResult {
  rows: ValidRow[];
  errors: RowError[];
  /** Headers that name no known column; their cells are ignored. */
  unknownColumns: string[];
}

/** What `targets/preview` answers: enough to decide, not the whole file. */
export interface TargetPreview {
  /** Valid rows in the file. */
  rows: number;
  /** The first valid rows. */
  sample: ValidRow[];
  /** The first row errors; `errorCount` says how many there are in all. */
  errors: RowError[];
  errorCount: number;
  unknownColumns: string[];
}

/** A target-list match for one post's author. */
export interface TargetMatch {
  listId: string;
  listName: string;
  tier: string;
  specialty: string;
  /** How the author was recognised: by profile URL or handle, or by name alone. */
  by: 'profile' | 'name';
}

/** `line 7: NPI 123 is not 10 digits`, as the dashboard lists it. */
export function describeRowError(e: RowError): string {
  return t('bg_targetsRowError', [formatNumber(e.line), e.message]);
}
