// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeFailure } from '../../src/background/failure';
import { BATCH_DELAY_MS, Bridge } from '../../src/content/bridge';
import { PostWatcher } from '../../src/content/watcher';
import type { PostView } from '../../src/db/records';
import type { PlatformAdapter, PostSnapshot } from '../../src/platforms/types';
import { postRecord, snapshot } from '../helpers/posts';

/** A network whose posts are `<article data-id>`; ids may be missing while a card loads. */
const adapter: PlatformAdapter = {
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
class NearObserver {
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

let sent: { type: string; posts?: PostSnapshot[] }[];
let watcher: PostWatcher;

function fakeRuntime() {
  return {
    sendMessage: vi.fn(async (m: { type: string; posts?: PostSnapshot[] }): Promise<unknown> => {
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

type AnnotateMessage = { type: string; patch?: unknown; post?: PostSnapshot };

/**
 * Restarts the watcher (synthetic clicks allowed) on a background that answers `annotation/set`
 * with `answer`; every patch sent is recorded in `annotateCalls`.
 */
function restartWithAnnotations(answer: (m: AnnotateMessage) => unknown) {
  watcher.stop();
  const annotateCalls: unknown[] = [];
  const runtime = fakeRuntime();
  const seen = runtime.sendMessage.getMockImplementation()!;
  runtime.sendMessage.mockImplementation(async (m: AnnotateMessage) => {
    if (m.type !== 'annotation/set') return seen(m);
    annotateCalls.push(m.patch);
    return answer(m);
  });
  watcher = new PostWatcher(adapter, new Bridge(runtime, () => undefined), window, false);
  watcher.start();
  return { runtime, annotateCalls };
}

const card = (id: string | null, text = `text ${id}`) =>
  `<article ${id ? `data-id="${id}"` : ''}><header>Author</header><p>${text}</p></article>`;
const hosts = () => [...document.querySelectorAll('[data-hcp-lens-post]')];
const keysIn = (el: Element) =>
  [...el.querySelectorAll('[data-hcp-lens-post]')].map((h) => h.getAttribute('data-hcp-lens-post'));
const settle = () => vi.advanceTimersByTimeAsync(500);

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', NearObserver);
  sent = [];
  document.body.innerHTML = `<main>${card('1')}${card('2')}${card('3')}</main>`;
  watcher = new PostWatcher(adapter, new Bridge(fakeRuntime(), () => undefined));
  watcher.start();
});

afterEach(() => {
  watcher.stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('post watcher', () => {
  it('puts one overlay host, keyed by the post, right after the anchor of each post', async () => {
    await settle();
    expect(hosts()).toHaveLength(3);
    const first = document.querySelector('article')!;
    expect(
      first.querySelector('header')!.nextElementSibling?.getAttribute('data-hcp-lens-post'),
    ).toBe('linkedin:1');
  });

  it("places a new post's host in the page's own task, before any timer or frame runs", async () => {
    await settle();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', card('7'));
    // Only the microtask checkpoint that ends the page's task: no timer, no animation frame.
    await Promise.resolve();
    expect(keysIn(document.querySelector('article[data-id="7"]')!)).toEqual(['linkedin:7']);
  });

  describe('drawing a verdict', () => {
    const drawnIn = (id: string) =>
      document
        .querySelector(`article[data-id="${id}"] [data-hcp-lens-post]`)
        ?.shadowRoot?.querySelector('.badge') != null;
    /** A new post whose verdict has arrived (its batch has gone) but is not drawn yet. */
    const verdictWaiting = async () => {
      await settle();
      document.querySelector('main')!.insertAdjacentHTML('beforeend', card('7'));
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS + 10);
      expect(sent.some((m) => m.posts?.some((p) => p.key === 'linkedin:7'))).toBe(true);
      expect(drawnIn('7')).toBe(false);
    };
    const scrollFor = async (ms: number) => {
      for (let t = 0; t < ms; t += 50) {
        window.dispatchEvent(new Event('scroll'));
        await vi.advanceTimersByTimeAsync(50);
      }
    };

    it("is done with the page's next change, in the page's own task", async () => {
      await verdictWaiting();
      document.querySelector('main')!.append(document.createElement('span'));
      await Promise.resolve();
      expect(drawnIn('7')).toBe(true);
    });

    it('waits while the page scrolls, and is done soon after it stops', async () => {
      await verdictWaiting();
      await scrollFor(400);
      expect(drawnIn('7')).toBe(false);
      await vi.advanceTimersByTimeAsync(300);
      expect(drawnIn('7')).toBe(true);
    });

    it('waits no longer than 600 ms however long the page scrolls', async () => {
      await verdictWaiting();
      await scrollFor(800);
      expect(drawnIn('7')).toBe(true);
    });
  });

  it("hides a recycled cell's old verdict until the new post's verdict arrives", async () => {
    await settle();
    const cell = document.querySelector('article[data-id="1"]')!;
    const host = cell.querySelector('[data-hcp-lens-post]')!;
    const content = () => host.shadowRoot!.querySelector('div')!;
    expect(content().hidden).toBe(false);
    expect(content().querySelector('.badge')).not.toBeNull();
    // The timeline re-uses the cell for another post.
    cell.setAttribute('data-id', '99');
    cell.querySelector('p')!.textContent = 'text 99';
    await Promise.resolve();
    expect(host.getAttribute('data-hcp-lens-post')).toBe('linkedin:99');
    expect(content().hidden).toBe(true);
    await settle();
    expect(content().hidden).toBe(false);
    expect(content().querySelector('.badge')).not.toBeNull();
    expect(sent.some((m) => m.posts?.some((p) => p.key === 'linkedin:99'))).toBe(true);
  });

  it('reports the posts seen in one batched message, not one per post', async () => {
    await settle();
    const seen = sent.filter((m) => m.type === 'posts/seen');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.posts!.map((p) => p.key)).toEqual(['linkedin:1', 'linkedin:2', 'linkedin:3']);
  });

  it('gives appended posts an overlay and never a second one, however many mutations arrive', async () => {
    await settle();
    const main = document.querySelector('main')!;
    for (let i = 4; i <= 30; i++) main.insertAdjacentHTML('beforeend', card(String(i)));
    for (let i = 0; i < 20; i++) main.append(document.createElement('span'));
    await settle();
    await settle();
    expect(hosts()).toHaveLength(30);
    for (const article of document.querySelectorAll('article'))
      expect(keysIn(article)).toHaveLength(1);
  });

  it('follows a container re-used for another post: the overlay shows the post shown now', async () => {
    await settle();
    const second = document.querySelectorAll('article')[1]!;
    second.setAttribute('data-id', '99');
    second.querySelector('p')!.textContent = 'recycled';
    await settle();
    expect(keysIn(second)).toEqual(['linkedin:99']);
    expect(hosts()).toHaveLength(3);
  });

  it('waits for a card to render its id, then adds the overlay', async () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', card(null));
    await settle();
    const loading = document.querySelectorAll('article')[3]!;
    expect(keysIn(loading)).toEqual([]);
    loading.setAttribute('data-id', '4');
    loading.append(document.createElement('footer'));
    await settle();
    expect(keysIn(loading)).toEqual(['linkedin:4']);
  });

  it('puts the host back when the page re-renders the card without it', async () => {
    await settle();
    const first = document.querySelector('article')!;
    first.querySelector('[data-hcp-lens-post]')!.remove();
    await settle();
    expect(keysIn(first)).toEqual(['linkedin:1']);
  });

  it('removes a host left behind by an earlier copy of the extension', async () => {
    watcher.stop();
    document.body.innerHTML = `<main>${card('1')}</main>`;
    const stale = document.createElement('hcp-lens-overlay');
    stale.setAttribute('data-hcp-lens-post', 'linkedin:1');
    document.querySelector('article')!.append(stale);
    watcher = new PostWatcher(adapter, new Bridge(fakeRuntime(), () => undefined));
    watcher.start();
    await settle();
    expect(keysIn(document.querySelector('article')!)).toEqual(['linkedin:1']);
    expect(stale.isConnected).toBe(false);
  });

  it('stops observing posts that leave the page, and everything on stop', async () => {
    await settle();
    document.querySelector('article')!.remove();
    await settle();
    const [observer] = [...NearObserver.all].slice(-1);
    expect(observer!.observed.size).toBe(2);
    watcher.stop();
    expect(hosts()).toHaveLength(0);
  });

  it('lets go of a post scrolled away with its verdict drawn, and reads it again when it changes', async () => {
    const [observer] = [...NearObserver.all].slice(-1);
    const [first, second] = document.querySelectorAll('article');
    // Scrolled past before its verdict arrived: still watched, so it is drawn when it comes back.
    observer!.leave(first!);
    expect(observer!.observed.has(first!)).toBe(true);
    await settle();
    observer!.leave(second!);
    expect(observer!.observed.has(second!)).toBe(false);
    // The first is let go at the next scan, now that its verdict is drawn.
    document.querySelector('main')!.insertAdjacentHTML('beforeend', card('4'));
    await settle();
    expect(observer!.observed.has(first!)).toBe(false);
    // A virtualised list re-uses the element for another post: watched and read again.
    second!.setAttribute('data-id', '9');
    second!.querySelector('p')!.textContent = 'text 9';
    await settle();
    expect(observer!.observed.has(second!)).toBe(true);
    expect(keysIn(second!)).toEqual(['linkedin:9']);
    expect(sent.flatMap((m) => m.posts ?? []).map((p) => p.key)).toContain('linkedin:9');
    // An open side panel lists the posts in view: every post is watched again, and kept.
    const stopListing = watcher.onInView(() => undefined);
    expect(observer!.observed.size).toBe(4);
    observer!.leave(second!);
    expect(observer!.observed.has(second!)).toBe(true);
    // Side-panel mode with the panel closed: posts answered and scrolled away are let go too.
    stopListing();
    watcher.setInsertOverlays(false);
    await settle();
    observer!.enter(second!);
    await settle();
    observer!.leave(second!);
    expect(observer!.observed.has(second!)).toBe(false);
  });

  it('keeps watching a post the background could not answer, and reports it again when it comes back', async () => {
    watcher.stop();
    const runtime = fakeRuntime();
    runtime.sendMessage.mockImplementation(async (m: { type: string }) => {
      sent.push(m);
      return { ok: false, error: 'QuotaExceededError: the disk is full' };
    });
    watcher = new PostWatcher(adapter, new Bridge(runtime, () => undefined));
    watcher.start();
    await settle();
    const [observer] = [...NearObserver.all].slice(-1);
    const first = document.querySelector('article')!;
    observer!.leave(first);
    expect(observer!.observed.has(first)).toBe(true);
    const reports = () => sent.flatMap((m) => m.posts ?? []).filter((p) => p.key === 'linkedin:1');
    const before = reports().length;
    observer!.enter(first);
    await settle();
    expect(reports().length).toBe(before + 1);
  });

  it('keeps a change the background could not store, shows why, and saves it on retry', async () => {
    // What the background answers when the disk is full.
    const diskFull = describeFailure(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    let failures = 2;
    const { annotateCalls } = restartWithAnnotations((m) => {
      if (failures-- > 0) return { ok: false, error: diskFull };
      const view: PostView = {
        post: { ...postRecord('x'), ...m.post! },
        annotation: {
          key: m.post!.key,
          category: null,
          tags: [],
          flagged: true,
          note: '',
          collections: [],
          annotatedAt: '',
          sessionId: 1,
        },
      };
      return { ok: true, data: { view } };
    });
    await settle();
    const host = document.querySelector('[data-hcp-lens-post="linkedin:1"]')!;
    const flag = () => host.shadowRoot!.querySelector<HTMLButtonElement>('button.flag')!;
    // The pointer comes onto the bar: its controls open.
    host.shadowRoot!.querySelector('.lens')!.dispatchEvent(new Event('pointerenter'));
    await vi.advanceTimersByTimeAsync(250);
    flag().click();
    await vi.advanceTimersByTimeAsync(20);
    // Shown as flagged in the next frame, with the reason it is not stored yet.
    expect(flag().getAttribute('aria-pressed')).toBe('true');
    expect(host.shadowRoot!.querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved yet. Browser storage is full (QuotaExceededError): free some disk space on ' +
        'this computer. Retrying…',
    );
    await vi.advanceTimersByTimeAsync(5000);
    expect(annotateCalls).toEqual([{ flagged: true }, { flagged: true }, { flagged: true }]);
    expect(host.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(flag().getAttribute('aria-pressed')).toBe('true');
  });

  it('saves a held change as soon as the background says storage is back, not at the next retry', async () => {
    let blocked = true;
    const { runtime, annotateCalls } = restartWithAnnotations((m) => {
      if (blocked) return { ok: false, error: 'Database upgrade is waiting' };
      const view: PostView = { post: { ...postRecord('x'), ...m.post! }, annotation: null };
      return { ok: true, data: { view } };
    });
    await settle();
    const host = document.querySelector('[data-hcp-lens-post="linkedin:1"]')!;
    host.shadowRoot!.querySelector('.lens')!.dispatchEvent(new Event('pointerenter'));
    await vi.advanceTimersByTimeAsync(250);
    host.shadowRoot!.querySelector<HTMLButtonElement>('button.flag')!.click();
    // Refused twice: the next retry is 2 s away.
    await vi.advanceTimersByTimeAsync(1100);
    expect(annotateCalls).toHaveLength(2);
    blocked = false;
    const deliver = runtime.onMessage.addListener.mock.calls[0]![0] as (m: unknown) => void;
    deliver({ type: 'storage/ready' });
    await vi.advanceTimersByTimeAsync(10);
    expect(annotateCalls).toHaveLength(3);
    expect(host.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    // The retry that was due finds nothing left to save.
    await vi.advanceTimersByTimeAsync(5000);
    expect(annotateCalls).toHaveLength(3);
  });

  it('takes new rules for the whole page: old overlays out, posts the new rules find in', async () => {
    await settle();
    expect(hosts()).toHaveLength(3);
    document.body.insertAdjacentHTML('beforeend', '<section data-id="9"><p>other</p></section>');
    await settle();
    // Only sections are posts now (a user's override of the container selector).
    watcher.setAdapter({
      ...adapter,
      findPosts: (root) => [...root.querySelectorAll('section')],
      overlayAnchor: (el) => el.querySelector('p'),
    });
    await settle();
    expect(hosts().map((h) => h.getAttribute('data-hcp-lens-post'))).toEqual(['linkedin:9']);
  });
});
