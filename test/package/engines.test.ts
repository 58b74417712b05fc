// The Node versions package.json promises are ones every dependency accepts: otherwise `npm
// install` prints engine warnings a newcomer cannot judge (and the tool may not run).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from './packages';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; optional?: boolean }>;
};
const supported: string = pkg.engines.node;
/** The lowest version of each range in `engines` (e.g. 20.19.0, 22.13.0, 24.0.0). */
const lowest = supported.split('||').map((range) => semver.minVersion(range.trim())!.version);

describe('supported Node versions', () => {
  it.each(lowest)('every dependency accepts Node %s', (version) => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && !p.optional && p.engines?.node)
      .filter(([, p]) => !semver.satisfies(version, p.engines!.node!))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} needs ${p.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it('names the installed Node and the .nvmrc version among them', () => {
    const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    // nvm installs the newest release of the major version .nvmrc names.
    expect(semver.intersects(nvmrc, supported)).toBe(true);
    expect(semver.satisfies(process.versions.node, supported)).toBe(true);
  });
});
