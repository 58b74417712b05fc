import Papa from 'papaparse';
import { z } from '../shared/zod';
import { formatNumber, t, uiLanguage } from '../shared/i18n';
import { canonicalLinkedinUrl, canonicalXHandle } from './match';
import {
  MAX_CELL_CHARS,
  MAX_CSV_BYTES,
  MAX_CSV_ROWS,
  MAX_HEADER_CHARS,
  MAX_HEADER_COLUMNS,
  type ParseResult,
  type RowError,
  type ValidRow,
} from './types';

import { TargetFileError } from './errors';

export { TargetFileError };

type Field = Exclude<keyof ValidRow, 'line'>;
/** Columns that only help build another: a name split in two, as CRM exports write it. */
type Part = 'firstName' | 'lastName';

/** Header spellings people use, compared lower-case with `_`, `-`, `.` and spaces folded. */
const HEADERS: Record<string, Field | Part> = {
  name: 'name',
  'full name': 'name',
  'first name': 'firstName',
  firstname: 'firstName',
  'given name': 'firstName',
  'last name': 'lastName',
  lastname: 'lastName',
  surname: 'lastName',
  'family name': 'lastName',
  linkedin: 'linkedinUrl',
  'linkedin url': 'linkedinUrl',
  'linkedin profile': 'linkedinUrl',
  x: 'xHandle',
  twitter: 'xHandle',
  'x handle': 'xHandle',
  'twitter handle': 'xHandle',
  npi: 'npi',
  'npi number': 'npi',
  specialty: 'specialty',
  speciality: 'specialty',
  tier: 'tier',
  owner: 'owner',
};

const foldHeader = (h: string) =>
  h
    .replace(/^'/, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();

/** `'=1+1` was neutralised by a spreadsheet export (ours included): the apostrophe is not data. */
const cell = (v: string | undefined) => (v ?? '').replace(/^'/, '').trim();

/** What follows a comma in "Ana Ruiz, MD": a credential, not a first name. */
const CREDENTIAL =
  /^(md|do|phd|pharmd|rn|np|pa(-c)?|mph|mba|msc?|facc|frcp|mbbs|dds|dmd|dvm|od|ms|bsn|jr\.?|sr\.?|ii|iii|iv)\b/i;

/**
 * "Ruiz, Ana" as lists sorted by surname write it becomes "Ana Ruiz"; "Ana Ruiz, MD" and names
 * with more than one comma stay as written.
 */
export function naturalName(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [last, first] = parts.map((p) => p.trim()) as [string, string];
  if (!last || !first || CREDENTIAL.test(first)) return name;
  return `${first} ${last}`;
}

/**
 * NPI check digit: Luhn over the 9 first digits prefixed with 80840 (the US health industry
 * prefix), as the CMS NPI standard specifies. The constant 24 is the prefix's contribution.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  let sum = 24;
  for (let i = 8; i >= 0; i--) {
    let d = Number(npi[i]);
    if ((8 - i) % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}

/** A cell checked and cleaned, or refused with a message that quotes what was written. */
function check(clean: (v: string) => string | { error: string }) {
  return z.string().transform((v, ctx) => {
    const out = clean(v);
    if (typeof out === 'string') return out;
    ctx.issues.push({ code: 'custom', message: out.error, input: v });
    return z.NEVER;
  });
}

/** A size in megabytes with one decimal, as the user's language writes it ("5.2", "5,2"). */
const megabytes = (bytes: number) =>
  (bytes / 1024 / 1024).toLocaleString(uiLanguage(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

const quote = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);
const short = (label: 'bg_targetsSpecialty' | 'bg_targetsOwner', max: number) =>
  check((v) =>
    v.length <= max ? v : { error: t('bg_targetsTooLong', [t(label), formatNumber(max)]) },
  );

const rowSchema = z.object({
  name: check((v) => {
    const name = naturalName(v.replace(/\s+/g, ' ').trim());
    if (!name) return { error: t('bg_targetsNameEmpty') };
    return name.length <= 200
      ? name
      : { error: t('bg_targetsTooLong', [t('bg_targetsName'), formatNumber(200)]) };
  }),
  linkedinUrl: check((v) => {
    if (!v) return '';
    return (
      canonicalLinkedinUrl(v) || {
        error: t('bg_targetsBadLinkedin', quote(v)),
      }
    );
  }),
  xHandle: check((v) => {
    if (!v) return '';
    return canonicalXHandle(v) || { error: t('bg_targetsBadXHandle', quote(v)) };
  }),
  npi: check((v) => {
    const npi = v.replace(/[\s-]/g, '');
    if (!npi) return '';
    if (!/^\d{10}$/.test(npi)) return { error: t('bg_targetsNpiDigits', quote(v)) };
    return isValidNpi(npi) ? npi : { error: t('bg_targetsNpiCheck', npi) };
  }),
  // "Tier 1" and "1" mean the same; the overlay already writes "Tier".
  tier: check((v) => {
    const tier = v.replace(/^tier\s*/i, '');
    return tier.length <= 20
      ? tier
      : { error: t('bg_targetsTierTooLong', [quote(v), formatNumber(20)]) };
  }),
  specialty: short('bg_targetsSpecialty', 100),
  owner: short('bg_targetsOwner', 100),
});

/** UTF-8 size without copying the text. */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/**
 * The header row's separator: comma, or the semicolon or tab some spreadsheets export. Papaparse's
 * own guess gives up on a short file that ends with a line break.
 */
function delimiterOf(header: string): string {
  const count = (d: string) => header.split(d).length;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

const tooManyColumns = (n: number) =>
  new TargetFileError(
    t('bg_targetsTooManyColumns', [formatNumber(n), formatNumber(MAX_HEADER_COLUMNS)]),
  );

/**
 * The header row is measured on the raw text, before the file is parsed: a header of millions of
 * columns is refused in the time it takes to find its end.
 */
function checkHeaderLine(body: string): string {
  const end = body.search(/\r?\n|$/);
  if (end > MAX_HEADER_CHARS) {
    throw new TargetFileError(
      t('bg_targetsHeaderTooLong', [formatNumber(end), formatNumber(MAX_HEADER_CHARS)]),
    );
  }
  const header = body.slice(0, end);
  const delimiter = delimiterOf(header);
  const columns = header.split(delimiter).length;
  if (columns > MAX_HEADER_COLUMNS) throw tooManyColumns(columns);
  return delimiter;
}

/** The first cell longer than the limit, as a whole-file refusal naming its spreadsheet row. */
function checkCellLengths(records: string[][]): void {
  for (let i = 0; i < records.length; i++) {
    const long = records[i]!.find((v) => v.length > MAX_CELL_CHARS);
    if (long !== undefined) {
      throw new TargetFileError(
        t('bg_targetsCellTooLong', [
          formatNumber(i + 1),
          formatNumber(long.length),
          formatNumber(MAX_CELL_CHARS),
        ]),
      );
    }
  }
}

/**
 * Reads a target-list CSV: a header row, then one person a row. Valid rows come back cleaned;
 * each bad row gives errors with the row number a spreadsheet shows. Throws `TargetFileError`
 * for a file refused as a whole.
 */
export function parseTargetCsv(text: string): ParseResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_CSV_BYTES) {
    throw new TargetFileError(
      t('bg_targetsFileTooLarge', [megabytes(bytes), formatNumber(MAX_CSV_BYTES / 1024 / 1024)]),
    );
  }
  const body = text.replace(/^\ufeff/, '');
  const delimiter = checkHeaderLine(body);
  // Blank lines are kept so row numbers stay those of the spreadsheet; they are skipped below.
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter });
  const records = parsed.data;
  // A quoted header can span lines: its columns are counted again once parsed.
  if ((records[0]?.length ?? 0) > MAX_HEADER_COLUMNS) throw tooManyColumns(records[0]!.length);
  checkCellLengths(records);
  const header = records[0]?.map((h) => h.trim()) ?? [];
  if (!header.some(Boolean)) throw new TargetFileError(t('bg_targetsEmpty'));

  const columns = new Map<Field | Part, number>();
  const unknownColumns: string[] = [];
  header.forEach((h, i) => {
    const field = HEADERS[foldHeader(h)];
    if (field && !columns.has(field)) columns.set(field, i);
    else if (h) unknownColumns.push(h);
  });
  const splitName = !columns.has('name') && (columns.has('firstName') || columns.has('lastName'));
  if (!columns.has('name') && !splitName) {
    throw new TargetFileError(t('bg_targetsNoHeader'));
  }
  const dataCount = records.slice(1).filter((r) => r.some((v) => v.trim())).length;
  if (dataCount > MAX_CSV_ROWS) {
    throw new TargetFileError(
      t('bg_targetsTooManyRows', [formatNumber(dataCount), formatNumber(MAX_CSV_ROWS)]),
    );
  }

  const errors: RowError[] = [];
  const broken = new Set<number>();
  for (const e of parsed.errors) {
    if (e.row === undefined) continue;
    broken.add(e.row);
    const message =
      e.code === 'MissingQuotes'
        ? t('bg_targetsUnclosedQuote')
        : t('bg_targetsMalformed', e.message);
    errors.push({ line: e.row + 1, message });
  }

  const rows: ValidRow[] = [];
  records.forEach((record, i) => {
    if (i === 0 || broken.has(i) || !record.some((v) => v.trim())) return;
    const line = i + 1;
    // Extra cells mean the columns shifted, usually an unquoted comma ("Ruiz, Ana"): every
    // value after it would land in the wrong column.
    if (record.slice(header.length).some((v) => v.trim())) {
      errors.push({
        line,
        message: t('bg_targetsShiftedRow', [
          formatNumber(record.length),
          formatNumber(header.length),
        ]),
      });
      return;
    }
    const at = (f: Field | Part) => cell(record[columns.get(f) ?? -1]);
    const input = Object.fromEntries(
      (Object.keys(rowSchema.shape) as Field[]).map((f) => [f, at(f)]),
    );
    if (splitName) input.name = `${at('firstName')} ${at('lastName')}`.trim();
    const result = rowSchema.safeParse(input);
    if (result.success) rows.push({ line, ...result.data });
    else {
      for (const issue of result.error.issues) {
        const field = issue.path[0] as Field;
        const index = columns.get(field) ?? columns.get(field === 'name' ? 'lastName' : field);
        errors.push({ line, column: header[index ?? -1], message: issue.message });
      }
    }
  });
  // In the order a reader meets them: down the rows, then across the columns.
  const at = (e: RowError) => (e.column === undefined ? -1 : header.indexOf(e.column));
  errors.sort((a, b) => a.line - b.line || at(a) - at(b));
  return { rows, errors, unknownColumns };
}
