import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { classify } from '../../src/classify';
import { LensDb } from '../../src/db';
import type { PostView } from '../../src/db/records';
import type { Broadcast } from '../../src/messages';
import type { PostSnapshot } from '../../src/platforms/types';
import { bskyPost, FakeProfiles, ManualClock, mastoPost } from '../helpers/fake-profiles';

let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`fetched-bios-${++n}`);
});
afterEach(() => db.delete());

const onBluesky: Sender = { id: 'ext', url: 'https://bsky.app/' };
const onMastodon: Sender = { id: 'ext', url: 'https://med-mastodon.com/home' };
const FETCHED = "Bio fetched from Bluesky's public profile";
const DAY = 24 * 60 * 60 * 1000;

function setup() {
  const api = new FakeProfiles();
  api.bluesky.set('sam.bsky.social', 'Paediatric ICU nurse at Riverside Children’s Hospital');
  const clock = new ManualClock();
  const broadcasts: Broadcast[] = [];
  const handlers = createHandlers({
    db,
    now: clock.now,
    classify,
    broadcast: (b) => broadcasts.push(b),
    fetch: api.fetch,
    setTimer: clock.setTimer,
  });
  const see = async (posts: PostSnapshot[], sender = onBluesky) =>
    (await handlers['posts/seen']({ type: 'posts/seen', posts }, sender)).views;
  const changed = () =>
    broadcasts.flatMap((b) => (b.type === 'annotation/changed' ? [b.view as PostView] : []));
  return { api, clock, handlers, see, changed };
}

const labels = (v: PostView | undefined) => v?.post.verdict.signals.map((s) => s.label) ?? [];

describe('bios fetched where the timeline shows none', () => {
  it('judges the post in view again with the fetched bio, and says so', async () => {
    const { api, see, changed } = setup();
    const [first] = await see([bskyPost('sam.bsky.social', 'p1')]);
    // Name and text alone: not an HCP.
    expect(first?.post.verdict.isHcp).toBe(false);
    await vi.waitFor(() => expect(changed()).toHaveLength(1));
    const again = changed()[0]!;
    expect(again.post.key).toBe('bluesky:sam.bsky.social/p1');
    expect(again.post.verdict).toMatchObject({ isHcp: true, specialty: 'nursing' });
    expect(labels(again)).toContain(FETCHED);
    expect((await db.posts.get('bluesky:sam.bsky.social/p1'))?.verdict.isHcp).toBe(true);
    expect(api.requests).toHaveLength(1);
  });

  it("judges the author's later posts with it, without asking again within 7 days", async () => {
    const { api, clock, see, changed } = setup();
    await see([bskyPost('sam.bsky.social', 'p1')]);
    await vi.waitFor(() => expect(changed()).toHaveLength(1));
    clock.advance(6 * DAY);
    const [later] = await see([bskyPost('sam.bsky.social', 'p2')]);
    expect(later?.post.verdict.isHcp).toBe(true);
    expect(labels(later)).toContain(FETCHED);
    expect(api.requests).toHaveLength(1);

    // After 7 days the bio is no longer used, and the profile is asked again.
    clock.advance(1 * DAY);
    const [stale] = await see([bskyPost('sam.bsky.social', 'p3')]);
    expect(labels(stale)).not.toContain(FETCHED);
    await vi.waitFor(() => expect(changed()).toHaveLength(2));
    expect(api.requests).toHaveLength(2);
  });

  it('asks nothing for authors already known, or whose posts show a bio', async () => {
    const { api, see } = setup();
    // A profile page showed Ana's bio earlier: author memory has it.
    await see([{ ...bskyPost('ana.bsky.social', 'p0'), authorHeadline: 'Oncology pharmacist' }]);
    const views = await see([
      bskyPost('ana.bsky.social', 'p1'),
      { ...bskyPost('bo.bsky.social'), authorHeadline: 'Dad, runner' },
      // X is not asked: its API is not public.
      { ...bskyPost('cy'), key: 'x:1', platform: 'x', url: 'https://x.com/cy/status/1' },
    ]);
    expect(labels(views[0])).toContain('Bio remembered from an earlier page');
    await new Promise((r) => setTimeout(r, 20));
    expect(api.requests).toHaveLength(0);
  });

  it('fetches nothing while the privacy setting is off', async () => {
    const { api, handlers, see } = setup();
    expect((await handlers['settings/get']({ type: 'settings/get' }, onBluesky)).fetchBios).toBe(
      true,
    );
    await handlers['settings/set']({ type: 'settings/set', patch: { fetchBios: false } }, {});
    const [view] = await see([bskyPost('sam.bsky.social', 'p1')]);
    await new Promise((r) => setTimeout(r, 20));
    expect(api.requests).toHaveLength(0);
    expect(view?.post.verdict.isHcp).toBe(false);
  });

  it('uses the Mastodon instance the page is on, and labels the bio with it', async () => {
    const { api, see, changed } = setup();
    api.mastodon.set(
      'https://med-mastodon.com',
      new Map([['kiran', { note: '<p>Cardiologist. Views my own.</p>' }]]),
    );
    await see([mastoPost('med-mastodon.com', 'kiran')], onMastodon);
    await vi.waitFor(() => expect(changed()).toHaveLength(1));
    expect(api.requests.map((r) => r.url.href)).toEqual([
      'https://med-mastodon.com/api/v1/accounts/lookup?acct=kiran',
    ]);
    expect(changed()[0]!.post.verdict).toMatchObject({ isHcp: true, specialty: 'cardiology' });
    expect(labels(changed()[0])).toContain(
      'Bio fetched from the public profile on med-mastodon.com',
    );
  });

  it('a failed fetch leaves the verdict as it was and shows in the site health', async () => {
    const { api, handlers, see, changed } = setup();
    api.mode = 'http-500';
    const [view] = await see([bskyPost('sam.bsky.social', 'p1')]);
    await vi.waitFor(async () => {
      const { sites } = await handlers['health/get'](
        { type: 'health/get', platform: 'bluesky', host: 'bsky.app' },
        {},
      );
      expect(sites[0]?.bioFetchFailure?.reason).toBe('the server answered HTTP 500');
    });
    expect(view?.post.verdict.isHcp).toBe(false);
    expect(changed()).toHaveLength(0);
  });

  it('forgetting an author forgets the bio fetched for them', async () => {
    const { handlers, see, changed } = setup();
    await see([bskyPost('sam.bsky.social', 'p1')]);
    await vi.waitFor(() => expect(changed()).toHaveLength(1));
    expect(await db.fetchedBios.count()).toBe(1);
    await handlers['authors/forget']({ type: 'authors/forget' }, {});
    expect(await db.fetchedBios.count()).toBe(0);
  });
});
