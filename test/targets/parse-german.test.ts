// A target-list import in German: refusals and row errors in the browser's language, with its
// numbers, while the column names a file must use stay the contract's English ones.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTargetCsv, TargetFileError } from '../../src/targets/parse';
import { describeRowError, MAX_CSV_ROWS } from '../../src/targets/types';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';

beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(() => setMessageSource(catalogueApi('en')));

describe('target-list import in German', () => {
  it('names each bad row and what is wrong with it', () => {
    const csv = ['Name,NPI,X', 'Ana Ruiz,123,@ana', ',1234567890,'].join('\n');
    expect(parseTargetCsv(csv).errors.map(describeRowError)).toEqual([
      'Zeile 2: NPI 123 hat nicht 10 Ziffern',
      'Zeile 3: Name ist leer',
      'Zeile 3: NPI 1234567890 hat eine falsche Prüfziffer (Tippfehler?)',
    ]);
  });

  it('refuses a file over the row limit, both counts written the German way', () => {
    const csv = ['name', ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `P${i}`)].join('\n');
    expect(() => parseTargetCsv(csv)).toThrow(
      new TargetFileError('Die Datei hat 50.001 Zeilen; Ziellisten dürfen höchstens 50.000 haben.'),
    );
  });

  it('refuses a file without a name column, listing the English column names it must use', () => {
    expect(() => parseTargetCsv('Vorname;Fachgebiet\nAna;Kardiologie')).toThrow(
      /^Die erste Zeile muss die Spalten benennen, .*first name und last name.*specialty/,
    );
  });
});
