import { useEffect, useState } from 'preact/hooks';
import type { SiteHealth } from '../db/health';
import { send, type MessageRuntime } from '../messages/protocol';
import { NETWORK_LABELS, networkOf } from '../platforms/networks';
import type { PlatformId } from '../platforms/types';
import { NEW_POSTS_PER_MINUTE } from '../background/page-budget';
import { formatNumber, t, tn } from '../shared/i18n';
import { daysAgo } from '../ui/labels';

/** A network on any host is named for the instance the tab shows. */
const siteName = (p: PlatformId): string =>
  networkOf(p).anyHost ? t('popup_thisInstance', NETWORK_LABELS[p]) : NETWORK_LABELS[p];

/** Asked again this often while the popup is open: a page reports 10 s after it opens. */
const REFRESH_MS = 3000;

/** "just now", "5 min ago", "3 h ago", "2 days ago". */
export function timeAgo(iso: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (!Number.isFinite(minutes)) return t('popup_never');
  if (minutes < 1) return t('popup_justNow');
  if (minutes < 60) return t('popup_minutesAgo', formatNumber(minutes));
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('popup_hoursAgo', formatNumber(hours));
  return daysAgo(Math.floor(hours / 24));
}

/**
 * Whether HCP Lens finds posts on the active tab's site: a warning when detection is degraded
 * (the page looks like a feed but no post is recognised), a muted line when it works.
 */
export function SiteHealthNotice({
  runtime,
  platform,
  host,
  now = Date.now,
}: {
  runtime: MessageRuntime;
  platform: PlatformId;
  host: string;
  now?: () => number;
}) {
  const [health, setHealth] = useState<SiteHealth | null>(null);

  useEffect(() => {
    const load = () =>
      send(runtime, { type: 'health/get', platform, host }).then(
        ({ sites }) => setHealth(sites[0] ?? null),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [runtime, platform, host]);

  if (!health) return null;
  const lastMatch = health.lastMatchedAt ? timeAgo(health.lastMatchedAt, now()) : t('popup_never');
  const bios = health.bioFetchFailure && (
    <BioFetchNote platform={platform} host={host} failure={health.bioFetchFailure} now={now()} />
  );
  // Recent only: a page that flooded HCP Lens an hour ago is no news now.
  const refused =
    health.refusedAt && now() - Date.parse(health.refusedAt) < 60 * 60_000 ? (
      <p class="health-warning" data-testid="health-refused">
        {tn('popup_refused', health.refusedPosts, [formatNumber(NEW_POSTS_PER_MINUTE)])}
      </p>
    ) : null;
  if (health.status === 'degraded') {
    return (
      <>
        <p class="health-warning" role="alert" data-testid="health">
          {t('popup_degraded', [siteName(platform), lastMatch])}
        </p>
        {bios}
        {refused}
      </>
    );
  }
  return (
    <>
      <p class="muted health-ok" data-testid="health">
        {t('popup_detected', lastMatch)}
      </p>
      {bios}
      {refused}
    </>
  );
}

/**
 * Fetching authors' public bios failed: posts are judged without them, which the user should know
 * (an author may show as not HCP only for want of a bio). Not an alert: nothing is broken.
 */
function BioFetchNote({
  platform,
  host,
  failure,
  now,
}: {
  platform: PlatformId;
  host: string;
  failure: NonNullable<SiteHealth['bioFetchFailure']>;
  now: number;
}) {
  const where = t('popup_publicProfiles', platform === 'bluesky' ? NETWORK_LABELS.bluesky : host);
  return (
    <p class="muted health-bios" data-testid="health-bios">
      {t('popup_bioFailed', [where, failure.reason, timeAgo(failure.at, now)])}
    </p>
  );
}
