import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBroadcast, TAB_GATHER_MS } from '../../src/background/broadcast';
import { createHandlers } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { MAX_KEYS_PER_TAB, TabPosts, type TabPostsStore } from '../../src/background/tab-posts';
import { LensDb } from '../../src/db';
import type { Broadcast } from '../../src/messages';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const now = () => new Date('2026-11-24T10:00:00Z');
const tab = (id: number): Sender => ({
  id: 'ext',
  url: 'https://www.linkedin.com/feed/',
  tab: { id },
});
const dashboard: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
const settle = () => new Promise((r) => setTimeout(r, TAB_GATHER_MS * 3));

beforeEach(() => {
  db = new LensDb(`broadcast-${++n}`);
});
afterEach(() => db.delete());

function setup(tabPosts = new TabPosts()) {
  const toPages: Broadcast[] = [];
  const toTabs: [number, Broadcast][] = [];
  const broadcast = createBroadcast(
    {
      sendToPages: async (m) => toPages.push(m),
      // Three tabs of supported sites are open.
      siteTabs: async () => [1, 2, 3],
      sendToTab: async (id, m) => toTabs.push([id, m]),
    },
    tabPosts,
  );
  const handlers = createHandlers({
    db,
    now,
    classify: vi.fn(() => verdict()),
    broadcast,
    seenInTab: (id, keys) => tabPosts.report(id, keys),
  });
  const notes = () =>
    toTabs.flatMap(([id, m]) =>
      m.type === 'annotation/changed'
        ? [[id, (m.view as { annotation: { note: string } | null }).annotation?.note ?? '']]
        : [],
    );
  return { handlers, broadcast, tabPosts, toPages, toTabs, notes };
}

describe('annotation broadcasts', () => {
  it('sends a post’s change, note included, only to the tabs that reported that post', async () => {
    const { handlers, toPages, notes } = setup();
    await handlers['posts/seen'](
      { type: 'posts/seen', posts: [snapshot('1'), snapshot('2')] },
      tab(1),
    );
    await handlers['posts/seen']({ type: 'posts/seen', posts: [snapshot('3')] }, tab(2));
    await handlers['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:1', patch: { note: 'call Dr. Ruiz re: trial' } },
      tab(1),
    );
    // The dashboard changes a post only tab 2 shows.
    await handlers['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:3', patch: { note: 'KOL, tier 1' } },
      dashboard,
    );
    await settle();
    expect(notes()).toEqual([
      [1, 'call Dr. Ruiz re: trial'],
      [2, 'KOL, tier 1'],
    ]);
    // The extension's own pages (popup, dashboard, side panel) get every change.
    expect(toPages.map((m) => m.type === 'annotation/changed' && m.key)).toEqual([
      'linkedin:1',
      'linkedin:3',
    ]);
  });

  it('forgets a closed or reloaded tab; a tab that annotates a post is sent its changes', async () => {
    const { handlers, tabPosts, notes } = setup();
    await handlers['posts/seen']({ type: 'posts/seen', posts: [snapshot('1')] }, tab(1));
    tabPosts.forget(1);
    await handlers['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:1', patch: { note: 'first' } },
      dashboard,
    );
    await settle();
    await handlers['annotation/set'](
      { type: 'annotation/set', key: 'linkedin:1', patch: { note: 'second' } },
      tab(3),
    );
    await settle();
    expect(notes()).toEqual([[3, 'second']]);
  });

  it('still tells every site tab about settings and storage', async () => {
    const { broadcast, toTabs } = setup();
    broadcast({ type: 'storage/ready' });
    await settle();
    expect(toTabs.map(([id]) => id)).toEqual([1, 2, 3]);
  });
});

describe('TabPosts', () => {
  it('survives a restart of the background through its store', async () => {
    let saved: Record<string, string[]> | undefined;
    const store: TabPostsStore = { load: async () => saved, save: async (v) => void (saved = v) };
    new TabPosts(store).report(7, ['linkedin:1']);
    await expect.poll(() => saved, { timeout: 3_000 }).toEqual({ 7: ['linkedin:1'] });
    const restarted = new TabPosts(store);
    expect(await restarted.tabsFor('linkedin:1')).toEqual([7]);
    expect(await restarted.tabsFor('linkedin:2')).toEqual([]);
  });

  it('keeps the posts a tab reported last when a long feed passes the limit', async () => {
    const posts = new TabPosts();
    posts.report(1, ['first']);
    posts.report(
      1,
      Array.from({ length: MAX_KEYS_PER_TAB }, (_, i) => `k${i}`),
    );
    expect(await posts.tabsFor('first')).toEqual([]);
    expect(await posts.tabsFor(`k${MAX_KEYS_PER_TAB - 1}`)).toEqual([1]);
  });
});
