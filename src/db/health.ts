import { PLATFORM_IDS, type PlatformId } from '../platforms/types';
import { z } from '../shared/zod';
import type { LensDb } from './schema';

/**
 * Whether post detection works on one site (network + host), as its pages last reported. Kept in
 * the key-value `settings` table under `health:<platform>:<host>`; times are UTC ISO 8601.
 */
export const siteHealthSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  host: z.string(),
  /** 'degraded': a page looked like a feed for 10 s and the adapter found no post in it. */
  status: z.enum(['ok', 'degraded']),
  /** When the adapter last found posts on this site; null if it never did. */
  lastMatchedAt: z.string().nullable(),
  /** When a page of this site last reported. */
  lastCheckedAt: z.string(),
  /** Posts refused because one page reported more new posts a minute than a person can read. */
  refusedPosts: z.number().int().min(0).default(0),
  /** When posts were last refused so; null if never. */
  refusedAt: z.string().nullable().default(null),
  /**
   * The last failure to fetch authors' public bios for this site (background/bio-fetcher.ts),
   * until a fetch succeeds again: posts are then judged without those bios.
   */
  bioFetchFailure: z
    .object({ at: z.string(), reason: z.string().max(300) })
    .optional()
    .catch(undefined),
});

export type SiteHealth = z.infer<typeof siteHealthSchema>;

const PREFIX = 'health:';
/** Sites kept; the ones not heard from longest are dropped (Mastodon runs on any host). */
export const MAX_HEALTH_SITES = 50;

const keyOf = (platform: PlatformId, host: string) => `${PREFIX}${platform}:${host.toLowerCase()}`;

export interface HealthReportInput {
  platform: PlatformId;
  host: string;
  status: SiteHealth['status'];
  lastMatchedAt?: string;
}

/**
 * Records one page's report. The background's clock stamps it: a page's time is only trusted
 * for the last match, and never later than now.
 */
export async function recordHealth(
  db: LensDb,
  report: HealthReportInput,
  now: Date,
): Promise<SiteHealth> {
  const key = keyOf(report.platform, report.host);
  return db.transaction('rw', db.settings, async () => {
    const previous = siteHealthSchema.safeParse((await db.settings.get(key))?.value);
    const matched = Date.parse(report.lastMatchedAt ?? '');
    const lastMatchedAt =
      report.status === 'ok'
        ? new Date(Number.isFinite(matched) ? Math.min(matched, now.getTime()) : now).toISOString()
        : previous.success
          ? previous.data.lastMatchedAt
          : null;
    const health: SiteHealth = {
      platform: report.platform,
      host: report.host.toLowerCase(),
      status: report.status,
      lastMatchedAt,
      lastCheckedAt: now.toISOString(),
      refusedPosts: previous.success ? previous.data.refusedPosts : 0,
      refusedAt: previous.success ? previous.data.refusedAt : null,
      ...(previous.success && previous.data.bioFetchFailure
        ? { bioFetchFailure: previous.data.bioFetchFailure }
        : {}),
    };
    await db.settings.put({ key, value: health });
    if (!previous.success) await prune(db);
    return health;
  });
}

/** Counts posts refused from a page of this site (too many new ones a minute: page-budget.ts). */
export async function recordRefusedPosts(
  db: LensDb,
  site: { platform: PlatformId; host: string },
  refused: number,
  now: Date,
): Promise<SiteHealth> {
  const key = keyOf(site.platform, site.host);
  return db.transaction('rw', db.settings, async () => {
    const previous = siteHealthSchema.safeParse((await db.settings.get(key))?.value);
    const at = now.toISOString();
    const health: SiteHealth = previous.success
      ? { ...previous.data, refusedPosts: previous.data.refusedPosts + refused, refusedAt: at }
      : {
          platform: site.platform,
          host: site.host.toLowerCase(),
          status: 'ok',
          lastMatchedAt: at,
          lastCheckedAt: at,
          refusedPosts: refused,
          refusedAt: at,
        };
    await db.settings.put({ key, value: health });
    if (!previous.success) await prune(db);
    return health;
  });
}

/**
 * Notes that fetching bios for a site failed (with why, in words for the user), or clears the
 * note once a fetch succeeds; written only when it changes. Bios are fetched only for posts a
 * page of the site found, so a site heard of here for the first time is recorded as matching.
 */
export async function noteBioFetch(
  db: LensDb,
  site: { platform: PlatformId; host: string },
  reason: string | null,
  now: Date,
): Promise<void> {
  const key = keyOf(site.platform, site.host);
  await db.transaction('rw', db.settings, async () => {
    const previous = siteHealthSchema.safeParse((await db.settings.get(key))?.value);
    if (!reason && !(previous.success && previous.data.bioFetchFailure)) return;
    const base: SiteHealth = previous.success
      ? previous.data
      : {
          platform: site.platform,
          host: site.host.toLowerCase(),
          status: 'ok',
          lastMatchedAt: now.toISOString(),
          lastCheckedAt: now.toISOString(),
          refusedPosts: 0,
          refusedAt: null,
        };
    const { bioFetchFailure: _dropped, ...rest } = base;
    const value: SiteHealth = reason
      ? { ...rest, bioFetchFailure: { at: now.toISOString(), reason: reason.slice(0, 300) } }
      : rest;
    await db.settings.put({ key, value });
    if (!previous.success) await prune(db);
  });
}

/** The stored records, newest check first: one site, one network's sites, or all of them. */
export async function readHealth(
  db: LensDb,
  filter: { platform?: PlatformId; host?: string } = {},
): Promise<SiteHealth[]> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  const host = filter.host?.toLowerCase();
  return rows
    .map((row) => siteHealthSchema.safeParse(row.value))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .filter(
      (h) => (!filter.platform || h.platform === filter.platform) && (!host || h.host === host),
    )
    .sort((a, b) => b.lastCheckedAt.localeCompare(a.lastCheckedAt));
}

async function prune(db: LensDb): Promise<void> {
  const sites = await readHealth(db);
  const stale = sites.slice(MAX_HEALTH_SITES).map((h) => keyOf(h.platform, h.host));
  if (stale.length) await db.settings.bulkDelete(stale);
}
