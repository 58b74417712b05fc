import { describe, expect, it } from 'vitest';
import { doximity } from '../../src/platforms/doximity';
import { describeOwnFixtures, describeSharedFixture, fixture, readAll } from './shared-fixture';

describeSharedFixture(doximity, 'doximity', 'doximity-newsfeed');
describeOwnFixtures(doximity, 'doximity', ['comments-sponsored']);

describe('Doximity', () => {
  it('reads the specialty line as the headline', () => {
    const [first] = readAll(doximity, fixture('doximity', 'doximity-newsfeed'));
    expect(first?.authorHeadline).toBe('Ophthalmology · Orlando, FL');
  });

  it('does not take comments for posts, nor their text, nor "See more"', () => {
    const f = fixture('doximity', 'comments-sponsored');
    const posts = readAll(doximity, f);
    expect(posts).toHaveLength(2);
    expect(posts[0]?.text).not.toMatch(/See more|We check counts/);
    expect(posts[0]?.authorName).toBe('Dr. Nora Blake');
  });

  it('marks a sponsored item promoted', () => {
    const posts = readAll(doximity, fixture('doximity', 'comments-sponsored'));
    expect(posts.map((p) => p?.promoted)).toEqual([false, true]);
  });

  it('matches www.doximity.com only', () => {
    expect(doximity.matches(new URL('https://www.doximity.com/newsfeed'))).toBe(true);
    expect(doximity.matches(new URL('https://doximity.com.evil.io/'))).toBe(false);
  });
});
