import { describe, expect, it } from 'vitest';
import { bluesky } from '../../src/platforms/bluesky';
import { describeOwnFixtures, describeSharedFixture, fixture, readAll } from './shared-fixture';

describeSharedFixture(bluesky, 'bluesky', 'bluesky-home');
describeOwnFixtures(bluesky, 'bluesky', ['repost-quote']);

describe('Bluesky reposts, quotes and handles', () => {
  it('keys a repost by the original; the reposter is context, localised or not', () => {
    const [en, es] = readAll(bluesky, fixture('bluesky', 'repost-quote'));
    expect(en).toMatchObject({ authorName: 'Dr. Hana Ito', context: 'Reposted by Max Weber' });
    expect(es).toMatchObject({ authorName: 'Dr. Hana Ito', context: 'Repostado por Lucía' });
  });

  it('keeps the quoting text only; the quoted post is not a post', () => {
    const posts = readAll(bluesky, fixture('bluesky', 'repost-quote'));
    expect(posts[2]?.text).toBe(
      'Important, but the absolute risk reduction is small. Read the supplement.',
    );
    expect(posts.some((p) => p?.authorHandle === 'journalwatch.bsky.social')).toBe(false);
  });

  it('keys by handle even when the post link carries a DID', () => {
    const post = readAll(bluesky, fixture('bluesky', 'repost-quote'))[3];
    expect(post?.key).toBe('bluesky:oddhandle.example/3ldid0000001');
  });

  it('matches bsky.app only', () => {
    expect(bluesky.matches(new URL('https://bsky.app/'))).toBe(true);
    expect(bluesky.matches(new URL('https://bsky.app.evil.com/'))).toBe(false);
  });
});
