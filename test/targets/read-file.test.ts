// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { decodeText } from '../../src/targets/decode';
import { parseTargetCsv } from '../../src/targets/parse';
import { readTargetFile } from '../../src/targets/read-file';

/** Text encoded as Excel's "CSV (Comma delimited)" on a Western Windows: Windows-1252. */
function cp1252(text: string): Uint8Array {
  const map: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Uint8Array.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

/** Excel's "Unicode Text": UTF-16 little-endian with its byte-order mark. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const read = (bytes: Uint8Array) => readTargetFile(new Blob([bytes as BlobPart]));

describe('target-list files as spreadsheets save them', () => {
  it('reads a Windows-1252 file with semicolons and accented names', async () => {
    const text = await read(cp1252('Name;Tier;Specialty\r\nJosé Müller;1;Cardiología\r\n'));
    expect(parseTargetCsv(text).rows[0]).toMatchObject({
      name: 'José Müller',
      tier: '1',
      specialty: 'Cardiología',
    });
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode Text", tab-separated)', async () => {
    const text = await read(utf16le('First Name\tLast Name\tTier\r\nZoë\tŁukasik\t2\r\n'));
    expect(parseTargetCsv(text).rows[0]).toMatchObject({ name: 'Zoë Łukasik', tier: '2' });
  });

  it('still reads UTF-8, with or without its byte-order mark', () => {
    const bytes = new TextEncoder().encode('name\nAna Peña\n');
    expect(decodeText(bytes)).toBe('name\nAna Peña\n');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe('name\nAna Peña\n');
  });

  it('builds the name from "First Name" and "Last Name" columns, and names the column at fault', () => {
    const { rows, errors } = parseTargetCsv('First Name,Last Name,NPI\nAna,Ruiz,\n,,1234567893\n');
    expect(rows).toEqual([expect.objectContaining({ name: 'Ana Ruiz', line: 2 })]);
    expect(errors).toEqual([{ line: 3, column: 'Last Name', message: 'name is empty' }]);
  });

  it('turns "Last, First" into "First Last" but keeps a credential after the comma', () => {
    const { rows } = parseTargetCsv(
      'name,tier\n"Ruiz, Ana",1\n"Bo Li, MD",2\n"Smith, Jr., Al",3\n',
    );
    expect(rows.map((r) => r.name)).toEqual(['Ana Ruiz', 'Bo Li, MD', 'Smith, Jr., Al']);
  });

  it('reads the first sheet of an .xlsx workbook, numbers and all', async () => {
    const blob = await writeXlsxFile([
      ['Last Name', 'First Name', 'NPI', 'Tier'],
      ['Ruiz', 'Ana', 1234567893, 1],
    ]).toBuffer();
    const text = await read(new Uint8Array(blob));
    expect(parseTargetCsv(text).rows[0]).toMatchObject({
      name: 'Ana Ruiz',
      npi: '1234567893',
      tier: '1',
    });
  });

  it('refuses an old .xls workbook and a PDF with a message that names the format', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(read(ole)).rejects.toThrow(/Excel 97–2003 workbook \(\.xls\)/);
    await expect(read(new TextEncoder().encode('%PDF-1.7'))).rejects.toThrow(/PDF/);
  });
});
