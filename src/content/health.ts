import type { PlatformId } from '../platforms/types';

/** How long a page may show feed-like content without a post found before detection is degraded. */
export const DEGRADED_AFTER_MS = 10_000;
/** A page keeps reporting that posts are found at most this often. */
export const OK_REPORT_EVERY_MS = 60_000;
/**
 * Pages of any network that list people, jobs or messages, never posts: finding none there is
 * not a sign of a changed layout.
 */
const NO_POSTS_PATH =
  /^\/(mynetwork|jobs|messaging|messages|notifications|settings|preferences|search\/results\/people|i\/|compose|chat)/;

/** What the content script tells the background about the adapter on this page (`health/report`). */
export interface HealthReport {
  type: 'health/report';
  platform: PlatformId;
  host: string;
  status: 'ok' | 'degraded';
  at: string;
  lastMatchedAt?: string;
}

/**
 * Whether the page looks like a feed, so finding no post there means the adapter no longer knows
 * the markup. Platform-agnostic and cheap: it runs once per page, after the page has had time
 * to load. Either a few list or article items, or a page several screens tall with many links and
 * a lot of text.
 */
export function looksLikeFeed(doc: Document, win: Window = window): boolean {
  if (doc.querySelectorAll('article, [role="article"], [role="listitem"]').length >= 3) return true;
  const height = doc.documentElement?.scrollHeight ?? 0;
  if (height <= 2 * win.innerHeight) return false;
  if (doc.querySelectorAll('a[href]').length < 20) return false;
  let text = 0;
  for (const el of doc.querySelectorAll('p, span, div')) {
    // Only leaf-ish blocks: an element's own text nodes, so nested text is not counted twice.
    for (const n of el.childNodes) if (n.nodeType === 3) text += n.nodeValue?.trim().length ?? 0;
    if (text >= 2000) return true;
  }
  return false;
}

/**
 * Watches one page for whether its adapter finds posts: after {@link DEGRADED_AFTER_MS} on
 * feed-like content with none found it reports 'degraded'; once posts are found it reports 'ok'
 * (again at most once a minute while they keep being found). SPA navigation restarts the clock.
 */
export class HealthProbe {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private found = false;
  /** Posts the adapter last read near the viewport; the watcher only reports changes. */
  private current = 0;
  private lastStatus: HealthReport['status'] | undefined;
  private lastOkAt = -Infinity;
  private href: string;
  private readonly onNavigate = () => this.navigated();

  constructor(
    private platform: PlatformId,
    /** Post containers the adapter finds in the page now (asked once per page, at the check). */
    private countPosts: () => number,
    private report: (r: HealthReport) => void,
    private win: Window = window,
    private now: () => number = Date.now,
  ) {
    this.href = win.location.href;
  }

  start(): void {
    this.win.addEventListener('popstate', this.onNavigate);
    this.nav()?.addEventListener('navigatesuccess', this.onNavigate);
    this.restart();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.win.removeEventListener('popstate', this.onNavigate);
    this.nav()?.removeEventListener('navigatesuccess', this.onNavigate);
  }

  /** The number of posts the adapter read just now (e.g. the posts near the viewport). */
  seen(count: number): void {
    // A history change the events missed (pushState) still restarts the clock.
    if (this.win.location.href !== this.href) this.navigated();
    this.current = count;
    if (count <= 0) return;
    this.found = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    if (this.lastStatus === 'ok' && now - this.lastOkAt < OK_REPORT_EVERY_MS) return;
    this.lastOkAt = now;
    this.send('ok', now);
  }

  /** A new page in the same document: it gets its own 10 seconds. */
  navigated(): void {
    this.href = this.win.location.href;
    this.restart();
  }

  private restart(): void {
    this.found = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), DEGRADED_AFTER_MS);
  }

  private check(): void {
    this.timer = undefined;
    if (this.found || this.current > 0 || this.lastStatus === 'degraded') return;
    if (NO_POSTS_PATH.test(this.win.location.pathname) || this.countPosts() > 0) return;
    if (looksLikeFeed(this.win.document, this.win)) this.send('degraded', this.now());
  }

  private send(status: HealthReport['status'], now: number): void {
    this.lastStatus = status;
    const at = new Date(now).toISOString();
    this.report({
      type: 'health/report',
      platform: this.platform,
      host: this.win.location.host,
      status,
      at,
      ...(status === 'ok' ? { lastMatchedAt: at } : {}),
    });
  }

  private nav(): EventTarget | undefined {
    return (this.win as { navigation?: EventTarget }).navigation;
  }
}
