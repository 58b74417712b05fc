import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { PURGE_ALARM, schedulePurge } from '../../src/background/history';
import type { Sender } from '../../src/background/router';
import { LensDb, readHealth } from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
let clock: number;
const now = () => new Date(clock);
const DAY = 86_400_000;

beforeEach(() => {
  db = new LensDb(`history-${++n}`);
  clock = Date.parse('2026-11-01T09:00:00Z');
});
afterEach(() => db.delete());

const mastodonTab = (id: number): Sender => ({
  id: 'ext',
  url: 'https://evil.social/home',
  tab: { id },
});
const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
const fake = (i: number) =>
  snapshot(`${i}`, {
    key: `mastodon:evil.social/${i}`,
    platform: 'mastodon',
    url: `https://evil.social/@bot${i}/${i}`,
    authorHandle: `@bot${i}`,
    authorHeadline: `Board-certified oncologist #${i}`,
  });

function setup() {
  return createHandlers({ db, now, classify: () => verdict(), broadcast: () => undefined });
}

describe('a page flooding HCP Lens with posts', () => {
  it('stores at most 300 new posts a minute from one tab, answers all, and counts the rest', async () => {
    const handlers = setup();
    const report = (tab: number, from: number, count: number) =>
      handlers['posts/seen'](
        {
          type: 'posts/seen',
          posts: Array.from({ length: count }, (_, i) => fake(from + i)),
        },
        mastodonTab(tab),
      );
    let answered = 0;
    for (let batch = 0; batch < 4; batch++) {
      answered += (await report(1, batch * 100, 100)).views.length;
    }
    expect(answered).toBe(400);
    expect(await db.posts.count()).toBe(300);
    // Nor are the bios of the posts left out remembered.
    expect(await db.authors.count()).toBe(300);
    // Posts already stored are not new: seeing them again is not refused.
    await report(1, 0, 100);
    const [health] = await readHealth(db, { platform: 'mastodon', host: 'evil.social' });
    expect(health).toMatchObject({ refusedPosts: 100 });
    const summary = await handlers['session/summary']({ type: 'session/summary' }, page);
    expect(summary.postsSeen).toBe(300);

    // Another tab has its own budget; this one a new one a minute later.
    await report(2, 1000, 50);
    expect(await db.posts.count()).toBe(350);
    clock += 61_000;
    await report(1, 2000, 10);
    expect(await db.posts.count()).toBe(360);

    // The user can still tag a post that was refused: their action stores it.
    const { view } = await handlers['annotation/set'](
      { type: 'annotation/set', key: fake(399).key, patch: { flagged: true }, post: fake(399) },
      mastodonTab(1),
    );
    expect(view.annotation?.flagged).toBe(true);
  }, 20_000);
});

describe('retention', () => {
  it('purges at start-up and on its daily alarm, by the period the user set', async () => {
    const handlers = setup();
    await handlers['posts/seen']({ type: 'posts/seen', posts: [snapshot('1')] }, mastodonTab(1));
    let fire: (alarm: { name: string }) => void = () => undefined;
    const alarms = {
      create: vi.fn(),
      onAlarm: { addListener: (cb: typeof fire) => void (fire = cb) },
    };

    clock += 29 * DAY;
    await schedulePurge(db, alarms, { now });
    expect(await db.posts.count()).toBe(1);
    expect(alarms.create).toHaveBeenCalledWith(
      PURGE_ALARM,
      expect.objectContaining({ periodInMinutes: 1440 }),
    );

    clock += 2 * DAY;
    fire({ name: 'another-alarm' });
    fire({ name: PURGE_ALARM });
    await vi.waitFor(async () => expect(await db.posts.count()).toBe(0));
  });

  it('applies a shorter period as soon as the user chooses it', async () => {
    const handlers = setup();
    await handlers['posts/seen']({ type: 'posts/seen', posts: [snapshot('1')] }, mastodonTab(1));
    clock += 10 * DAY;
    const saved = await handlers['settings/set'](
      { type: 'settings/set', patch: { retentionDays: 7 } },
      page,
    );
    expect(saved.retentionDays).toBe(7);
    expect(await db.posts.count()).toBe(0);
  });
});
