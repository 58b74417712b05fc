// Reads a target-list file the user picked, in the dashboard: CSV or text in any encoding Excel
// writes, or the first sheet of an .xlsx workbook, turned into the CSV text the background parses.
import Papa from 'papaparse';
import { decodeText, kindOf } from './decode';
import { t } from '../shared/i18n';
import { TargetFileError } from './errors';

/** A cell as a spreadsheet shows it: numbers without a trailing `.0`, dates as dates. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export async function readTargetFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kindOf(bytes) === 'text') return decodeText(bytes);
  // Loaded only when a workbook is chosen: the reader is most of this page's code otherwise.
  const { readSheet } = await import('read-excel-file/browser');
  let rows: unknown[][];
  try {
    rows = await readSheet(bytes.buffer as ArrayBuffer);
  } catch (e) {
    throw new TargetFileError(t('bg_targetsXlsxUnreadable', (e as Error).message));
  }
  return Papa.unparse(
    rows.map((r) => r.map(cellText)),
    { newline: '\r\n' },
  );
}
