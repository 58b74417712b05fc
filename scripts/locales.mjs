// Merges src/locales/<lang>/*.json into <out>/_locales/<lang>/messages.json (run by the build,
// and by the unit tests' setup for the English catalogue). A name defined twice is an error.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', 'src', 'locales');

/** One language's area files merged into one catalogue. */
export function readCatalogue(lang) {
  const merged = {};
  const from = {};
  const files = readdirSync(join(ROOT, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const area = JSON.parse(readFileSync(join(ROOT, lang, file), 'utf8'));
    for (const [key, value] of Object.entries(area)) {
      if (from[key])
        throw new Error(`${lang}: "${key}" is defined in both ${from[key]} and ${file}`);
      from[key] = file;
      merged[key] = value;
    }
  }
  return merged;
}

export function localeLanguages() {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function writeLocales(outDir) {
  for (const lang of localeLanguages()) {
    const dir = join(outDir, '_locales', lang);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), JSON.stringify(readCatalogue(lang), null, 1));
  }
}
