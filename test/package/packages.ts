// Runs `scripts/package.mjs` into a temporary folder, with a throwaway signing key, for the tests
// that open the packages and install them; and serves such a folder over http, as a company's
// intranet server would.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

export interface Packaged {
  dir: string;
  output: string;
  file(name: string): string;
  remove(): void;
}

/** Packages the built dist/ (run `npm run build` first) into a new temporary folder. */
export function packageInto(
  args: string[] = [],
  baseUrl = 'https://intranet.example/hcp-lens/',
): Packaged {
  const dir = mkdtempSync(join(tmpdir(), 'hcp-lens-release-'));
  const key = join(dir, 'test-key.pem');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const out = join(dir, 'release');
  const output = execFileSync(
    process.execPath,
    ['scripts/package.mjs', '--out', out, '--key', key, '--base-url', baseUrl, ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HCP_LENS_CRX_KEY: '' } },
  );
  return {
    dir: out,
    output,
    file: (name) => join(out, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const TYPES: Record<string, string> = {
  '.crx': 'application/x-chrome-extension',
  '.xml': 'text/xml',
  '.zip': 'application/x-xpinstall',
};

/**
 * Serves the files of the folder `dir()` names (known once packaged, after the address is) on
 * 127.0.0.1 at a free port; `requests` lists what was asked for.
 */
export async function serveFolder(
  dir: () => string,
): Promise<{ base: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    requests.push(name);
    try {
      if (name.includes('/') || name.startsWith('.')) throw new Error('outside');
      const body = readFileSync(join(dir(), name));
      const type = TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
