// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BATCH_DELAY_MS, Bridge } from '../../src/content/bridge';
import { PostWatcher } from '../../src/content/watcher';
import {
  adapter,
  card,
  fakeRuntime,
  hosts,
  keysIn,
  NearObserver,
  settle,
  useWatcher,
} from './watcher-harness';
import { overlayRoot } from '../../src/content/overlay/mount';

const t = useWatcher();

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
      overlayRoot(
        document.querySelector(`article[data-id="${id}"] [data-hcp-lens-post]`)!,
      )?.querySelector('.badge') != null;
    /** A new post whose verdict has arrived (its batch has gone) but is not drawn yet. */
    const verdictWaiting = async () => {
      await settle();
      document.querySelector('main')!.insertAdjacentHTML('beforeend', card('7'));
      await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS + 10);
      expect(t.sent.some((m) => m.posts?.some((p) => p.key === 'linkedin:7'))).toBe(true);
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
    const content = () => overlayRoot(host)!.querySelector('div')!;
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
    expect(t.sent.some((m) => m.posts?.some((p) => p.key === 'linkedin:99'))).toBe(true);
  });

  it('reports the posts seen in one batched message, not one per post', async () => {
    await settle();
    const seen = t.sent.filter((m) => m.type === 'posts/seen');
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
    t.watcher.stop();
    document.body.innerHTML = `<main>${card('1')}</main>`;
    const stale = document.createElement('hcp-lens-overlay');
    stale.setAttribute('data-hcp-lens-post', 'linkedin:1');
    document.querySelector('article')!.append(stale);
    t.watcher = new PostWatcher(adapter, new Bridge(fakeRuntime(t.sent), () => undefined));
    t.watcher.start();
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
    t.watcher.stop();
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
    expect(t.sent.flatMap((m) => m.posts ?? []).map((p) => p.key)).toContain('linkedin:9');
    // An open side panel lists the posts in view: every post is watched again, and kept.
    const stopListing = t.watcher.onInView(() => undefined);
    expect(observer!.observed.size).toBe(4);
    observer!.leave(second!);
    expect(observer!.observed.has(second!)).toBe(true);
    // Side-panel mode with the panel closed: posts answered and scrolled away are let go too.
    stopListing();
    t.watcher.setInsertOverlays(false);
    await settle();
    observer!.enter(second!);
    await settle();
    observer!.leave(second!);
    expect(observer!.observed.has(second!)).toBe(false);
  });

  it('takes new rules for the whole page: old overlays out, posts the new rules find in', async () => {
    await settle();
    expect(hosts()).toHaveLength(3);
    document.body.insertAdjacentHTML('beforeend', '<section data-id="9"><p>other</p></section>');
    await settle();
    // Only sections are posts now (a user's override of the container selector).
    t.watcher.setAdapter({
      ...adapter,
      findPosts: (root) => [...root.querySelectorAll('section')],
      overlayAnchor: (el) => el.querySelector('p'),
    });
    await settle();
    expect(hosts().map((h) => h.getAttribute('data-hcp-lens-post'))).toEqual(['linkedin:9']);
  });
});
