import type { PostView } from '../db/records';
import type { PlatformAdapter, PostSnapshot } from '../platforms/types';
import type { Bridge } from './bridge';
import { PostStore } from './post-store';
import { containersOf, isOwnChange, onNavigation } from './page-changes';
import { InViewListeners } from './in-view';
import { Overlays } from './overlays';

const ELEMENT_NODE = 1;
/** Overlays are prepared this far before a post scrolls into view. */
const NEAR_VIEWPORT = '1000px 0px';
/** Mutations are gathered for this long before one scan handles them all. */
const SCAN_DELAY_MS = 100;
/**
 * Longest stretch spent in the page's own task (the mutation callback) reading new posts and
 * building their hosts; what does not fit is done when the posts come near the viewport.
 */
const TASK_BUDGET_MS = 5;

interface Tracked {
  near: boolean;
  /**
   * Whether the IntersectionObserver watches it. A post read, answered (and drawn, with overlays)
   * and then scrolled away is let go: the observer's cost each frame grows with every post it
   * watches, and a feed keeps a thousand. A change inside the post, or an open side panel (which
   * lists the posts in view), brings it back.
   */
  observed: boolean;
  snapshot?: PostSnapshot;
  /** The page changed inside the container since it was last read. */
  stale: boolean;
}

/**
 * Finds posts as the page adds, recycles and removes them, and keeps one overlay in each post
 * container. New posts get their host in the same task as the page's own change (so the
 * browser lays the page out once for both, instead of once more per frame that inserts hosts);
 * everything else is one scan per batch of mutations, and posts are reported only when they
 * come near the viewport.
 */
export class PostWatcher {
  private tracked = new Map<Element, Tracked>();
  private readonly store: PostStore;
  private readonly overlays: Overlays;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mutations: MutationObserver;
  private readonly visibility: IntersectionObserver;
  private stopNavigation: (() => void) | undefined;
  /** False in side-panel mode: posts are still read, but nothing is inserted into the page. */
  private insertOverlays = true;
  private page: { href: string; url: URL } | undefined;
  private readonly inView = new InViewListeners(() => this.tracked.values());
  /** Containers the page changed inside since the last scan. */
  private touched = new Set<Element>();
  /** The next scan looks at the whole page (start, navigation, mode change), not just changes. */
  private full = true;

  constructor(
    private adapter: PlatformAdapter,
    private bridge: Bridge,
    private win: Window = window,
    /** Ignore synthetic clicks and keys (from the page's scripts); tests that synthesise turn it off. */
    trustedInputOnly = true,
  ) {
    this.store = new PostStore(bridge, (key, now) => this.overlays.render(key, now));
    this.overlays = new Overlays(
      win,
      (key) => this.store.propsFor(key),
      (el) => this.adapter.overlayAnchor(el),
      trustedInputOnly,
    );
    this.mutations = new MutationObserver((records) => this.onMutations(records));
    this.visibility = new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: NEAR_VIEWPORT,
    });
  }

  start(): void {
    // Text and link changes count too: a virtualised timeline re-uses a post's element and only
    // swaps its text and links.
    this.mutations.observe(this.win.document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'data-urn', 'data-id', 'componentkey'],
    });
    this.stopNavigation = onNavigation(this.win, () => this.rescan());
    this.scan();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.mutations.disconnect();
    this.visibility.disconnect();
    this.stopNavigation?.();
    this.stopNavigation = undefined;
    this.overlays.dispose();
    this.tracked.clear();
  }

  /** Switches between overlays in the page and side-panel mode, which leaves the page untouched. */
  setInsertOverlays(insert: boolean): void {
    if (insert === this.insertOverlays) return;
    this.insertOverlays = insert;
    if (!insert) this.overlays.clear();
    this.rescan();
  }

  /**
   * New site rules (the user saved or removed an override): every container is found and read
   * again with them, and the overlays of containers the old rules found are taken out.
   */
  setAdapter(adapter: PlatformAdapter): void {
    this.adapter = adapter;
    this.overlays.clear();
    for (const el of this.tracked.keys()) this.visibility.unobserve(el);
    this.tracked.clear();
    // The whole page: containers the new rules match may be anywhere, not only in what changed.
    this.full = true;
    this.scan();
  }

  /** Posts near the viewport, in page order, each time that set changes (for the side panel). */
  onInView(listener: (posts: PostSnapshot[]) => void): () => void {
    // The list needs every post near the viewport, including those let go: watch them again.
    for (const [el, t] of this.tracked) this.observe(el, t);
    return this.inView.onPosts(listener);
  }

  /** How many posts near the viewport were read, each time they may have changed. */
  onInViewCount(listener: (count: number) => void): () => void {
    return this.inView.onCount(listener);
  }

  /** A change made in another tab or page: re-render every overlay showing that post. */
  applyView(view: PostView): void {
    this.store.applyView(view);
  }

  /**
   * Runs in the page's own task, right after its change. New containers are tracked, and those
   * that time allows are read and get their host now; the rest waits for the scan.
   */
  private onMutations(records: MutationRecord[]): void {
    const targets = new Set<Node>();
    const fresh: Element[] = [];
    for (const r of records) {
      if (isOwnChange(r)) continue;
      targets.add(r.target);
      for (const n of r.addedNodes) if (n.nodeType === ELEMENT_NODE) fresh.push(n as Element);
    }
    if (targets.size === 0) return;
    const found: Element[] = [];
    for (const root of fresh) {
      if (root.isConnected) this.discover(root, found);
    }
    for (const el of containersOf(targets, (p) => this.tracked.has(p))) {
      const t = this.tracked.get(el);
      if (t) {
        t.stale = true;
        this.observe(el, t);
      }
      this.touched.add(el);
    }
    // Recycled cells and late-filled cards in view are read again now too, so their host shows
    // the new post in the same layout as the page's change.
    const deadline = performance.now() + TASK_BUDGET_MS;
    for (const el of [...found, ...this.touched]) {
      if (performance.now() >= deadline) break;
      const t = this.tracked.get(el);
      if (!t) continue;
      if (t.near) {
        this.refresh(el, t, true);
        this.touched.delete(el);
      } else if (this.insertOverlays && !this.overlays.has(el)) {
        const snapshot = this.read(el, t);
        if (snapshot) this.overlays.show(el, snapshot.key, false, Infinity);
      }
    }
    if (this.insertOverlays) this.overlays.withPageChange(deadline);
    this.schedule();
  }

  private discover(root: ParentNode, found?: Element[]): void {
    for (const el of this.adapter.findPosts(root)) {
      if (this.tracked.has(el)) continue;
      const t: Tracked = { near: false, observed: false, stale: true };
      this.tracked.set(el, t);
      this.observe(el, t);
      found?.push(el);
    }
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  /** Looks at the whole page again on the next scan. */
  rescan(): void {
    this.full = true;
    this.schedule();
  }

  private scan(): void {
    const full = this.full;
    const touched = this.touched;
    this.full = false;
    this.touched = new Set();
    for (const el of this.tracked.keys()) {
      if (el.isConnected) continue;
      this.visibility.unobserve(el);
      this.overlays.remove(el);
      this.tracked.delete(el);
    }
    if (full) this.discover(this.win.document);
    // Posts in view that changed may show another post now, have finished rendering, or have
    // lost their host: read them again. Posts that did not change are left alone. What does not
    // fit in one task's budget waits for the next scan.
    const deadline = performance.now() + TASK_BUDGET_MS;
    for (const [el, t] of this.tracked) {
      // A post scrolled past before its verdict was drawn is let go once it is.
      if (!t.near && t.observed) this.release(el, t);
      if (!t.near || !(full || touched.has(el))) continue;
      if (performance.now() < deadline) this.refresh(el, t);
      else this.touched.add(el);
    }
    if (this.touched.size > 0) this.schedule();
    this.inView.notify();
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const deadline = performance.now() + TASK_BUDGET_MS;
    for (const entry of entries) {
      const t = this.tracked.get(entry.target);
      if (!t) continue;
      t.near = entry.isIntersecting;
      if (!t.near) {
        this.release(entry.target, t);
        continue;
      }
      // Many posts arriving at once are read by the next scan rather than in one long task.
      if (performance.now() < deadline) this.refresh(entry.target, t);
      else this.touched.add(entry.target);
    }
    if (this.touched.size > 0) this.schedule();
    this.inView.notify();
  }

  private observe(el: Element, t: Tracked): void {
    if (t.observed) return;
    t.observed = true;
    this.visibility.observe(el);
  }

  /** Stops watching a post far from view that has nothing left to show (see `Tracked`). */
  private release(el: Element, t: Tracked): void {
    if (t.stale || !t.snapshot || this.inView.wantsPosts) return;
    if (!this.store.answered(t.snapshot.key)) return;
    if (this.insertOverlays && !this.overlays.settled(el)) return;
    this.visibility.unobserve(el);
    t.observed = false;
  }

  /** The page's address, parsed again only when it changed (adapters only read it). */
  private pageUrl(): URL {
    const href = this.win.location.href;
    if (this.page?.href !== href) this.page = { href, url: new URL(href) };
    return this.page.url;
  }

  /** The container's post: read again only if the page changed it since the last read. */
  private read(el: Element, t: Tracked): PostSnapshot | undefined {
    if (!t.stale && t.snapshot) return t.snapshot;
    const snapshot = this.adapter.read(el, this.pageUrl());
    if (!snapshot) return undefined;
    // A card not rendered far enough to read stays stale, so the next look reads it again.
    t.stale = false;
    t.snapshot = snapshot;
    return snapshot;
  }

  /** Reads a post near the viewport, reports it, and shows it in its host (`now`: this task). */
  private refresh(el: Element, t: Tracked, now = false): void {
    const snapshot = this.read(el, t);
    if (!snapshot) return;
    this.store.report(snapshot);
    if (this.insertOverlays) this.overlays.show(el, snapshot.key, true, now ? Infinity : 0);
  }
}
