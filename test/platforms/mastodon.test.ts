import { describe, expect, it } from 'vitest';
import { mastodon } from '../../src/platforms/mastodon';
import { adapterFor } from '../../src/platforms/registry';
import { describeOwnFixtures, describeSharedFixture, fixture, readAll } from './shared-fixture';

describeSharedFixture(mastodon, 'mastodon', 'mastodon-home');
describeOwnFixtures(mastodon, 'mastodon', ['profile-dark', 'not-mastodon']);

describe('Mastodon on any host', () => {
  it('keys by the page host, in dark mode on another instance', () => {
    const posts = readAll(mastodon, fixture('mastodon', 'profile-dark'));
    expect(posts.map((p) => p?.key.split('/')[0])).toEqual(
      Array(3).fill('mastodon:mastodon.social'),
    );
  });

  it('reads a boost as the original status, with the booster as context', () => {
    const boost = readAll(mastodon, fixture('mastodon', 'profile-dark'))[1];
    expect(boost).toMatchObject({
      key: 'mastodon:mastodon.social/113600000000000002',
      authorName: 'Dr. Kofi Mensah',
      authorHandle: 'drkofi@scholar.social',
      context: 'Alex (RN) boosted',
    });
  });

  it('gives the profile bio to the profile owner only', () => {
    const posts = readAll(mastodon, fixture('mastodon', 'profile-dark'));
    expect(posts.map((p) => p?.authorHeadline !== '')).toEqual([true, false, true]);
  });

  it('finds nothing on a page without the Mastodon web UI', () => {
    const f = fixture('mastodon', 'not-mastodon');
    expect(f.document.querySelectorAll('article[data-id]')).toHaveLength(1);
    expect(mastodon.findPosts(f.document)).toEqual([]);
  });

  it('accepts any https page and comes last in the registry', () => {
    expect(mastodon.matches(new URL('https://any.example/home'))).toBe(true);
    expect(mastodon.matches(new URL('http://any.example/home'))).toBe(false);
    expect(adapterFor(new URL('https://med-mastodon.com/home'))).toBe(mastodon);
    expect(adapterFor(new URL('https://x.com/home'))?.id).toBe('x');
    expect(adapterFor(new URL('https://bsky.app/'))?.id).toBe('bluesky');
    expect(adapterFor(new URL('https://www.doximity.com/newsfeed'))?.id).toBe('doximity');
  });
});
