import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import type { Broadcast } from '../../src/messages';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const sender: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };
const now = () => new Date('2026-11-24T10:00:00Z');

beforeEach(() => {
  db = new LensDb(`handlers-${++n}`);
});
afterEach(() => db.delete());

function setup() {
  const broadcasts: Broadcast[] = [];
  const classify = vi.fn((input: { authorName: string }) =>
    verdict({ isHcp: input.authorName.includes('MD') }),
  );
  const handlers = createHandlers({ db, now, classify, broadcast: (b) => broadcasts.push(b) });
  return { handlers, broadcasts, classify };
}

describe('background handlers', () => {
  it('classifies posts seen, stores them, and answers with their verdicts', async () => {
    const { handlers, classify } = setup();
    const { views } = await handlers['posts/seen'](
      {
        type: 'posts/seen',
        posts: [snapshot('1', { authorName: 'Ana Ruiz, MD' }), snapshot('2', { authorName: 'Bo' })],
      },
      sender,
    );
    expect(classify).toHaveBeenCalledTimes(2);
    expect(views.map((v) => v.post.verdict.isHcp)).toEqual([true, false]);
    expect(await db.posts.count()).toBe(2);
  });

  it('tells every tab about an annotation change', async () => {
    const { handlers, broadcasts } = setup();
    await handlers['posts/seen']({ type: 'posts/seen', posts: [snapshot('1')] }, sender);
    const { view } = await handlers['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:1', patch: { category: 'creating' } },
      sender,
    );
    expect(view.annotation?.category).toBe('creating');
    expect(broadcasts).toEqual([{ type: 'annotation/changed', key: 'linkedin:1', view }]);
  });

  it('exports the session’s tagged posts as CSV and counts its rows', async () => {
    const { handlers } = setup();
    await handlers['posts/seen'](
      { type: 'posts/seen', posts: [snapshot('1'), snapshot('2')] },
      sender,
    );
    await handlers['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:2', patch: { flagged: true } },
      sender,
    );
    const out = await handlers['export/csv']({ type: 'export/csv', scope: 'session' }, sender);
    expect(out.rows).toBe(1);
    expect(out.filename).toBe('hcp-lens-session-2026-11-24T1000Z.csv');
    expect(out.csv.split('\r\n')[1]).toMatch(/^linkedin:2,linkedin,/);
  });
});

describe('marking an author', () => {
  it('makes every post by that author follow the mark, and says so', async () => {
    const { handlers, broadcasts } = setup();
    const a1 = snapshot('1', {
      authorName: 'Sam Reed',
      authorProfileUrl: 'https://www.linkedin.com/in/samreed/',
    });
    const a2 = snapshot('2', {
      authorName: 'Sam Reed',
      authorProfileUrl: 'https://www.linkedin.com/in/samreed/',
    });
    const other = snapshot('3', { authorName: 'Ana Ruiz' });
    await handlers['posts/seen']({ type: 'posts/seen', posts: [a1, a2, other] }, sender);
    const { views } = await handlers['author/mark'](
      { type: 'author/mark', post: a1, isHcp: true },
      sender,
    );
    expect(views.map((v) => [v.post.key, v.post.verdict.isHcp]).sort()).toEqual([
      ['linkedin:1', true],
      ['linkedin:2', true],
    ]);
    expect(views[0]!.post.verdict.signals[0]!.label).toBe('You marked this author as an HCP');
    expect(broadcasts.map((b) => (b.type === 'annotation/changed' ? b.key : '')).sort()).toEqual([
      'linkedin:1',
      'linkedin:2',
    ]);
    // Posts seen later by the same author follow too; other authors do not.
    const later = await handlers['posts/seen'](
      {
        type: 'posts/seen',
        posts: [snapshot('4', { authorProfileUrl: 'https://www.linkedin.com/in/samreed' }), other],
      },
      sender,
    );
    expect(later.views.map((v) => v.post.verdict.isHcp)).toEqual([true, false]);
    await handlers['author/mark']({ type: 'author/mark', post: a1, isHcp: null }, sender);
    const again = await handlers['posts/seen']({ type: 'posts/seen', posts: [a1] }, sender);
    expect(again.views[0]!.post.verdict.authorMarked).toBeUndefined();
  });

  it('keeps the mark when the author later shows a new headline', async () => {
    const { handlers } = setup();
    const profileUrl = 'https://www.linkedin.com/in/samreed/';
    const first = snapshot('1', { authorProfileUrl: profileUrl, authorHeadline: 'Writer' });
    await handlers['posts/seen']({ type: 'posts/seen', posts: [first] }, sender);
    await handlers['author/mark']({ type: 'author/mark', post: first, isHcp: true }, sender);
    const renamed = snapshot('2', { authorProfileUrl: profileUrl, authorHeadline: 'Editor' });
    const { views } = await handlers['posts/seen'](
      { type: 'posts/seen', posts: [renamed] },
      sender,
    );
    expect(views[0]!.post.verdict.isHcp).toBe(true);
    expect(views[0]!.post.verdict.authorMarked).toBe(true);
    expect((await db.authors.toArray()).map((a) => [a.headline, a.hcpOverride])).toEqual([
      ['Editor', true],
    ]);
  });
});

describe('Mastodon authors', () => {
  /** The same handle, `@ana`, on two instances: two different people. */
  const on = (host: string, id: string, over: Parameters<typeof snapshot>[1] = {}) =>
    snapshot(id, {
      key: `mastodon:${host}/${id}`,
      platform: 'mastodon',
      url: `https://${host}/@ana/${id}`,
      authorName: 'Ana',
      authorHandle: '@ana',
      authorHeadline: '',
      authorProfileUrl: `https://${host}/@ana`,
      ...over,
    });
  const mastodonTab: Sender = { id: 'ext', url: 'https://med.social/home' };

  it("keeps one instance's bio and the user's mark off a same-named account elsewhere", async () => {
    const classify = vi.fn((input: { authorHeadline: string }) =>
      verdict({ isHcp: input.authorHeadline.includes('Oncologist') }),
    );
    const handlers = createHandlers({ db, now, classify, broadcast: () => undefined });
    const seen = async (post: ReturnType<typeof on>) =>
      (await handlers['posts/seen']({ type: 'posts/seen', posts: [post] }, mastodonTab)).views[0]!;

    // The oncologist's bio, shown on med.social, is remembered for her later bare posts there…
    await seen(on('med.social', '1', { authorHeadline: 'Oncologist at City Hospital' }));
    expect((await seen(on('med.social', '2'))).post.verdict.isHcp).toBe(true);
    // …and seen from another instance, where the page names her in full, too.
    const remote = on('other.social', '3', {
      authorHandle: '@ana@med.social',
      authorProfileUrl: 'https://other.social/@ana@med.social',
    });
    expect((await seen(remote)).post.verdict.isHcp).toBe(true);
    // Not for other.social's own @ana.
    expect((await seen(on('other.social', '4'))).post.verdict.isHcp).toBe(false);

    await handlers['author/mark'](
      { type: 'author/mark', post: on('other.social', '4'), isHcp: true },
      mastodonTab,
    );
    await handlers['author/mark'](
      { type: 'author/mark', post: on('med.social', '2'), isHcp: false },
      mastodonTab,
    );
    expect((await seen(on('other.social', '5'))).post.verdict.isHcp).toBe(true);
    expect((await seen(on('med.social', '6'))).post.verdict.isHcp).toBe(false);
  });
});
