import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PostView } from '../../src/db/records';
import { CSV_COLUMNS, csvFileName, toCsv } from '../../src/export/csv';
import { postRecord, snapshot, verdict } from '../helpers/posts';

const HEADER =
  'post_key,platform,post_url,author_name,author_handle,author_headline,is_hcp,hcp_confidence,hcp_signals,specialty,trainee,industry,category,category_source,tags,flagged,ae_flag,note,collections,text,first_seen_at,annotated_at';

function view(
  id: string,
  post = {},
  annotation: Partial<NonNullable<PostView['annotation']>> | null = {},
): PostView {
  return {
    post: postRecord(id, {
      ...snapshot(id, post),
      verdict: verdict({
        signals: [
          { kind: 'hcp', label: 'MD in name', weight: 3 },
          { kind: 'hcp', label: 'Cardiologist in headline', weight: 2 },
          { kind: 'ae', label: 'drug named', weight: 1 },
        ],
      }),
    }),
    annotation:
      annotation === null
        ? null
        : {
            key: `linkedin:${id}`,
            category: null,
            tags: [],
            flagged: false,
            note: '',
            collections: [],
            annotatedAt: '2026-11-24T09:05:00.000Z',
            sessionId: 1,
            ...annotation,
          },
  };
}

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

/** The characters of `csv` that stand outside quoted cells. */
const outsideQuotes = (csv: string) =>
  [...csv]
    .filter((c, i, all) => all.slice(0, i).filter((q) => q === '"').length % 2 === 0 && c !== '"')
    .join('');

describe('CSV export', () => {
  it('starts with a BOM and exactly the contract header row', () => {
    const csv = toCsv([]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(HEADER);
    expect(CSV_COLUMNS.join(',')).toBe(HEADER);
  });

  it('writes one row per post with lists joined by "; " and the category source', () => {
    const csv = toCsv([
      view(
        '1',
        {},
        { category: 'connecting', tags: ['kol', 'cardio'], flagged: true, collections: ['Q4'] },
      ),
      view('2', {}, { note: 'call back' }),
    ]);
    const [header, r1, r2] = parse(csv);
    const row = (r: string[] | undefined) => Object.fromEntries(header!.map((h, i) => [h, r![i]]));
    expect(row(r1)).toMatchObject({
      post_key: 'linkedin:1',
      platform: 'linkedin',
      is_hcp: 'true',
      hcp_confidence: '0.90',
      hcp_signals: 'MD in name; Cardiologist in headline',
      specialty: 'cardiology',
      category: 'connecting',
      category_source: 'confirmed',
      tags: 'kol; cardio',
      flagged: 'true',
      collections: 'Q4',
      first_seen_at: '2026-11-24T09:00:00.000Z',
      annotated_at: '2026-11-24T09:05:00.000Z',
    });
    expect(row(r2)).toMatchObject({
      category: 'creating',
      category_source: 'suggested',
      note: 'call back',
    });
  });

  it('keeps commas, quotes, line breaks and non-Latin text intact', () => {
    const text = 'Line one, with "quotes"\nLínea dos — 心臓 🫀';
    const [, r] = parse(toCsv([view('1', { text, authorName: 'Dr. Zoë O’Neil, MD' })]));
    expect(r![CSV_COLUMNS.indexOf('text')]).toBe(text);
    expect(r![CSV_COLUMNS.indexOf('author_name')]).toBe('Dr. Zoë O’Neil, MD');
  });

  it.each([
    '=HYPERLINK("http://evil")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tcmd',
    '\rcmd',
    '=1+1\nsecond line',
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (text) => {
    const [, r] = parse(toCsv([view('1', { text })]));
    expect(r![CSV_COLUMNS.indexOf('text')]).toBe(`'${text}`);
  });

  it.each(['fine;=1+1', 'fine,=1+1', 'fine\t=1+1', 'say "hi"', 'two\nlines', 'kol; cardio'])(
    'quotes a cell holding a separator of any locale, a quote or a line break: %j',
    (note) => {
      const csv = toCsv([view('1', { text: 'plain' }, { note })]);
      const escaped = note.replaceAll('"', '""');
      // The raw line holds the cell whole, in quotes: a semicolon-locale Excel cannot split it.
      expect(csv).toContain(`,"${escaped}",`);
      expect(parse(csv)[1]![CSV_COLUMNS.indexOf('note')]).toBe(note);
      // No semicolon or tab stands outside quotes, where a semicolon- or tab-locale spreadsheet
      // would split the row and start a cell at `=`.
      expect(outsideQuotes(csv)).not.toMatch(/[;\t]/);
    },
  );

  it('leaves a cell without separators unquoted', () => {
    const csv = toCsv([view('1', { text: 'plain words' })]);
    expect(csv).toContain(',plain words,');
  });

  it('names files by scope and UTC time', () => {
    expect(csvFileName('session', new Date('2026-11-24T18:03:59Z'))).toBe(
      'hcp-lens-session-2026-11-24T1803Z.csv',
    );
  });
});
