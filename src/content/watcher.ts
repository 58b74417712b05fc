import { mergeAnnotation, type PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import type { PlatformAdapter, PostSnapshot } from '../platforms/types';
import type { Bridge } from './bridge';
import { ensurePlaced, isOurHost, mountOverlay, type OverlayHandle } from './overlay/mount';

/** Overlays are prepared this far before a post scrolls into view. */
const NEAR_VIEWPORT = '600px 0px';
/** Mutations are gathered for this long before one scan handles them all. */
const SCAN_DELAY_MS = 100;
/** Longest stretch spent building overlays in one frame. */
const FRAME_BUDGET_MS = 6;
/** A change the background could not save is retried with growing pauses up to this. */
const MAX_RETRY_DELAY_MS = 30_000;

interface Tracked {
  near: boolean;
  overlay?: OverlayHandle;
  snapshot?: PostSnapshot;
}

interface PostState {
  view: PostView | null;
  error: string | null;
  /** The post as last read from the page; sent with annotations so the text can be kept. */
  snapshot: PostSnapshot;
  /** The user's changes not yet saved: kept and retried until the background accepts them. */
  pending?: AnnotationPatch;
  retries: number;
  /** Text last reported, so a card whose text loads late is reported (and classified) again. */
  reportedText: string | null;
}

/**
 * Finds posts as the page adds, recycles and removes them, and keeps one overlay in each post
 * container that is near the viewport. Mutation records only mark the page dirty: the work is
 * one scan per batch, and overlays are rendered only for posts about to be seen.
 */
export class PostWatcher {
  private tracked = new Map<Element, Tracked>();
  private posts = new Map<string, PostState>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly mutations: MutationObserver;
  private readonly visibility: IntersectionObserver;
  private readonly onNavigate = () => this.schedule();
  /** False in side-panel mode: posts are still read, but nothing is inserted into the page. */
  private insertOverlays = true;
  private inViewKeys = '';
  private inViewListeners = new Set<(posts: PostSnapshot[]) => void>();
  private mountQueue = new Set<Element>();
  private frame: number | undefined;

  constructor(
    private adapter: PlatformAdapter,
    private bridge: Bridge,
    private win: Window = window,
  ) {
    this.mutations = new MutationObserver((records) => {
      // Our own host insertions are not news; anything else marks the page dirty.
      if (!records.every(isOwnChange)) this.schedule();
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
    this.schedule();
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
    const state = this.posts.get(view.post.key);
    if (!state) return;
    state.view = view;
    state.error = null;
    this.renderKey(view.post.key);
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  private scan(): void {
    for (const [el, t] of this.tracked) {
      if (el.isConnected) continue;
      this.visibility.unobserve(el);
      t.overlay?.destroy();
      this.tracked.delete(el);
    }
    for (const el of this.adapter.findPosts(this.win.document)) {
      if (this.tracked.has(el)) continue;
      this.tracked.set(el, { near: false });
      this.visibility.observe(el);
    }
    // Posts in view may have been re-used for another post, finished rendering, or lost their host.
    for (const [el, t] of this.tracked) if (t.near) this.refresh(el, t);
    this.notifyInView();
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
    this.report(snapshot);
    if (!this.insertOverlays) return;
    if (t.overlay?.key === snapshot.key) {
      ensurePlaced(t.overlay, el, this.adapter.overlayAnchor(el));
    } else if (t.overlay) {
      // A recycled element: keep its host, show the new post in it.
      t.overlay.rekey(snapshot.key, this.propsFor(snapshot.key));
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
      t.overlay = mountOverlay(el, this.adapter.overlayAnchor(el), key, this.propsFor(key));
      if (performance.now() - started > FRAME_BUDGET_MS) break;
    }
    if (this.mountQueue.size > 0)
      this.frame = this.win.requestAnimationFrame(() => this.mountSome());
  }

  private report(snapshot: PostSnapshot): void {
    let state = this.posts.get(snapshot.key);
    if (state) state.snapshot = snapshot;
    if (state?.reportedText === snapshot.text) return;
    state ??= { view: null, error: null, reportedText: null, snapshot, retries: 0 };
    state.reportedText = snapshot.text;
    this.posts.set(snapshot.key, state);
    const key = snapshot.key;
    this.bridge.seen(snapshot).then(
      (view) => {
        // A change still waiting to be saved stays visible over the stored state.
        state.view = state.pending ? withPatch(view, state.pending) : view;
        if (!state.pending) state.error = null;
        this.renderKey(key);
      },
      (error: Error) => {
        state.error = `HCP Lens could not save this post: ${error.message}`;
        // Reported again on the next scan, once the background is back.
        state.reportedText = null;
        this.renderKey(key);
      },
    );
  }

  /** Shows the change at once, then saves it; a failed save is kept and retried, never dropped. */
  private patch(key: string, patch: AnnotationPatch): void {
    const state = this.posts.get(key);
    if (!state?.view) return;
    state.view = withPatch(state.view, patch);
    state.pending = { ...state.pending, ...patch };
    this.renderKey(key);
    if (state.retries === 0) this.save(key);
  }

  private save(key: string): void {
    const state = this.posts.get(key);
    const patch = state?.pending;
    if (!state || !patch) return;
    state.pending = undefined;
    this.bridge.annotate(state.snapshot, patch).then(
      (view) => {
        state.retries = 0;
        if (state.pending) this.save(key);
        else this.applyView(view);
      },
      (error: Error) => {
        // Newer edits made meanwhile win over the ones that failed.
        state.pending = { ...patch, ...state.pending };
        state.error = `Not saved yet (${error.message}). Retrying…`;
        this.renderKey(key);
        const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** state.retries++);
        setTimeout(() => this.save(key), delay);
      },
    );
  }

  private propsFor(key: string) {
    const state = this.posts.get(key);
    return {
      view: state?.view ?? null,
      error: state?.error ?? null,
      onPatch: (p: AnnotationPatch) => this.patch(key, p),
    };
  }

  private renderKey(key: string): void {
    for (const t of this.tracked.values()) {
      if (t.overlay?.key === key) t.overlay.update(this.propsFor(key));
    }
  }
}

function withPatch(view: PostView, patch: AnnotationPatch): PostView {
  const { key } = view.post;
  const at = new Date().toISOString();
  return { ...view, annotation: mergeAnnotation(view.annotation, patch, key, at, 0) };
}

/** A mutation that only inserted one of our own hosts. A host removed by the page is news. */
function isOwnChange(r: MutationRecord): boolean {
  if (r.type !== 'childList' || r.removedNodes.length > 0) return false;
  for (const n of r.addedNodes) if (!isOurHost(n)) return false;
  return true;
}
