// Shared by the watcher's tests: a fake network, a fake IntersectionObserver, a fake background,
// and the watcher started on three posts before each test.
import { afterEach, beforeEach, vi } from 'vitest';
import { Bridge } from '../../src/content/bridge';
import { PostWatcher } from '../../src/content/watcher';
import type { PostView } from '../../src/db/records';
import type { PlatformAdapter, PostSnapshot } from '../../src/platforms/types';
import { postRecord, snapshot } from '../helpers/posts';

export type SentMessage = { type: string; posts?: PostSnapshot[] };

/** A network whose posts are `<article data-id>`; ids may be missing while a card loads. */
export const adapter: PlatformAdapter = {
  id: 'linkedin',
  matches: () => true,
  // As the adapter contract asks: the root itself counts when it is a post.
  findPosts: (root) =>
    (root as Element).matches?.('article')
      ? [root as Element]
      : [...root.querySelectorAll('article')],
  read: (el) => {
    const id = el.getAttribute('data-id');
    return id ? snapshot(id, { text: el.querySelector('p')?.textContent ?? '' }) : null;
  },
  overlayAnchor: (el) => el.querySelector('header'),
};

/** Stands in for the browser's IntersectionObserver: every observed post is near the viewport. */
export class NearObserver {
  static all = new Set<NearObserver>();
  observed = new Set<Element>();
  constructor(private cb: (entries: IntersectionObserverEntry[]) => void) {
    NearObserver.all.add(this);
  }
  observe(el: Element) {
    this.observed.add(el);
    queueMicrotask(() =>
      this.cb([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry]),
    );
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  /** The post scrolls far from the viewport. */
  leave(el: Element) {
    this.cb([{ target: el, isIntersecting: false } as unknown as IntersectionObserverEntry]);
  }
  /** The post scrolls back near the viewport. */
  enter(el: Element) {
    this.cb([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry]);
  }
  disconnect() {
    this.observed.clear();
  }
}

/** A background that answers every report with a view and records every message in `sent`. */
export function fakeRuntime(sent: SentMessage[]) {
  return {
    sendMessage: vi.fn(async (m: SentMessage): Promise<unknown> => {
      sent.push(m);
      const views: PostView[] = (m.posts ?? []).map((s) => ({
        post: { ...postRecord('x'), ...s },
        annotation: null,
      }));
      return { ok: true, data: { views } };
    }),
    onMessage: { addListener: vi.fn() },
  };
}

export const card = (id: string | null, text = `text ${id}`) =>
  `<article ${id ? `data-id="${id}"` : ''}><header>Author</header><p>${text}</p></article>`;
export const hosts = () => [...document.querySelectorAll('[data-hcp-lens-post]')];
export const keysIn = (el: Element) =>
  [...el.querySelectorAll('[data-hcp-lens-post]')].map((h) => h.getAttribute('data-hcp-lens-post'));
export const settle = () => vi.advanceTimersByTimeAsync(500);

/** The running watcher and the messages it sent; tests may replace the watcher. */
export interface WatcherHarness {
  watcher: PostWatcher;
  sent: SentMessage[];
}

/** Starts a watcher on a page of three posts before each test of the file, and stops it after. */
export function useWatcher(): WatcherHarness {
  const t = { sent: [] } as unknown as WatcherHarness;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', NearObserver);
    t.sent = [];
    document.body.innerHTML = `<main>${card('1')}${card('2')}${card('3')}</main>`;
    t.watcher = new PostWatcher(adapter, new Bridge(fakeRuntime(t.sent), () => undefined));
    t.watcher.start();
  });
  afterEach(() => {
    t.watcher.stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return t;
}
