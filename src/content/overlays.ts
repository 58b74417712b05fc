import type { OverlayProps } from '../ui/Overlay';
import { ensurePlaced, mountOverlay, type OverlayHandle } from './overlay/mount';

/** Longest stretch spent building overlays in one animation frame. */
const FRAME_BUDGET_MS = 6;
/**
 * Drawing waits this long to gather work, so hosts coming into view are drawn in a few frames
 * rather than one frame each: every frame that changes the page costs a paint of the page.
 * The user's own actions do not wait.
 */
const GATHER_MS = 150;
/**
 * While the page keeps scrolling, drawing waits up to this long for the page's own next change
 * (see `withPageChange`), checking again every `GATHER_MS`. Hosts are prepared 1,000 px before
 * they come into view, so at up to 1,600 px/s a bar is drawn before its post is seen.
 */
const SCROLLING_WAIT_MS = 600;
/** The page counts as scrolling when it scrolled within this long. */
const SCROLL_QUIET_MS = 100;
/**
 * A host near the viewport is drawn when its verdict arrives (one layout, not one for "Reading
 * post…" and another for the verdict), or after this long without one.
 */
const VERDICT_WAIT_MS = 400;

/** Where a post's host goes: the container, and the element it follows (if any). */
export type AnchorOf = (container: Element) => Element | null;

/**
 * The overlays in the page: at most one host per post container, and an index from post key to
 * the hosts showing it, so a verdict or a change from another tab re-renders only those.
 *
 * Placing a host and drawing its content are separate. Hosts are placed in the same task as the
 * page's own change when the caller's time allows (so the browser lays the page out once for
 * both), and drawn only near the viewport, preferably with the page's next change as well. A
 * host's size is fixed, so drawing it never moves the page. What does not fit is done in the next
 * animation frames, a few milliseconds at a time.
 */
export class Overlays {
  private byContainer = new Map<Element, OverlayHandle>();
  private byKey = new Map<string, Set<OverlayHandle>>();
  /** Hosts to place: container → key, and whether to draw it. */
  private toPlace = new Map<Element, { key: string; draw: boolean }>();
  /** Hosts to draw or re-render with their post's current state. */
  private toDraw = new Set<OverlayHandle>();
  /** Hosts to draw as soon as their post's verdict is known, and since when they wait. */
  private waiting = new Map<OverlayHandle, number>();
  private waitTimer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private gather: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest queued draw was queued, and when the page last scrolled. */
  private queuedAt = 0;
  private scrolledAt = 0;
  private listening = false;
  private readonly onScroll = () => {
    this.scrolledAt = performance.now();
  };

  constructor(
    private readonly win: Window,
    private readonly props: (key: string) => OverlayProps,
    private readonly anchorOf: AnchorOf,
    private readonly trustedOnly: boolean,
  ) {}

  /**
   * Listens for scrolling once there are hosts to draw (never in side-panel mode): every scroll
   * event calls into this script. Capture: the page may scroll an element of its own.
   */
  private listenToScroll(): void {
    if (this.listening) return;
    this.listening = true;
    this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  has(container: Element): boolean {
    return this.byContainer.has(container);
  }

  /** Whether the container's host is drawn and has no draw left to do. */
  settled(container: Element): boolean {
    const handle = this.byContainer.get(container);
    return !!handle?.drawn && !this.toDraw.has(handle) && !this.waiting.has(handle);
  }

  /**
   * Shows post `key` in `container`, drawn (`draw`) or only placed. A recycled cell keeps its host
   * and shadow root. Work is done now until `deadline` (a `performance.now()` time), else later.
   */
  show(container: Element, key: string, draw: boolean, deadline = 0): void {
    const handle = this.byContainer.get(container);
    if (!handle) {
      if (performance.now() < deadline) this.mount(container, key, draw);
      else {
        const queued = this.toPlace.get(container);
        this.toPlace.set(container, { key, draw: draw || (queued?.draw ?? false) });
        this.requestFrame();
      }
      return;
    }
    const recycled = handle.key !== key;
    if (recycled) {
      this.unindex(handle);
      handle.rekey(key);
      this.index(handle);
      this.toDraw.delete(handle);
      // The new post waits its own time for its verdict: inheriting the old post's wait would
      // draw "Reading post…" at once and then the verdict, two renders where one would do.
      this.waiting.delete(handle);
    }
    ensurePlaced(handle, container, () => this.anchorOf(container));
    if ((draw && !handle.drawn) || (recycled && handle.drawn)) this.drawSoon(handle, deadline);
  }

  /**
   * Re-renders every drawn host showing this post, and draws those waiting for it: in the next
   * frames, a few milliseconds at a time, so a batch of verdicts is never one long task.
   */
  render(key: string, now = false): void {
    const handles = this.byKey.get(key);
    if (!handles) return;
    for (const h of handles) {
      const wasWaiting = this.waiting.delete(h);
      if (h.drawn || wasWaiting) this.toDraw.add(h);
    }
    this.requestFrame(now);
  }

  private drawSoon(handle: OverlayHandle, deadline: number): void {
    const props = this.props(handle.key);
    if (!props.view && !props.error) {
      if (!this.waiting.has(handle)) this.waiting.set(handle, performance.now());
      this.waitTimer ??= setTimeout(() => this.drawWaiting(), VERDICT_WAIT_MS);
    } else if (performance.now() < deadline) handle.update(props);
    else {
      this.toDraw.add(handle);
      this.requestFrame();
    }
  }

  /** Hosts whose verdict is slow show that they are waiting for it; the others wait on. */
  private drawWaiting(): void {
    this.waitTimer = undefined;
    const now = performance.now();
    let next = Infinity;
    for (const [h, since] of this.waiting) {
      if (now - since >= VERDICT_WAIT_MS) {
        this.toDraw.add(h);
        this.waiting.delete(h);
      } else next = Math.min(next, since + VERDICT_WAIT_MS - now);
    }
    if (next < Infinity) this.waitTimer = setTimeout(() => this.drawWaiting(), next);
    this.requestFrame();
  }

  remove(container: Element): void {
    this.toPlace.delete(container);
    const handle = this.byContainer.get(container);
    if (!handle) return;
    this.byContainer.delete(container);
    this.toDraw.delete(handle);
    this.waiting.delete(handle);
    this.unindex(handle);
    handle.destroy();
  }

  /** Takes everything out and stops listening to the page. */
  dispose(): void {
    this.clear();
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.listening = false;
  }

  clear(): void {
    if (this.frame !== undefined) this.win.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    clearTimeout(this.gather);
    this.gather = undefined;
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    this.toPlace.clear();
    this.toDraw.clear();
    this.waiting.clear();
    for (const container of [...this.byContainer.keys()]) this.remove(container);
  }

  private mount(container: Element, key: string, draw: boolean): void {
    this.listenToScroll();
    const handle = mountOverlay(container, this.anchorOf(container), key, null, this.trustedOnly);
    this.byContainer.set(container, handle);
    this.index(handle);
    if (draw) this.drawSoon(handle, Infinity);
  }

  private requestFrame(now = false): void {
    if (this.frame !== undefined) return;
    if (now) {
      clearTimeout(this.gather);
      this.gather = undefined;
      this.frame = this.win.requestAnimationFrame(() => this.doSome());
      return;
    }
    if (this.gather !== undefined) return;
    this.queuedAt = performance.now();
    this.gather = setTimeout(() => this.gathered(), GATHER_MS);
  }

  private gathered(): void {
    const now = performance.now();
    const scrolling = now - this.scrolledAt < SCROLL_QUIET_MS;
    if (scrolling && now - this.queuedAt < SCROLLING_WAIT_MS) {
      this.gather = setTimeout(() => this.gathered(), GATHER_MS);
      return;
    }
    this.gather = undefined;
    this.frame ??= this.win.requestAnimationFrame(() => this.doSome());
  }

  /**
   * The page has just changed its DOM, in its own task, so the browser lays the page out anyway:
   * hosts placed and drawn now join that layout. Drawn in a frame of their own, they would cost a
   * layout of their own, which walks the page's layout tree (scripts/bench/diag-draw-cost.ts).
   */
  withPageChange(deadline: number): void {
    if (this.toPlace.size === 0 && this.toDraw.size === 0) return;
    if (this.work(deadline)) return;
    clearTimeout(this.gather);
    this.gather = undefined;
    if (this.frame !== undefined) this.win.cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private doSome(): void {
    this.frame = undefined;
    // What did not fit goes on in the next frame.
    if (this.work(performance.now() + FRAME_BUDGET_MS)) this.requestFrame(true);
  }

  /** Places and draws what is queued until `deadline`; true if some is left. */
  private work(deadline: number): boolean {
    for (const [container, { key, draw }] of this.toPlace) {
      if (performance.now() >= deadline) break;
      this.toPlace.delete(container);
      if (container.isConnected && !this.byContainer.has(container))
        this.mount(container, key, draw);
    }
    for (const handle of this.toDraw) {
      if (performance.now() >= deadline) break;
      this.toDraw.delete(handle);
      handle.update(this.props(handle.key));
    }
    return this.toPlace.size > 0 || this.toDraw.size > 0;
  }

  private index(handle: OverlayHandle): void {
    let set = this.byKey.get(handle.key);
    if (!set) this.byKey.set(handle.key, (set = new Set()));
    set.add(handle);
  }

  private unindex(handle: OverlayHandle): void {
    const set = this.byKey.get(handle.key);
    set?.delete(handle);
    if (set?.size === 0) this.byKey.delete(handle.key);
  }
}
