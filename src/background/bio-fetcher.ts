import { noteBioFetch, storeBios, type FetchedBioRecord, type LensDb } from '../db';
import type { PostSnapshot } from '../platforms/types';
import { z } from '../shared/zod';
import { t } from '../shared/i18n';
import {
  BioFetchError,
  BLUESKY_BATCH,
  blueskyActor,
  blueskyUrl,
  fetchJson,
  mastodonAcct,
  mastodonUrl,
  MAX_ANSWER_BYTES,
  readBlueskyAnswer,
  readMastodonAnswer,
} from './bio-sources';

/** Requests to every profile API together, in any 60 s. */
export const MAX_REQUESTS_PER_MINUTE = 30;
/** A site whose request failed is not asked again for this long. */
export const PAUSE_AFTER_FAILURE_MS = 5 * 60_000;
/** Authors waiting per site; the ones waiting longest (scrolled past) are dropped first. */
export const MAX_QUEUED_PER_SITE = 500;
/** Posts in view kept per waiting author, to be judged again when the bio arrives. */
const MAX_WAITING_POSTS = 5;
const MINUTE = 60_000;

export interface BioFetcherDeps {
  db: LensDb;
  fetch: typeof fetch;
  now: () => Date;
  /** Calls `fn` after `ms` (tests pass a clock they move by hand). */
  setTimer: (fn: () => void, ms: number) => void;
  /** The user's off switch, read again before every request. */
  enabled: () => Promise<boolean>;
  /** Bios just stored, and the posts seen meanwhile that lacked them (to be judged again). */
  arrived: (bios: FetchedBioRecord[], waiting: PostSnapshot[]) => Promise<void>;
}

/** One profile API: Bluesky's, or one Mastodon instance's. */
interface Site {
  platform: 'bluesky' | 'mastodon';
  /** The host its site health is kept under: `bsky.app`, or the instance's. */
  host: string;
  /** The Mastodon instance's origin, to which its lookups go. */
  origin: string;
  /** Author key → the actor (Bluesky) or account (Mastodon) to ask for, oldest first. */
  queue: Map<string, string>;
  busy: boolean;
  pausedUntil: number;
}

/**
 * Fetches the public bios of Bluesky and Mastodon authors whose posts show none, in the
 * background, politely: Bluesky's authors 25 to a request, at most 30 requests a minute in all,
 * never two at once to one site, a pause after a failure. Each author is asked once while a
 * request for them waits or runs; what arrives is kept 7 days (db/bios.ts), so the caller asks
 * only for authors it has no fresh bio for. A failure is noted in the site's health and
 * otherwise ignored: posts are judged without the bio.
 */
export class BioFetcher {
  private sites = new Map<string, Site>();
  /** Start times of the requests of the last minute. */
  private starts: number[] = [];
  private waiting = new Map<string, PostSnapshot[]>();
  private inFlight = new Set<string>();
  private running = new Set<Promise<void>>();
  private wakeAt = Infinity;
  private pumpSoon = false;

  constructor(private deps: BioFetcherDeps) {}

  /**
   * Asks for the bio of this post's author, unless it is already asked for. `pageUrl`: the page
   * the post was read on; a Mastodon author is looked up on that instance only, and only when the
   * post belongs to it.
   */
  want(post: PostSnapshot, authorKey: string, pageUrl: string | undefined): void {
    const site = this.siteFor(post, pageUrl);
    const id =
      post.platform === 'bluesky'
        ? blueskyActor(post.authorHandle)
        : mastodonAcct(post.authorHandle);
    if (!site || !id) return;
    const posts = this.waiting.get(authorKey) ?? [];
    if (posts.length < MAX_WAITING_POSTS && !posts.some((p) => p.key === post.key))
      posts.push(post);
    this.waiting.set(authorKey, posts);
    if (this.inFlight.has(authorKey) || site.queue.has(authorKey)) return;
    if (site.queue.size >= MAX_QUEUED_PER_SITE) {
      const [oldest] = site.queue.keys();
      if (oldest !== undefined) {
        site.queue.delete(oldest);
        this.waiting.delete(oldest);
      }
    }
    site.queue.set(authorKey, id);
    // Started once the caller's batch of posts is queued, so their authors share a request.
    if (!this.pumpSoon) {
      this.pumpSoon = true;
      queueMicrotask(() => {
        this.pumpSoon = false;
        this.pump();
      });
    }
  }

  /** Drops everything waiting (the user turned fetching off); a request under way finishes. */
  clear(): void {
    for (const site of this.sites.values()) site.queue.clear();
    this.waiting.clear();
  }

  /** Resolves once no request is under way (tests). */
  async settled(): Promise<void> {
    for (;;) {
      await Promise.resolve();
      if (this.running.size) await Promise.all([...this.running]);
      else if (!this.pumpSoon) return;
    }
  }

  private siteFor(post: PostSnapshot, pageUrl: string | undefined): Site | null {
    if (post.platform === 'bluesky') return this.site('bluesky', 'bsky.app', '');
    if (post.platform !== 'mastodon' || !pageUrl) return null;
    let page: URL;
    try {
      page = new URL(pageUrl);
    } catch {
      return null;
    }
    // Keys are `mastodon:<the instance's host>/<id>`: the post must be this instance's.
    if (page.protocol !== 'https:' || !post.key.startsWith(`mastodon:${page.host}/`)) return null;
    return this.site('mastodon', page.host, page.origin);
  }

  private site(platform: Site['platform'], host: string, origin: string): Site {
    const key = `${platform}:${origin}`;
    let site = this.sites.get(key);
    if (!site) {
      site = { platform, host, origin, queue: new Map(), busy: false, pausedUntil: 0 };
      this.sites.set(key, site);
    }
    return site;
  }

  /** Starts what the limits allow now, and sets a timer for what they hold back. */
  private pump(): void {
    const now = this.deps.now().getTime();
    this.starts = this.starts.filter((t) => now - t < MINUTE);
    for (const site of this.sites.values()) {
      if (site.busy || !site.queue.size) continue;
      if (site.pausedUntil > now) {
        this.wake(site.pausedUntil, now);
        continue;
      }
      if (this.starts.length >= MAX_REQUESTS_PER_MINUTE) {
        this.wake(this.starts[0]! + MINUTE, now);
        return;
      }
      this.starts.push(now);
      site.busy = true;
      const run = this.run(site).finally(() => {
        this.running.delete(run);
        site.busy = false;
        this.pump();
      });
      this.running.add(run);
    }
  }

  private wake(at: number, now: number): void {
    if (at >= this.wakeAt) return;
    this.wakeAt = at;
    this.deps.setTimer(
      () => {
        this.wakeAt = Infinity;
        this.pump();
      },
      Math.max(0, at - now),
    );
  }

  private async run(site: Site): Promise<void> {
    const size = site.platform === 'bluesky' ? BLUESKY_BATCH : 1;
    const batch = [...site.queue].slice(0, size);
    for (const [authorKey] of batch) {
      site.queue.delete(authorKey);
      this.inFlight.add(authorKey);
    }
    let bios: FetchedBioRecord[];
    try {
      if (!(await this.deps.enabled())) return this.clear();
      const found = await this.ask(site, batch);
      const fetchedAt = this.deps.now().toISOString();
      bios = batch.map(([authorKey, id]) => ({
        authorKey,
        platform: site.platform,
        source: site.host,
        bio: found.get(id) ?? '',
        fetchedAt,
      }));
      await storeBios(this.deps.db, bios, this.deps.now());
    } catch (error) {
      // Their posts keep the verdict they have; the authors are asked again when seen again.
      for (const [authorKey] of batch) this.waiting.delete(authorKey);
      site.pausedUntil = this.deps.now().getTime() + PAUSE_AFTER_FAILURE_MS;
      await this.note(site, failureReason(error));
      return;
    } finally {
      for (const [authorKey] of batch) this.inFlight.delete(authorKey);
    }
    const waiting = batch.flatMap(([authorKey]) => this.waiting.get(authorKey) ?? []);
    for (const [authorKey] of batch) this.waiting.delete(authorKey);
    await this.note(site, null);
    await this.deps
      .arrived(bios, waiting)
      .catch((e: unknown) => console.warn('HCP Lens: judging posts with fetched bios', e));
  }

  /** The bio of each actor or account asked for; '' where the profile has none. */
  private async ask(site: Site, batch: [string, string][]): Promise<Map<string, string>> {
    const ids = batch.map(([, id]) => id);
    if (site.platform === 'bluesky') {
      const json = await fetchJson(this.deps.fetch, blueskyUrl(ids), MAX_ANSWER_BYTES.bluesky);
      return readBlueskyAnswer(json, ids);
    }
    const acct = ids[0]!;
    // 404: no such account known to the instance; 410: suspended. Neither has a bio to give.
    const json = await fetchJson(
      this.deps.fetch,
      mastodonUrl(site.origin, acct),
      MAX_ANSWER_BYTES.mastodon,
      [404, 410],
    );
    return new Map([[acct, json === null ? '' : readMastodonAnswer(json)]]);
  }

  private async note(site: Site, reason: string | null): Promise<void> {
    await noteBioFetch(
      this.deps.db,
      { platform: site.platform, host: site.host },
      reason,
      this.deps.now(),
    ).catch(() => undefined);
  }
}

function failureReason(error: unknown): string {
  if (error instanceof BioFetchError) return error.message;
  if (error instanceof z.ZodError) return t('bg_bioNotProfile');
  return t('bg_bioFailed');
}
