// Turns the bytes of a target-list file into text, as spreadsheets really save them: Excel's
// "CSV" is Windows-1252 on most Windows machines, "Unicode text" is UTF-16 with a byte-order
// mark, and a workbook is a zip (.xlsx) or an OLE file (.xls). Pure: no DOM, no library.
import { t } from '../shared/i18n';
import { TargetFileError } from './errors';

export type TargetFileKind = 'text' | 'xlsx';

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((v, i) => b[i] === v);

/** What a file is, from its first bytes; refuses formats that are not a table we can read. */
export function kindOf(bytes: Uint8Array): TargetFileKind {
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    throw new TargetFileError(t('bg_targetsXls'));
  }
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) {
    throw new TargetFileError(t('bg_targetsPdf'));
  }
  return 'text';
}

/**
 * The file's text: a byte-order mark decides (UTF-8, UTF-16 LE or BE); without one, UTF-8 when
 * the bytes are valid UTF-8, else Windows-1252 (what Excel writes for "CSV (Comma delimited)").
 */
export function decodeText(bytes: Uint8Array): string {
  if (starts(bytes, 0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (starts(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (starts(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
