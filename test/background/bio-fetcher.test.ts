import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BioFetcher,
  MAX_REQUESTS_PER_MINUTE,
  PAUSE_AFTER_FAILURE_MS,
} from '../../src/background/bio-fetcher';
import { LensDb, readHealth, type FetchedBioRecord } from '../../src/db';
import { authorKeyOf } from '../../src/platforms/author';
import type { PostSnapshot } from '../../src/platforms/types';
import { bskyPost, FakeProfiles, ManualClock, mastoPost } from '../helpers/fake-profiles';

let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`bio-fetcher-${++n}`);
});
afterEach(() => db.delete());

/** Lets the requests started so far reach the server (each first reads the off switch). */
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(enabled = () => true) {
  const api = new FakeProfiles();
  const clock = new ManualClock();
  const arrived: { bios: FetchedBioRecord[]; waiting: PostSnapshot[] }[] = [];
  const fetcher = new BioFetcher({
    db,
    fetch: api.fetch,
    now: clock.now,
    setTimer: clock.setTimer,
    enabled: async () => enabled(),
    arrived: async (bios, waiting) => void arrived.push({ bios, waiting }),
  });
  const want = (p: PostSnapshot, page = 'https://bsky.app/') =>
    fetcher.want(p, authorKeyOf(p), page);
  return { api, clock, fetcher, arrived, want };
}

describe('fetching public bios', () => {
  it('asks Bluesky for up to 25 authors a request, one request at a time', async () => {
    const { api, fetcher, want } = setup();
    api.hold = true;
    for (let i = 0; i < 60; i++) want(bskyPost(`a${i}.bsky.social`));
    await tick();
    // The first request is under way; the other authors wait for it to finish.
    expect(api.requests).toHaveLength(1);
    api.hold = false;
    api.release();
    await fetcher.settled();
    const sizes = api.to('public.api.bsky.app').map((u) => u.searchParams.getAll('actors').length);
    expect(sizes).toEqual([25, 25, 10]);
    expect(api.maxOpenPerHost.get('public.api.bsky.app')).toBe(1);
    // Only the handles go out, and no cookie.
    expect(api.requests[0]!.url.searchParams.getAll('actors')[0]).toBe('a0.bsky.social');
    expect(api.requests.every((r) => r.credentials === 'omit')).toBe(true);
    expect(await db.fetchedBios.count()).toBe(60);
  });

  it('sends at most 30 requests a minute, and the rest once the minute has passed', async () => {
    const { api, clock, fetcher, want } = setup();
    const page = 'https://med-mastodon.com/home';
    for (let i = 0; i < 40; i++) want(mastoPost('med-mastodon.com', `user${i}`), page);
    // One request in flight per site: let each finish before the next starts.
    await fetcher.settled();
    expect(api.requests).toHaveLength(MAX_REQUESTS_PER_MINUTE);
    clock.advance(59_000);
    await fetcher.settled();
    expect(api.requests).toHaveLength(MAX_REQUESTS_PER_MINUTE);
    clock.advance(1_000);
    await fetcher.settled();
    expect(api.requests).toHaveLength(40);
    expect(api.maxOpenPerHost.get('med-mastodon.com')).toBe(1);
  });

  it('lets Bluesky and a Mastodon instance each have one request under way', async () => {
    const { api, fetcher, want } = setup();
    api.hold = true;
    want(bskyPost('ana.bsky.social'));
    want(bskyPost('bo.bsky.social'));
    want(mastoPost('med-mastodon.com', 'kiran'), 'https://med-mastodon.com/home');
    want(mastoPost('med-mastodon.com', 'sven'), 'https://med-mastodon.com/home');
    await tick();
    // Authors seen while a site's request is under way wait for it.
    want(bskyPost('cy.bsky.social'));
    want(mastoPost('med-mastodon.com', 'ines'), 'https://med-mastodon.com/home');
    await tick();
    expect(api.requests.map((r) => r.url.host)).toEqual([
      'public.api.bsky.app',
      'med-mastodon.com',
    ]);
    api.hold = false;
    api.release();
    await fetcher.settled();
    expect(api.to('med-mastodon.com')).toHaveLength(3);
    expect(api.to('public.api.bsky.app')).toHaveLength(2);
    expect(api.maxOpenPerHost.get('med-mastodon.com')).toBe(1);
    expect(api.maxOpenPerHost.get('public.api.bsky.app')).toBe(1);
  });

  it('asks for an author once while their request waits or runs, and keeps each post in view', async () => {
    const { api, fetcher, arrived, want } = setup();
    api.bluesky.set('ana.bsky.social', 'ICU nurse');
    api.hold = true;
    want(bskyPost('ana.bsky.social', 'p1'));
    want(bskyPost('ana.bsky.social', 'p1'));
    await tick();
    // Ana's request is under way: a later post of hers waits for its answer.
    want(bskyPost('ana.bsky.social', 'p2'));
    api.hold = false;
    api.release();
    await fetcher.settled();
    const asked = api.requests.flatMap((r) => r.url.searchParams.getAll('actors'));
    expect(asked).toEqual(['ana.bsky.social']);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.bios).toMatchObject([
      { authorKey: 'bluesky:@ana.bsky.social', bio: 'ICU nurse' },
    ]);
    expect(arrived[0]!.waiting.map((p) => p.key)).toEqual([
      'bluesky:ana.bsky.social/p1',
      'bluesky:ana.bsky.social/p2',
    ]);
  });

  it('looks a Mastodon author up on the instance of the page only, reading note and fields', async () => {
    const { api, fetcher, want } = setup();
    api.mastodon.set(
      'https://med-mastodon.com',
      new Map([
        [
          'sven@nurses.social',
          {
            note: '<p>District nurse &amp; educator</p><p>Oslo</p>',
            fields: [{ name: 'Work', value: '<a href="https://x">Oslo kommune</a>' }],
          },
        ],
      ]),
    );
    want(mastoPost('med-mastodon.com', '@sven@nurses.social'), 'https://med-mastodon.com/home');
    // A page on another host cannot have a post of this instance looked up there.
    want(mastoPost('med-mastodon.com', 'kiran'), 'https://evil.example/home');
    want(mastoPost('med-mastodon.com', 'kiran'), 'http://med-mastodon.com/home');
    await fetcher.settled();
    expect(api.requests.map((r) => r.url.href)).toEqual([
      'https://med-mastodon.com/api/v1/accounts/lookup?acct=sven%40nurses.social',
    ]);
    expect(await db.fetchedBios.get('mastodon:@sven@nurses.social')).toMatchObject({
      bio: 'District nurse & educator Oslo · Work: Oslo kommune',
      source: 'med-mastodon.com',
    });
  });

  it('keeps "no such account" as an empty bio, not as a failure', async () => {
    const { api, fetcher, want } = setup();
    want(mastoPost('med-mastodon.com', 'gone'), 'https://med-mastodon.com/home');
    await fetcher.settled();
    expect(api.requests).toHaveLength(1);
    expect(await db.fetchedBios.get('mastodon:@gone@med-mastodon.com')).toMatchObject({ bio: '' });
    expect(await readHealth(db)).toEqual([]);
  });

  it.each([
    ['http-500', 'the server answered HTTP 500'],
    ['http-429', 'the server asked to slow down (HTTP 429)'],
    ['offline', 'the server could not be reached'],
    ['not-json', 'the answer was not JSON'],
    ['wrong-shape', 'the answer was not a profile HCP Lens can read'],
    ['huge', 'the answer was larger than 512 KB'],
  ] as const)(
    'a failure (%s) is noted in the site health, pauses that site, and clears on success',
    async (mode, reason) => {
      const { api, clock, fetcher, want } = setup();
      api.mode = mode;
      want(bskyPost('ana.bsky.social'));
      await fetcher.settled();
      expect(await readHealth(db, { platform: 'bluesky', host: 'bsky.app' })).toMatchObject([
        { status: 'ok', bioFetchFailure: { reason, at: clock.now().toISOString() } },
      ]);
      expect(await db.fetchedBios.count()).toBe(0);

      api.mode = 'ok';
      want(bskyPost('bo.bsky.social'));
      await fetcher.settled();
      expect(api.requests).toHaveLength(1);
      clock.advance(PAUSE_AFTER_FAILURE_MS);
      await fetcher.settled();
      expect(api.requests).toHaveLength(2);
      const [health] = await readHealth(db, { platform: 'bluesky', host: 'bsky.app' });
      expect(health?.bioFetchFailure).toBeUndefined();
    },
  );

  it('sends nothing more once the user has turned fetching off', async () => {
    let on = true;
    const { api, fetcher, want } = setup(() => on);
    api.hold = true;
    want(mastoPost('med-mastodon.com', 'kiran'), 'https://med-mastodon.com/home');
    want(mastoPost('med-mastodon.com', 'sven'), 'https://med-mastodon.com/home');
    await tick();
    on = false;
    api.hold = false;
    api.release();
    await fetcher.settled();
    // The switch is read again before each request: Sven's, waiting behind Kiran's, never went.
    expect(api.requests.map((r) => r.url.searchParams.get('acct'))).toEqual(['kiran']);
    on = true;
    want(bskyPost('ana.bsky.social'));
    await fetcher.settled();
    expect(api.requests).toHaveLength(2);
  });
});
