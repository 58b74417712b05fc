import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHandWritten, scanFolders } from '../helpers/hand-written';

/**
 * The surfaces whose every string goes through the language catalogues. A surface joins this list
 * when it has been moved to t(); by release every folder with components is here.
 */
const TRANSLATED_SURFACES: string[] = [
  'src/ui',
  'src/popup',
  'src/sidepanel',
  'src/content',
  'src/onboarding',
  'src/privacy',
  'src/dashboard',
];

describe('user-facing text goes through the language catalogues', () => {
  it('finds text written into a component by hand', () => {
    const found = findHandWritten(
      `export const A = () => <p title="Close">Saved {n} posts<b>{t('ok')}</b><i>·</i><s aria-label={t('x')} /></p>;`,
    );
    // Text split by an expression is still hand-written; symbols and t() calls are not.
    expect(found.map((f) => f.text)).toEqual(['Close', 'Saved', 'posts']);
  });

  it('scans a single component named in the list as well as a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hand-written-'));
    writeFileSync(join(dir, 'One.tsx'), `export const One = () => <p>Saved</p>;`);
    writeFileSync(join(dir, 'Other.tsx'), `export const Other = () => <p>Kept</p>;`);
    expect(scanFolders(dir, ['One.tsx']).map((f) => [f.file, f.text])).toEqual([
      ['One.tsx', 'Saved'],
    ]);
  });

  it('no translated surface has hand-written text', () => {
    const root = join(import.meta.dirname, '..', '..');
    expect(scanFolders(root, TRANSLATED_SURFACES)).toEqual([]);
  });
});
