import { describe, expect, it } from 'vitest';
import { isValidNpi, parseTargetCsv, TargetFileError } from '../../src/targets/parse';
import { describeRowError, MAX_CSV_ROWS } from '../../src/targets/types';

const GOOD = [
  'Full Name,LinkedIn URL,Twitter Handle,NPI,Specialty,Tier,Owner,Email',
  'Ana Ruiz MD,https://www.linkedin.com/in/Ana-Ruiz/,@DrAnaRuiz,1234567893,Cardiology,1,Sam,ana@example.com',
  'Kenji Matsuda,linkedin.com/in/kenjim?trk=x,,,,Tier 2,,',
].join('\n');

const lines = (csv: string) => parseTargetCsv(csv).errors.map(describeRowError);

describe('parseTargetCsv', () => {
  it('reads a good file: cleans every column and reports unknown ones', () => {
    const { rows, errors, unknownColumns } = parseTargetCsv(GOOD);
    expect(errors).toEqual([]);
    expect(unknownColumns).toEqual(['Email']);
    expect(rows).toEqual([
      {
        line: 2,
        name: 'Ana Ruiz MD',
        linkedinUrl: 'https://www.linkedin.com/in/ana-ruiz/',
        xHandle: '@DrAnaRuiz',
        npi: '1234567893',
        specialty: 'Cardiology',
        tier: '1',
        owner: 'Sam',
      },
      {
        line: 3,
        name: 'Kenji Matsuda',
        linkedinUrl: 'https://www.linkedin.com/in/kenjim/',
        xHandle: '',
        npi: '',
        specialty: '',
        tier: '2',
        owner: '',
      },
    ]);
  });

  it.each([
    ['name', 'linkedin', 'x', 'npi'],
    ['NAME', 'linkedin_url', 'X Handle', 'NPI Number'],
    ['full_name', 'LinkedIn', 'twitter', 'npi'],
  ])('accepts the header spellings %s, %s, %s, %s', (...header) => {
    const csv = `${header.join(',')}\nAna Ruiz,linkedin.com/in/ana,ana,1234567893`;
    const { rows, unknownColumns } = parseTargetCsv(csv);
    expect(unknownColumns).toEqual([]);
    expect(rows[0]).toMatchObject({
      linkedinUrl: 'https://www.linkedin.com/in/ana/',
      xHandle: '@ana',
    });
  });

  it('says which line and what is wrong, as a spreadsheet numbers rows', () => {
    const csv = [
      'name,linkedin url,x handle,npi,tier',
      'Ana Ruiz,,,,1',
      ',https://www.linkedin.com/in/nobody/,,,',
      'Bo Li,https://www.linkedin.com/company/acme/,,,',
      'Cy Dee,,@this_handle_is_too_long,,',
      'Di Eve,,,123,',
      'Ed Fox,,,1234567890,',
      'Flo Gee,,,,a tier name longer than twenty',
    ].join('\n');
    const { rows, errors } = parseTargetCsv(csv);
    expect(rows.map((r) => r.name)).toEqual(['Ana Ruiz']);
    expect(errors.map(describeRowError)).toEqual([
      'line 3: name is empty',
      'line 4: LinkedIn URL https://www.linkedin.com/company/acme/ is not a linkedin.com/in/ profile address',
      'line 5: X handle @this_handle_is_too_long is not 1–15 letters, digits or _',
      'line 6: NPI 123 is not 10 digits',
      'line 7: NPI 1234567890 has a wrong check digit (mistyped?)',
      'line 8: tier a tier name longer than twenty is longer than 20 characters',
    ]);
    expect(errors[3]).toMatchObject({ line: 6, column: 'npi' });
  });

  it('reports every bad cell of a row', () => {
    expect(lines('name,npi,x\n,12,@@\n')).toEqual([
      'line 2: name is empty',
      'line 2: NPI 12 is not 10 digits',
      'line 2: X handle @@ is not 1–15 letters, digits or _',
    ]);
  });

  it('handles a BOM, CRLF, quoted fields with commas, quotes and line breaks, and blank lines', () => {
    const csv =
      '\ufeffName,Specialty,Tier\r\n"Ruiz, Ana","Heart ""and"" lungs",1\r\n\r\n"Li\r\nBo",,2\r\n,,\r\nCy Dee,,bad tier that is far too long\r\n';
    const { rows, errors } = parseTargetCsv(csv);
    expect(rows.map((r) => [r.line, r.name, r.specialty])).toEqual([
      [2, 'Ana Ruiz', 'Heart "and" lungs'],
      [4, 'Li Bo', ''],
    ]);
    // The blank line (3) and the empty row (5) count as rows, as in a spreadsheet.
    expect(errors.map((e) => e.line)).toEqual([6]);
  });

  it('drops the apostrophe a spreadsheet adds to neutralise a formula or keep digits as text', () => {
    const { rows } = parseTargetCsv("name,npi,owner\n'=Ana Ruiz,'1234567893,'+team");
    expect(rows[0]).toMatchObject({ name: '=Ana Ruiz', npi: '1234567893', owner: '+team' });
  });

  it('reads semicolon-separated files (European spreadsheet exports)', () => {
    const { rows } = parseTargetCsv('name;tier\nAna Ruiz;1\n');
    expect(rows[0]).toMatchObject({ name: 'Ana Ruiz', tier: '1' });
  });

  it('refuses a file over 5 MB, over 50,000 rows, or without a name column', () => {
    const big = `name\n${'x'.repeat(5 * 1024 * 1024)}`;
    expect(() => parseTargetCsv(big)).toThrow(/limited to 5 MB/);
    const many = `name\n${'Ana Ruiz\n'.repeat(MAX_CSV_ROWS + 1)}`;
    expect(() => parseTargetCsv(many)).toThrow(/50,001 rows; target lists are limited to 50,000/);
    expect(() => parseTargetCsv(`name\n${'Ana Ruiz\n'.repeat(MAX_CSV_ROWS)}`)).not.toThrow();
    expect(() => parseTargetCsv('email,tier\na@b.c,1')).toThrow(TargetFileError);
    expect(() => parseTargetCsv('email,tier\na@b.c,1')).toThrow(/name column/);
    expect(() => parseTargetCsv('')).toThrow(/empty/);
  }, 20_000);

  it('counts multi-byte characters as bytes for the size limit', () => {
    // 1.8 M characters in 20,000 names: under 5 M characters; three bytes each, over 5 MB.
    const names = (c: string) => `name\n${`${c.repeat(90)}\n`.repeat(20_000)}`;
    expect(() => parseTargetCsv(names('é'))).not.toThrow();
    expect(() => parseTargetCsv(names('語'))).toThrow(/5\.\d MB/);
  });

  it('refuses a header of a million columns at once, before reading the file', () => {
    const header = `name,${'x,'.repeat(1_000_000)}`;
    const file = `${header}\n${'Ana Ruiz,bad\n'.repeat(2_000)}`;
    const started = performance.now();
    expect(() => parseTargetCsv(file)).toThrow(
      /first row is 2,000,005 characters long; a target list's header is at most 4,000/,
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses more than 100 header columns, also when a quoted header spans lines', () => {
    const columns = (n: number) => ['name', ...Array.from({ length: n - 1 }, (_, i) => `c${i}`)];
    expect(() => parseTargetCsv(`${columns(101).join(',')}\nAna Ruiz`)).toThrow(
      /first row has 101 columns; a target list has at most 100/,
    );
    expect(() => parseTargetCsv(`${columns(100).join(',')}\nAna Ruiz`)).not.toThrow();
    const split = `"na\nme",${columns(150).slice(1).join(',')}\nAna Ruiz`;
    expect(() => parseTargetCsv(split)).toThrow(/first row has 150 columns/);
  });

  it('refuses a cell longer than 1,000 characters, naming its line', () => {
    const file = `name,specialty\nAna Ruiz,cardiology\nRaj,${'y'.repeat(1_001)}\n`;
    expect(() => parseTargetCsv(file)).toThrow(
      /Line 3 has a cell of 1,001 characters; cells are limited to 1,000/,
    );
    expect(() => parseTargetCsv(`name\n${'z'.repeat(1_000)}`)).not.toThrow(TargetFileError);
  });
});

describe('isValidNpi', () => {
  it('checks the Luhn digit over 80840 + the first nine digits', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1245319599')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
  });
});

describe('parseTargetCsv on broken files', () => {
  it('reports an unclosed quote and a row whose columns shifted', () => {
    expect(lines('name,tier\nRuiz, Ana,1\nBo Li,2\n"Cy Dee,3\nEd,4\n')).toEqual([
      'line 2: the row has 3 cells but the header names 2 columns (a comma in an unquoted cell?)',
      'line 4: a quote opened here is never closed, so the rest of the file reads as one cell',
    ]);
  });
});
