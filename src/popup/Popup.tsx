import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SessionSummary } from '../db/records';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import type { PlatformId } from '../platforms/types';
import { CategoryBars } from '../ui/CategoryBars';
import { downloadText } from '../ui/download';
import { formatDuration } from '../ui/labels';
import { SiteHealthNotice } from './SiteHealth';
import { SyncNotice } from './SyncNotice';
import { AeCount } from './AeCount';
import { ReportPage } from './ReportPage';
import { HelpLinks } from '../ui/HelpLinks';
import { formatDateTime, formatNumber, t, tn } from '../shared/i18n';
import { NETWORK_LABELS } from '../platforms/networks';

export interface PopupRuntime extends RuntimeWithEvents {
  openOptionsPage?: () => Promise<void>;
}

export interface SiteControls {
  /** The network shown in the active tab, when it is one HCP Lens reads. */
  platform: PlatformId;
  host: string;
  openPanel?: () => Promise<void>;
  /** Present on a Mastodon instance not yet granted: asks for it and starts HCP Lens there. */
  grant?: () => Promise<boolean>;
  /** Saves a structural snapshot of the page's posts; resolves to what was saved. */
  reportPage?: () => Promise<string>;
}

const REFRESH_MS = 30_000;
/** Asked again this often while the session cannot be read, so a storage notice clears soon. */
const RETRY_MS = 3000;

/** The current browsing session at a glance, with its export. */
export function Popup({ runtime, site }: { runtime: PopupRuntime; site?: SiteControls }) {
  const [summary, setSummary] = useState<SessionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [panelMode, setPanelMode] = useState<boolean | null>(null);

  const [granted, setGranted] = useState(false);
  const grant = async () => {
    try {
      if (await site?.grant?.()) setGranted(true);
      else setStatus(t('popup_notAllowed', site?.host ?? ''));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  useEffect(() => {
    if (!site || site.grant) return;
    send(runtime, { type: 'settings/get' }).then(
      (s) => setPanelMode(s.panelModeSites.includes(site.platform)),
      () => undefined,
    );
  }, [runtime, site]);

  const togglePanelMode = async () => {
    if (!site || panelMode === null) return;
    try {
      const current = await send(runtime, { type: 'settings/get' });
      const others = current.panelModeSites.filter((p) => p !== site.platform);
      const next = await send(runtime, {
        type: 'settings/set',
        patch: { panelModeSites: panelMode ? others : [...others, site.platform] },
      });
      setPanelMode(next.panelModeSites.includes(site.platform));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const [loadFailed, setLoadFailed] = useState(false);
  const load = useCallback(() => {
    send(runtime, { type: 'session/summary' }).then(
      (s) => (setSummary(s), setError(null), setLoadFailed(false)),
      (e: Error) => (setError(e.message), setLoadFailed(true)),
    );
  }, [runtime]);

  useEffect(() => {
    load();
    const onMessage = (m: unknown) => isBroadcast(m) && load();
    runtime.onMessage.addListener(onMessage);
    return () => runtime.onMessage.removeListener?.(onMessage);
  }, [runtime, load]);

  useEffect(() => {
    const timer = setInterval(load, loadFailed ? RETRY_MS : REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, loadFailed]);

  const exportCsv = async () => {
    try {
      const { filename, csv, rows } = await send(runtime, { type: 'export/csv', scope: 'session' });
      downloadText(filename, csv);
      setStatus(tn('popup_exported', rows));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const newSession = async () => {
    try {
      setSummary(await send(runtime, { type: 'session/new' }));
      setStatus(t('popup_sessionStarted'));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        {summary && (
          <span
            class="muted"
            data-testid="duration"
            title={t('popup_startedAt', formatDateTime(Date.parse(summary.startedAt)))}
          >
            {t('popup_session', formatDuration(summary.durationMs))}
          </span>
        )}
      </header>
      {site && !site.grant && (
        <SiteHealthNotice runtime={runtime} platform={site.platform} host={site.host} />
      )}
      <SyncNotice runtime={runtime} />
      <AeCount runtime={runtime} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!summary && !error && <p class="muted">{t('popup_loadingSession')}</p>}
      {summary && (
        <>
          <section class="tiles">
            <div class="tile">
              <b data-testid="posts-seen">{formatNumber(summary.postsSeen)}</b>
              {t('popup_postsSeen')}
            </div>
            <div class="tile">
              <b data-testid="hcp-seen">{formatNumber(summary.hcpPostsSeen)}</b>
              {t('popup_hcpPosts')}
            </div>
            <div class="tile">
              <b data-testid="tagged">{formatNumber(summary.postsTagged)}</b>
              {t('popup_tagged')}
            </div>
          </section>
          <section>
            <CategoryBars
              counts={summary.confirmedByCategory}
              suggested={summary.suggestedByCategory}
            />
          </section>
          <section class="actions">
            <button class="primary" onClick={exportCsv} disabled={summary.postsTagged === 0}>
              {t('popup_exportCsv')}
            </button>
            <button onClick={newSession}>{t('popup_newSession')}</button>
            {runtime.openOptionsPage && (
              <button onClick={() => void runtime.openOptionsPage?.()}>
                {t('popup_dashboard')}
              </button>
            )}
          </section>
          {site?.grant && !granted && (
            <section class="site">
              <p class="muted">{t('popup_mastodonQuestion', site.host)}</p>
              <button class="primary" onClick={() => void grant()}>
                {t('popup_enableOn', site.host)}
              </button>
            </section>
          )}
          {granted && <p role="status">{t('popup_enabledOn', site?.host ?? '')}</p>}
          {site && panelMode !== null && (
            <section class="site">
              <label>
                <input
                  type="checkbox"
                  checked={panelMode}
                  onChange={() => void togglePanelMode()}
                />{' '}
                {t('popup_panelMode', NETWORK_LABELS[site.platform])}
              </label>
              {site.openPanel && (
                <button onClick={() => void site.openPanel?.()}>{t('popup_openPanel')}</button>
              )}
            </section>
          )}
          {site?.reportPage && <ReportPage report={site.reportPage} />}
          {status && (
            <p class="muted" role="status">
              {status}
            </p>
          )}
        </>
      )}
      <HelpLinks />
    </main>
  );
}
