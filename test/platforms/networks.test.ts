/**
 * The catalogue of networks (`networks.ts`) is the one list every surface reads: each network has
 * its adapter, its hosts reach that adapter, its keys have the format it states, and no other
 * source file keeps its own copy of the names or addresses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postKeySchema } from '../../src/messages/schemas';
import { NETWORKS, NETWORK_LABELS, PLATFORM_IDS } from '../../src/platforms/networks';
import { ADAPTERS, adapterFor, SITE_ADAPTERS } from '../../src/platforms/registry';
import { RULE_PLATFORMS } from '../../src/platforms/rule-sites';
import { SUPPORTED_SITES } from '../../src/platforms/sites';
import { repoRoot } from './load-fixture';

describe('the catalogue of networks', () => {
  it('gives every network an adapter of the same id, each tried once, any-host ones last', () => {
    for (const n of NETWORKS) expect(SITE_ADAPTERS[n.id].adapter.id).toBe(n.id);
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...PLATFORM_IDS].sort());
    expect(ADAPTERS.at(-1)?.id).toBe(NETWORKS.find((n) => 'anyHost' in n)?.id);
  });

  it('sends every host it lists to that network’s adapter', () => {
    for (const n of NETWORKS) {
      for (const host of n.hosts) {
        const url = new URL(`https://${host.replace(/^\./, 'www.')}/some/page`);
        expect(adapterFor(url)?.id, host).toBe(n.id);
      }
      for (const site of n.sites) {
        expect(adapterFor(new URL(site.replace('*', 'feed')))?.id, site).toBe(n.id);
      }
    }
  });

  it('is where host access comes from: the content script’s sites are the networks’ sites', () => {
    expect(SUPPORTED_SITES).toEqual(NETWORKS.flatMap((n) => n.sites));
    const manifest = readFileSync(path.join(repoRoot, 'manifest.config.ts'), 'utf8');
    // The networks' sites, and besides them only the public profile API of fetched bios.
    expect(manifest).toContain('host_permissions: [...SUPPORTED_SITES, ...PROFILE_APIS]');
    expect(manifest).not.toMatch(/https:\/\/(x|bsky|www\.doximity|www\.linkedin)\./);
  });

  it('states each network’s key format, and every key its adapters produce in the fixtures fits it', () => {
    let checked = 0;
    for (const n of NETWORKS) {
      const dir = path.join(repoRoot, 'test/fixtures', n.id);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
        const { posts } = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
          posts: { key: string }[];
        };
        for (const { key } of posts) {
          expect(key, `${n.id}/${file}`).toMatch(n.keyPattern);
          expect(postKeySchema.safeParse(key).success).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(postKeySchema.safeParse('myspace:1').success).toBe(false);
  });

  it('lists the networks whose rules the user may correct: all but LinkedIn', () => {
    expect([...RULE_PLATFORMS].sort()).toEqual(
      PLATFORM_IDS.filter((id) => id !== 'linkedin').sort(),
    );
  });

  it('is the only list: no other source file spells out the networks’ names or addresses', () => {
    const files: string[] = [path.join(repoRoot, 'manifest.config.ts')];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const full = path.join(dir, f);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(f)) files.push(full);
      }
    };
    walk(path.join(repoRoot, 'src'));
    const own = new Set(['networks.ts']);
    const copies: string[] = [];
    for (const file of files) {
      if (own.has(path.basename(file))) continue;
      const text = readFileSync(file, 'utf8');
      for (const n of NETWORKS) {
        // A label as a string of its own ('Bluesky'), or a site pattern, is a hand-kept copy.
        if (n.label.length > 1 && text.includes(`'${n.label}'`))
          copies.push(`${file}: '${n.label}'`);
        for (const site of n.sites) if (text.includes(site)) copies.push(`${file}: ${site}`);
      }
    }
    expect(copies).toEqual([]);
    expect(Object.keys(NETWORK_LABELS)).toEqual([...PLATFORM_IDS]);
  });
});
