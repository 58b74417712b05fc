/**
 * How many new posts one page may add to the database a minute. A person scrolling fast reads
 * far fewer than 300 a minute; a hostile page (a Mastodon instance is any server) can invent
 * thousands, which would fill storage and the session's counts. The excess is not stored, and
 * the page is not told (it gets its verdicts as usual); the site's health counts it.
 */
export const NEW_POSTS_PER_MINUTE = 300;
const WINDOW_MS = 60_000;

export class PageBudget {
  private readonly pages = new Map<string, { since: number; used: number }>();

  constructor(private readonly perMinute = NEW_POSTS_PER_MINUTE) {}

  /** How many of `wanted` new posts the page may store now; the rest are refused. */
  take(page: string, wanted: number, nowMs: number): number {
    this.forgetIdle(nowMs);
    let entry = this.pages.get(page);
    if (!entry || nowMs - entry.since >= WINDOW_MS) {
      entry = { since: nowMs, used: 0 };
      this.pages.set(page, entry);
    }
    const granted = Math.max(0, Math.min(wanted, this.perMinute - entry.used));
    entry.used += granted;
    return granted;
  }

  /** Closed tabs' entries do not pile up: a window that ended is forgotten. */
  private forgetIdle(nowMs: number): void {
    if (this.pages.size < 100) return;
    for (const [page, { since }] of this.pages) {
      if (nowMs - since >= WINDOW_MS) this.pages.delete(page);
    }
  }
}
