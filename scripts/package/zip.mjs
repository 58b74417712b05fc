// Deterministic zip archives: the same files give the same bytes on every machine and in every
// time zone, so the Firefox package can be rebuilt from the source archive and compared.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yazl from 'yazl';

// DOS time has no zone: a local date reads back the same everywhere; the "UT" field would not.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Zips `files` (paths relative to `root`) and `extra` (path → text made here) in sorted order
 * into a Buffer.
 */
export function zipFiles(root, files, extra = {}) {
  const zip = new yazl.ZipFile();
  const entries = [...files, ...Object.keys(extra)].sort();
  for (const file of entries) {
    const made = Object.hasOwn(extra, file);
    const mode = !made && statSync(join(root, file)).mode & 0o111 ? 0o100755 : 0o100644;
    const data = made ? Buffer.from(extra[file]) : readFileSync(join(root, file));
    zip.addBuffer(data, file, {
      mtime: FIXED_TIME,
      mode,
      compressionLevel: 9,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks = [];
    zip.outputStream.on('data', (c) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
