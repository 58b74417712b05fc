import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressMatchesKey } from '../../src/platforms/post-address';
import type { PostSnapshot } from '../../src/platforms/types';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** Every post the adapters read from the saved pages, with its key and address. */
function fixturePosts(): PostSnapshot[] {
  return readdirSync(FIXTURES).flatMap((site) =>
    readdirSync(join(FIXTURES, site))
      .filter((f) => f.endsWith('.expected.json'))
      .flatMap((f) => {
        const parsed = JSON.parse(readFileSync(join(FIXTURES, site, f), 'utf8')) as {
          posts?: PostSnapshot[];
        };
        // Some expectations leave the platform out: it is the key's prefix.
        return (parsed.posts ?? []).map((p) => ({
          ...p,
          platform: p.platform ?? (p.key.split(':')[0] as PostSnapshot['platform']),
        }));
      }),
  );
}

describe("a post's address belongs to its key", () => {
  it('holds for every post read from the saved pages of each network', () => {
    const posts = fixturePosts();
    expect(new Set(posts.map((p) => p.platform))).toEqual(
      new Set(['linkedin', 'x', 'bluesky', 'doximity', 'mastodon']),
    );
    for (const post of posts) expect(addressMatchesKey(post), post.key).toBe(true);
  });

  it.each([
    [
      'another site',
      'x',
      'x:1790000000000000001',
      'https://evil.example/x/status/1790000000000000001',
    ],
    [
      'another post',
      'x',
      'x:1790000000000000001',
      'https://x.com/someone/status/1790000000000000002',
    ],
    ['plain http', 'x', 'x:1790000000000000001', 'http://x.com/someone/status/1790000000000000001'],
    ['a script', 'linkedin', 'linkedin:7', 'javascript:alert(1)'],
    [
      'a lookalike host',
      'linkedin',
      'linkedin:7',
      'https://www.linkedin.com.evil.example/feed/update/urn:li:activity:7/',
    ],
    [
      'another LinkedIn post',
      'linkedin',
      'linkedin:7',
      'https://www.linkedin.com/feed/update/urn:li:activity:8/',
    ],
    ['another instance', 'mastodon', 'mastodon:med.social/1234', 'https://evil.social/@ana/1234'],
    [
      'another network',
      'x',
      'bluesky:ana.bsky.social/3k',
      'https://bsky.app/profile/ana.bsky.social/post/3k',
    ],
    [
      'another Bluesky author',
      'bluesky',
      'bluesky:ana.bsky.social/3k',
      'https://bsky.app/profile/eve.bsky.social/post/3k',
    ],
    [
      'a Doximity page that is not the post',
      'doximity',
      'doximity:42',
      'https://www.doximity.com/profiles/42',
    ],
  ] as const)('is refused for %s', (_why, platform, key, url) => {
    expect(addressMatchesKey({ platform, key, url })).toBe(false);
  });

  it("accepts the forms each network's links take", () => {
    const ok = [
      [
        'linkedin',
        'linkedin:ugcPost:99',
        'https://www.linkedin.com/feed/update/urn:li:ugcPost:99/',
      ],
      ['x', 'x:5', 'https://twitter.com/ana/status/5'],
      ['bluesky', 'bluesky:ana.bsky.social/3k', 'https://bsky.app/profile/did:plc:abc/post/3k'],
      ['mastodon', 'mastodon:med.social/1234', 'https://med.social/@ana@other.org/1234'],
    ] as const;
    for (const [platform, key, url] of ok)
      expect(addressMatchesKey({ platform, key, url })).toBe(true);
  });
});
