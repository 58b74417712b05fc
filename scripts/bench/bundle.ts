// Content-script size: every file the manifest's content_scripts load, raw and gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleResult {
  files: { path: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export function measureBundle(dist: string): BundleResult {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const paths = [
    ...new Set(
      (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ),
  ];
  if (paths.length === 0) throw new Error(`${dist}/manifest.json: no content scripts`);
  const files = paths.map((path) => {
    const data = readFileSync(join(dist, path));
    return { path, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
  };
}
