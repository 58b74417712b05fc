import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../manifest.config';
import { LANGUAGES } from '../../src/locales/catalogue';
import { SYNC_DATA_COLLECTION } from '../../src/shared/data-collection';

const STORE = join(import.meta.dirname, '..', '..', 'docs', 'store');
/** The Chrome Web Store's limit for the short description (the manifest's description too). */
const SHORT_MAX = 132;

/** The text after a `<!-- name -->` marker, up to the next `## ` heading. */
function part(text: string, marker: string): string {
  const start = text.indexOf(`<!-- ${marker} -->`);
  expect(start, `marker ${marker}`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + marker.length + 9);
  const end = rest.indexOf('\n## ');
  return end === -1 ? rest : rest.slice(0, end);
}

interface Manifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
}
const manifests = (['chrome', 'firefox'] as const).map(
  (t) => manifestFor(t) as unknown as Manifest,
);
const everyPermission = [
  ...new Set(
    manifests.flatMap((m) => [
      ...m.permissions,
      ...m.host_permissions,
      ...m.optional_host_permissions,
    ]),
  ),
];

describe('the store listing texts', () => {
  for (const lang of LANGUAGES) {
    const text = readFileSync(join(STORE, `${lang}.md`), 'utf8');

    it(`${lang}: has a short description the stores accept`, () => {
      const short = part(text, 'short-description').trim();
      expect(short.split('\n')).toHaveLength(1);
      expect(short.length).toBeGreaterThan(40);
      expect(short.length).toBeLessThanOrEqual(SHORT_MAX);
    });

    it(`${lang}: justifies every permission and host permission of both manifests`, () => {
      const justified = part(text, 'permissions');
      const missing = everyPermission.filter((p) => !justified.includes(`\`${p}\``));
      expect(missing).toEqual([]);
    });

    it(`${lang}: discloses Firefox's data collection as the manifest declares it`, () => {
      const disclosed = part(text, 'data-use');
      for (const kind of ['none', ...SYNC_DATA_COLLECTION])
        expect(disclosed).toContain(`\`${kind}\``);
    });
  }
});
