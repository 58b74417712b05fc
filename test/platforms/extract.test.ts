import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, ADAPTERS } from '../../src/platforms/registry';
import { linkedin } from '../../src/platforms/linkedin';
import { fixtureDir, loadFixture, repoRoot } from './load-fixture';

const TSX = path.join(repoRoot, 'node_modules/.bin/tsx');
const SCRIPT = path.join(repoRoot, 'scripts/extract.ts');
const KEYS = ['key', 'platform', 'url', 'authorName', 'authorHandle', 'authorHeadline', 'text'];

function extract(...args: string[]) {
  return spawnSync(TSX, [SCRIPT, ...args], { cwd: repoRoot, encoding: 'utf8' });
}

describe('registry', () => {
  it('picks the LinkedIn adapter for LinkedIn pages, none for non-https pages', () => {
    expect(ADAPTERS).toContain(linkedin);
    expect(adapterFor(new URL('https://www.linkedin.com/feed/'))).toBe(linkedin);
    // Any other https page may be a Mastodon instance: that adapter checks the markup itself.
    expect(adapterFor(new URL('https://example.com/'))?.id).toBe('mastodon');
    expect(adapterFor(new URL('http://example.com/'))).toBeUndefined();
  });
});

describe('extract command', () => {
  it.each(['linkedin-feed', 'linkedin-feed-2026', 'mixed'])(
    'prints the posts of %s in the documented shape',
    async (name) => {
      const f = loadFixture(name);
      await f.close();
      const run = extract('--url', f.expected.url, path.join(fixtureDir, `${name}.html`));
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^\[\n {2}\{\n {4}"key"/);
      const posts = JSON.parse(run.stdout) as Record<string, unknown>[];
      expect(posts).toHaveLength(f.expected.posts.length);
      posts.forEach((p, i) => {
        const want = f.expected.posts[i];
        expect(Object.keys(p)).toEqual(KEYS);
        expect(p).toMatchObject({
          key: want?.key,
          platform: 'linkedin',
          url: want?.url,
          authorName: want?.authorName,
          authorHandle: '',
          authorHeadline: want?.authorHeadline,
          text: want?.text,
        });
      });
    },
    30_000,
  );

  it.each([
    ['x', 'x-home'],
    ['bluesky', 'bluesky-home'],
    ['mastodon', 'mastodon-home'],
    ['doximity', 'doximity-newsfeed'],
  ])(
    'prints the posts of the shared %s page as expected',
    async (platform, name) => {
      const dir = path.join(repoRoot, 'test/fixtures', platform);
      const f = loadFixture(name, dir);
      await f.close();
      const run = extract('--url', f.expected.url, path.join(dir, `${name}.html`));
      expect(run.status).toBe(0);
      const posts = JSON.parse(run.stdout) as Record<string, unknown>[];
      expect(posts.map((p) => p.key)).toEqual(f.expected.posts.map((p) => p.key));
      posts.forEach((p, i) => {
        const { corpusId: _c, ...want } = f.expected.posts[i] ?? { key: '' };
        expect(p).toMatchObject({ platform, authorHandle: '', ...want });
      });
    },
    30_000,
  );

  it.each([
    ['an unknown address', ['--url', 'http://example.com/', path.join(fixtureDir, 'mixed.html')]],
    ['a missing file', ['--url', 'https://www.linkedin.com/feed/', '/nonexistent/page.html']],
    ['no --url', [path.join(fixtureDir, 'mixed.html')]],
    ['a bad --url', ['--url', 'not a url', path.join(fixtureDir, 'mixed.html')]],
  ])(
    'exits 2 with a message on stderr for %s',
    (_label, args) => {
      const run = extract(...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^extract: /);
    },
    30_000,
  );
});
