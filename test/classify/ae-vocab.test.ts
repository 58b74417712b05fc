import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  FUZZY_GUARD,
  WORDNET_EFFECTS,
  WORDNET_PRODUCTS,
} from '../../src/classify/vocab/wordnet-ae.generated';

const GENERATED = resolve('src/classify/vocab/wordnet-ae.generated.ts');
const LEXICONS = [
  GENERATED,
  resolve('src/classify/lexicon-ae.ts'),
  resolve('src/classify/lexicon-ae-events.ts'),
  resolve('src/classify/lexicon-ae-patients.ts'),
  resolve('src/classify/lexicon-ae-lay.ts'),
  resolve('src/classify/lexicon-ae-brands.ts'),
];
const gzipped = (paths: string[]) =>
  gzipSync(Buffer.concat(paths.map((p) => readFileSync(p)))).length;

describe('compiled adverse-event vocabulary', () => {
  const products = new Set(WORDNET_PRODUCTS.split('|'));
  const effects = new Set(WORDNET_EFFECTS.split('|'));

  it('stays within its size budget in the background bundle', () => {
    // Budgets (gzipped): 16 KB for the WordNet compilation, 32 KB for every AE word list.
    expect(gzipped([GENERATED])).toBeLessThanOrEqual(16 * 1024);
    expect(gzipped(LEXICONS)).toBeLessThanOrEqual(32 * 1024);
  });
  it('holds generic and brand names, and no drinks or street slang', () => {
    for (const name of ['amoxicillin', 'sertraline', 'zoloft', 'xanax', 'insulin', 'vaccine'])
      expect(products.has(name), name).toBe(true);
    for (const word of ['speed', 'ice', 'grass', 'whisky', 'sherry', 'drug', 'medication'])
      expect(products.has(word), word).toBe(false);
  });
  it('holds clinical and lay effects', () => {
    for (const effect of ['nausea', 'alopecia', 'urticaria', 'dizziness', 'itching', 'insomnia'])
      expect(effects.has(effect), effect).toBe(true);
  });
  it('guards English words one letter from a name', () => {
    expect(FUZZY_GUARD.split('|').length).toBeGreaterThan(20);
  });
});

describe.skipIf(!existsSync('/usr/share/wordnet/data.noun'))('vocabulary build step', () => {
  it('compiles exactly the committed file from WordNet (deterministic)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ae-vocab-'));
    try {
      const out = join(dir, 'out.ts');
      execFileSync('node', ['scripts/vocab/build-ae-vocab.mjs'], {
        env: { ...process.env, AE_VOCAB_OUT: out },
        stdio: 'pipe',
      });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(GENERATED, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Reading all of WordNet takes a few seconds on a loaded machine.
  }, 60_000);
});
