// `npm run package`: the release packages, from the built dist/ and the version in package.json.
//   release/hcp-lens-<v>-chrome.zip          Chrome Web Store upload
//   release/hcp-lens-<v>-firefox.zip         Firefox add-ons (AMO) upload, or IT-managed install
//   release/hcp-lens-<v>-firefox-source.zip  the source AMO's review asks for, with BUILD.md
//   release/hcp-lens-<v>.crx + update.xml    signed, for companies that install by policy
//   release/chrome-policy.json, firefox-policies.json, IT-ROLLOUT.md
// Options: --out <dir>, --key <pem file>, --base-url <where the files will be served>,
// --only chrome|firefox (one browser's package and policy, no source archive).
// Environment: HCP_LENS_CRX_KEY (PEM text) or HCP_LENS_CRX_KEY_FILE, HCP_LENS_UPDATE_URL.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extensionId, signingKey, writeCrx } from './package/crx.mjs';
import { chromePolicy, firefoxPolicies, rolloutGuide } from './package/policies.mjs';
import { buildInstructions, trackedFiles } from './package/source.mjs';
import { listFiles, zipFiles } from './package/zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, 'release') },
    key: { type: 'string' },
    'base-url': { type: 'string' },
    only: { type: 'string' },
  },
});
/** A mistake the person packaging can fix: said in one line, without a stack trace. */
function fail(message) {
  console.error(`Packaging stopped: ${message}`);
  process.exit(1);
}

if (opts.only && !['chrome', 'firefox'].includes(opts.only)) {
  fail(`--only ${opts.only}: expected chrome or firefox`);
}
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const out = resolve(opts.out);
// Where the company serves the .crx, update.xml and the Firefox package; a placeholder to replace.
const PLACEHOLDER = 'https://extensions.example.com/hcp-lens/';
const base = withSlash(opts['base-url'] ?? process.env.HCP_LENS_UPDATE_URL ?? PLACEHOLDER);
const name = (suffix) => `hcp-lens-${version}${suffix}`;
const files = { crx: name('.crx'), firefox: name('-firefox.zip') };
const wanted = (target) => !opts.only || opts.only === target;

function withSlash(url) {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The built extension's files, minus what a browser never loads (source maps, dot files). */
function extensionFiles(target) {
  const dir = join(ROOT, 'dist', target);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) fail(`${dir} is not built: run \`npm run build\` first`);
  const built = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (built !== version) {
    fail(`dist/${target} is version ${built}, package.json says ${version}: rebuild`);
  }
  const list = listFiles(dir).filter((f) => !/(^|\/)\.|\.map$/.test(f));
  return { dir, list };
}

function write(file, data) {
  writeFileSync(join(out, file), data);
  const size = Buffer.byteLength(data);
  const shown = size < 10_240 ? `${size} B` : `${(size / 1024).toFixed(0)} KB`;
  console.log(`  ${file.padEnd(40)} ${shown.padStart(9)}`);
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

mkdirSync(out, { recursive: true });
for (const old of [name('-chrome.zip'), files.firefox, name('-firefox-source.zip'), files.crx]) {
  rmSync(join(out, old), { force: true });
}
console.log(`HCP Lens ${version}: packages in ${out}`);

if (wanted('firefox')) {
  const firefox = extensionFiles('firefox');
  const firefoxZip = await zipFiles(firefox.dir, firefox.list);
  write(files.firefox, firefoxZip);
  if (!opts.only) {
    const tracked = trackedFiles(ROOT);
    const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    const guide = buildInstructions({
      version,
      node: process.versions.node,
      npm,
      firefoxZip: files.firefox,
      sha256: sha256(firefoxZip),
    });
    write(name('-firefox-source.zip'), await zipFiles(ROOT, tracked, { 'BUILD.md': guide }));
  }
  write(
    'firefox-policies.json',
    `${JSON.stringify(firefoxPolicies({ installUrl: base + files.firefox }), null, 2)}\n`,
  );
}

if (wanted('chrome')) {
  const chrome = extensionFiles('chrome');
  const chromeZip = await zipFiles(chrome.dir, chrome.list);
  write(name('-chrome.zip'), chromeZip);
  let key;
  try {
    key = signingKey(ROOT, opts.key);
  } catch (error) {
    fail(error.message);
  }
  const id = extensionId(key.pem);
  const updateUrl = `${base}update.xml`;
  const appId = await writeCrx({
    zip: chromeZip,
    pem: key.pem,
    crxPath: join(out, files.crx),
    xmlPath: join(out, 'update.xml'),
    crxUrl: base + files.crx,
    version,
  });
  if (appId !== id) throw new Error(`crx3 signed as ${appId}, the key's id is ${id}`);
  console.log(`  ${files.crx.padEnd(40)} signed with ${key.from}: extension id ${id}`);
  console.log(`  ${'update.xml'.padEnd(40)} points at ${base}${files.crx}`);
  write('chrome-policy.json', `${JSON.stringify(chromePolicy({ id, updateUrl }), null, 2)}\n`);
  if (!opts.only) write('IT-ROLLOUT.md', rolloutGuide({ version, id, base, files }));
}

if (base === PLACEHOLDER) {
  console.log(
    `The policies and update.xml point at ${PLACEHOLDER}, a placeholder: to roll out, package\n` +
      'again with HCP_LENS_UPDATE_URL=https://your.server/path/ (see IT-ROLLOUT.md).',
  );
}
