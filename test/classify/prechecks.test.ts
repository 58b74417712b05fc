import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnchorIndex, anchorsOf, FOLDED_PROFILE, RAW_PROFILE } from '../../src/classify/anchors';
import * as hcp from '../../src/classify/lexicon-hcp';
import { FORMER, NOT_HCP } from '../../src/classify/lexicon-hcp-context';
import { SPECIALTIES } from '../../src/classify/lexicon-specialty';
import { collectSpecialties } from '../../src/classify/specialty';
import { fold } from '../../src/classify/text';
import { tokenize } from '../../src/classify/words';
import { parseCorpus } from '../../scripts/corpus';

// The speed-ups must not change a verdict: these check each shortcut against the slow original.

const holdout = parseCorpus(
  readFileSync(resolve(__dirname, '../fixtures/classify/holdout.jsonl'), 'utf8'),
);

/** Small deterministic generator, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('anchorsOf', () => {
  it('keeps only literals every match must contain', () => {
    expect(anchorsOf(/nurses?(?! ?recruit)/u)).toEqual(['nurse']);
    expect(anchorsOf(/a(?:b|c)?d+e{0,3}f{2}(?=xyz)gh\p{L}ij[kl]mn(?:opq)/u)).toEqual(['opq']);
    expect(anchorsOf(/(?<![\p{L}])(?:doc|docs|doctora?)(?![\p{L}])/u)).toEqual([
      'doc',
      'docs',
      'doctor',
    ]);
    expect(anchorsOf(/M\.?D\.?|R\.N\./u)).toEqual(['M', 'R']);
    expect(anchorsOf(/otr\/l|hem-onc/u)).toEqual(['otr', 'hem']);
  });

  it('gives up where a branch can match without a literal', () => {
    expect(anchorsOf(/abc|\d+/u)).toBeNull();
    expect(anchorsOf(/(?:abc)?x?/u)).toBeNull();
    expect(anchorsOf(/abc/iu)).toBeNull();
  });

  it('flags exactly the regexes whose anchors occur', () => {
    const index = new AnchorIndex();
    const nurse = index.add(/\bnurses?\b/u);
    const md = index.add(/\bM\.?D\b/u);
    const any = index.add(/\d+/u);
    expect(index.scan('ICU Nurse')).toEqual([0, 0, 1]);
    expect(index.scan('head nurse', index.scan('Jane Roe, M.D.'))[nurse]).toBe(1);
    expect(index.scan('Jane Roe, M.D.')[md]).toBe(1);
    expect(index.scan('')[any]).toBe(1);
  });

  it('never skips a profile regex that matches (holdout profiles)', () => {
    const folded = [
      hcp.ASPIRING,
      FORMER,
      hcp.FINANCE,
      hcp.NURSE_WORD,
      hcp.NP_WORD,
      hcp.PHARMACIST_WORD,
      hcp.INDUSTRY_ROLE,
      hcp.INDUSTRY_STRONG,
      ...hcp.TITLES.filter((r) => !r.raw).map((r) => r.re),
      ...hcp.TRAINEE.filter((r) => !r.raw).map((r) => r.re),
      ...NOT_HCP.map((r) => r.re),
      ...SPECIALTIES.map((r) => r.re),
    ];
    const raw = [
      hcp.HEADLINE_DO,
      hcp.HEADLINE_PA,
      hcp.NONCLINICAL_DOCTORATE,
      ...hcp.CREDENTIALS.map((c) => c.re),
      ...hcp.NAME_ONLY_CREDENTIALS.map((c) => c.re),
      ...hcp.TRAINEE.filter((r) => r.raw).map((r) => r.re),
      ...SPECIALTIES.flatMap((r) => (r.cs ? [r.cs] : [])),
    ];
    let matched = 0;
    for (const row of holdout) {
      const profileRaw = `${row.author_name} | ${row.author_headline}`;
      for (const [res, text] of [
        [folded, fold(profileRaw)],
        [raw, profileRaw],
      ] as const) {
        for (const re of res) {
          re.lastIndex = 0;
          if (!re.test(text)) continue;
          matched++;
          const anchors = anchorsOf(re);
          if (anchors !== null)
            expect(
              anchors.some((a) => text.includes(a)),
              re.source,
            ).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('collectSpecialties with the pre-check', () => {
  it('finds what the full scan finds (holdout profiles)', () => {
    for (const row of holdout) {
      const raw = `${row.author_name} | ${row.author_headline}`;
      const folded = fold(raw);
      const seen = FOLDED_PROFILE.scan(folded);
      const seenRaw = RAW_PROFILE.scan(raw);
      expect(collectSpecialties(folded, raw, seen, seenRaw)).toEqual(
        collectSpecialties(folded, raw),
      );
    }
  });
});

describe('tokenize', () => {
  const WORD = /[#@]?[\p{L}\p{N}]+(?:'(?:s|t|re|ve|m|ll|d)(?![\p{L}]))?|[%$?]/gu;
  const reference = (s: string): string[] => s.match(WORD) ?? [];

  it('splits like the reference regex on corpus text', () => {
    for (const row of holdout) {
      const s = fold(row.text);
      expect(tokenize(s)).toEqual(reference(s));
    }
  });

  it('splits like the reference regex on random text', () => {
    const alphabet = [
      ..."abstrevmldZ09#@'%$? -_.",
      'é',
      'ß',
      '😀',
      '𝐀',
      '中',
      '١',
      '\u0301',
      '\ud800',
      '\udc00',
      'Ⅻ',
      'ǅ',
    ];
    const next = rng(7);
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const len = Math.floor(next() * 14);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(tokenize(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });
});
