// The signed CRX3 package and its update manifest, for companies that install HCP Lens on their
// staff's browsers by policy. The signing key decides the extension id: the same key must sign
// every later version, or browsers see a different extension.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import crx3 from 'crx3';

/** Where a key is generated when none is given (git-ignored). */
export const DEFAULT_KEY_FILE = '.keys/hcp-lens-crx.pem';

/**
 * The signing key's PEM text: from HCP_LENS_CRX_KEY (the PEM itself, e.g. a CI secret),
 * HCP_LENS_CRX_KEY_FILE or `keyFile` (a path that must exist), or else the default file,
 * generated the first time with an explanation printed once.
 */
export function signingKey(root, keyFile, log = console.log) {
  if (process.env.HCP_LENS_CRX_KEY)
    return { pem: process.env.HCP_LENS_CRX_KEY, from: 'HCP_LENS_CRX_KEY' };
  const given = keyFile ?? process.env.HCP_LENS_CRX_KEY_FILE;
  if (given) {
    // A mistyped path must not silently create a new identity for the extension.
    if (!existsSync(given)) throw new Error(`CRX signing key ${given} does not exist`);
    return { pem: readFileSync(given, 'utf8'), from: given };
  }
  const file = join(root, DEFAULT_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    chmodSync(file, 0o600);
    log(
      [
        '',
        `A new private key for signing the .crx was created in ${DEFAULT_KEY_FILE}.`,
        'It decides the extension id that your browser policies name. Keep it safe and private,',
        'outside version control (this folder is git-ignored), and sign every later version with',
        'the same key: set HCP_LENS_CRX_KEY_FILE=/path/to/key.pem (or HCP_LENS_CRX_KEY to the PEM',
        'text) when packaging elsewhere. A different key makes a different extension.',
        '',
      ].join('\n'),
    );
  }
  return { pem: readFileSync(file, 'utf8'), from: DEFAULT_KEY_FILE };
}

/** Chrome's extension id: the first 128 bits of SHA-256(public key DER), as letters a–p. */
export function extensionId(pem) {
  const der = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

/**
 * Writes `crxPath` (the signed `zip`) and `xmlPath` (its update manifest pointing at `crxUrl`).
 * crx3 reads the key from a file, so the PEM is written to a private temporary one.
 */
export async function writeCrx({ zip, pem, crxPath, xmlPath, crxUrl, version }) {
  const tmp = mkdtempSync(join(tmpdir(), 'hcp-lens-key-'));
  try {
    const keyPath = join(tmp, 'key.pem');
    writeFileSync(keyPath, pem, { mode: 0o600 });
    const info = await crx3(Readable.from([zip]), {
      keyPath,
      crxPath,
      xmlPath,
      crxURL: crxUrl,
      appVersion: version,
      browserVersion: '120',
    });
    return info.appId;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
