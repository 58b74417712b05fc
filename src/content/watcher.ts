import type { PostView } from '../db/records';
import type { PlatformAdapter, PostSnapshot } from '../platforms/types';
import type { Bridge } from './bridge';
import { PostStore } from './post-store';
import { ensurePlaced, isOurHost, mountOverlay, type OverlayHandle } from './overlay/mount';

const ELEMENT_NODE = 1;
/** Overlays are prepared this far before a post scrolls into view. */
const NEAR_VIEWPORT = '600px 0px';
/** Mutations are gathered for this long before one scan handles them all. */
const SCAN_DELAY_MS = 100;
/** Longest stretch spent building overlays in one frame. */
const FRAME_BUDGET_MS = 6;

interface Tracked {
  near: boolean;
  overlay?: OverlayHandle;
  snapshot?: PostSnapshot;
}

/**
 * Finds posts as the page adds, recycles and removes them, and keeps one overlay in each post
 * container that is near the viewport. Mutation records only mark the page dirty: the work is
 * one scan per batch, and overlays are rendered only for posts about to be seen.
 */
export class PostWatcher {
  private tracked = new Map<Element, Tracked>();
  private readonly store: PostStore;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mutations: MutationObserver;
  private readonly visibility: IntersectionObserver;
  private readonly onNavigate = () => this.rescan();
  /** False in side-panel mode: posts are still read, but nothing is inserted into the page. */
  private insertOverlays = true;
  private inViewKeys = '';
  private inViewListeners = new Set<(posts: PostSnapshot[]) => void>();
  private mountQueue = new Set<Element>();
  /** Where the page changed since the last scan, and what it added. */
  private changed = new Set<Node>();
  private added = new Set<Node>();
  /** The next scan looks at the whole page (start, navigation, mode change), not just changes. */
  private full = true;
  private frame: number | undefined;

  constructor(
    private adapter: PlatformAdapter,
    private bridge: Bridge,
    private win: Window = window,
    /** Ignore synthetic clicks and keys (from the page's scripts); tests that synthesise turn it off. */
    private trustedInputOnly = true,
  ) {
    this.store = new PostStore(bridge, (key) => this.renderKey(key));
    this.mutations = new MutationObserver((records) => {
      // Each record only notes where the page changed; the scan does the work, once per batch.
      let news = false;
      for (const r of records) {
        if (isOwnChange(r)) continue;
        news = true;
        this.changed.add(r.target);
        for (const n of r.addedNodes) if (n.nodeType === ELEMENT_NODE) this.added.add(n);
      }
      if (news) this.schedule();
    });
    this.visibility = new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: NEAR_VIEWPORT,
    });
  }

  start(): void {
    // Text and link changes count too: a virtualised timeline re-uses a post's element and only
    // swaps its text and links. The callback only marks the page dirty, so this stays cheap.
    this.mutations.observe(this.win.document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'data-urn', 'data-id', 'componentkey'],
    });
    // SPA navigation: history changes arrive as popstate, or as the Navigation API's events.
    this.win.addEventListener('popstate', this.onNavigate);
    const nav = (this.win as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigatesuccess', this.onNavigate);
    this.scan();
  }

  stop(): void {
    clearTimeout(this.timer);
    if (this.frame !== undefined) this.win.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.mountQueue.clear();
    this.mutations.disconnect();
    this.visibility.disconnect();
    this.win.removeEventListener('popstate', this.onNavigate);
    const nav = (this.win as { navigation?: EventTarget }).navigation;
    nav?.removeEventListener('navigatesuccess', this.onNavigate);
    for (const t of this.tracked.values()) t.overlay?.destroy();
    this.tracked.clear();
  }

  /** Switches between overlays in the page and side-panel mode, which leaves the page untouched. */
  setInsertOverlays(insert: boolean): void {
    if (insert === this.insertOverlays) return;
    this.insertOverlays = insert;
    if (!insert) {
      for (const t of this.tracked.values()) {
        t.overlay?.destroy();
        t.overlay = undefined;
      }
    }
    this.rescan();
  }

  /**
   * New site rules (the user saved or removed an override): every container is found and read
   * again with them, and the overlays of containers the old rules found are taken out.
   */
  setAdapter(adapter: PlatformAdapter): void {
    this.adapter = adapter;
    this.mountQueue.clear();
    for (const [el, t] of this.tracked) {
      this.visibility.unobserve(el);
      t.overlay?.destroy();
    }
    this.tracked.clear();
    // The whole page: containers the new rules match may be anywhere, not only in what changed.
    this.full = true;
    this.scan();
  }

  /** Posts near the viewport, in page order, each time that set changes (for the side panel). */
  onInView(listener: (posts: PostSnapshot[]) => void): () => void {
    this.inViewListeners.add(listener);
    listener(this.inView());
    return () => this.inViewListeners.delete(listener);
  }

  private inView(): PostSnapshot[] {
    const posts: PostSnapshot[] = [];
    for (const t of this.tracked.values()) if (t.near && t.snapshot) posts.push(t.snapshot);
    return posts;
  }

  private notifyInView(): void {
    if (this.inViewListeners.size === 0) return;
    const posts = this.inView();
    const keys = posts.map((p) => `${p.key}|${p.text.length}`).join(' ');
    if (keys === this.inViewKeys) return;
    this.inViewKeys = keys;
    for (const l of this.inViewListeners) l(posts);
  }

  /** A change made in another tab or page: re-render every overlay showing that post. */
  applyView(view: PostView): void {
    this.store.applyView(view);
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
    const added = [...this.added];
    const changed = this.changed;
    this.full = false;
    this.added = new Set();
    this.changed = new Set();
    for (const [el, t] of this.tracked) {
      if (el.isConnected) continue;
      this.visibility.unobserve(el);
      t.overlay?.destroy();
      this.tracked.delete(el);
    }
    // New posts can only be inside what the page added (or anywhere, on a full scan).
    const roots: ParentNode[] = full ? [this.win.document] : (added as ParentNode[]);
    for (const root of roots) {
      if (!full && !(root as Node).isConnected) continue;
      for (const el of this.adapter.findPosts(root)) {
        if (this.tracked.has(el)) continue;
        this.tracked.set(el, { near: false });
        this.visibility.observe(el);
      }
    }
    // Posts in view that changed may show another post now, have finished rendering, or have
    // lost their host: read them again. Posts that did not change are left alone.
    const touched = full ? null : this.containersOf(changed);
    for (const [el, t] of this.tracked) {
      if (t.near && (!touched || touched.has(el))) this.refresh(el, t);
    }
    this.notifyInView();
  }

  /** The tracked post containers holding any of these nodes. */
  private containersOf(nodes: Set<Node>): Set<Element> {
    const found = new Set<Element>();
    for (const node of nodes) {
      for (let p: Node | null = node; p; p = p.parentNode) {
        if (this.tracked.has(p as Element)) {
          found.add(p as Element);
          break;
        }
      }
    }
    return found;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const t = this.tracked.get(entry.target);
      if (!t) continue;
      t.near = entry.isIntersecting;
      if (t.near) this.refresh(entry.target, t);
    }
    this.notifyInView();
  }

  private refresh(el: Element, t: Tracked): void {
    const snapshot = this.adapter.read(el, new URL(this.win.location.href));
    if (!snapshot) return;
    t.snapshot = snapshot;
    this.store.report(snapshot);
    if (!this.insertOverlays) return;
    if (t.overlay?.key === snapshot.key) {
      ensurePlaced(t.overlay, el, this.adapter.overlayAnchor(el));
    } else if (t.overlay) {
      // A recycled element: keep its host, show the new post in it.
      t.overlay.rekey(snapshot.key, this.store.propsFor(snapshot.key));
      ensurePlaced(t.overlay, el, this.adapter.overlayAnchor(el));
    } else {
      this.queueMount(el);
    }
  }

  /**
   * Hosts are built in frames, a few milliseconds at a time, so a screenful of posts arriving
   * at once never becomes one long task on the page's main thread.
   */
  private queueMount(el: Element): void {
    this.mountQueue.add(el);
    this.frame ??= this.win.requestAnimationFrame(() => this.mountSome());
  }

  private mountSome(): void {
    this.frame = undefined;
    const started = performance.now();
    for (const el of this.mountQueue) {
      this.mountQueue.delete(el);
      const t = this.tracked.get(el);
      if (!t?.snapshot || t.overlay || !t.near || !this.insertOverlays || !el.isConnected) continue;
      const key = t.snapshot.key;
      t.overlay = mountOverlay(
        el,
        this.adapter.overlayAnchor(el),
        key,
        this.store.propsFor(key),
        this.trustedInputOnly,
      );
      if (performance.now() - started > FRAME_BUDGET_MS) break;
    }
    if (this.mountQueue.size > 0)
      this.frame = this.win.requestAnimationFrame(() => this.mountSome());
  }

  private renderKey(key: string): void {
    for (const t of this.tracked.values()) {
      if (t.overlay?.key === key) t.overlay.update(this.store.propsFor(key));
    }
  }
}

/** A mutation that only inserted one of our own hosts. A host removed by the page is news. */
function isOwnChange(r: MutationRecord): boolean {
  if (r.type !== 'childList' || r.removedNodes.length > 0) return false;
  for (const n of r.addedNodes) if (!isOurHost(n)) return false;
  return true;
}
