import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeDatabaseUrl } from '../background/couch-address';
import {
  isBroadcast,
  send,
  type MessageRuntime,
  type RuntimeWithEvents,
  type SyncState,
} from '../messages/protocol';
import { originPattern } from '../shared/origin';
import { BROADCAST_GATHER_MS, coalesce } from '../ui/coalesce';
import { formatDateTime, formatNumber, t, tn } from '../shared/i18n';
import { Notices } from './Notices';
import type { Manifest } from 'webextension-polyfill';

/** The slice of the permissions API this section needs, so tests can pass a fake. */
export interface OriginPermissions {
  /** `data_collection`: Firefox's optional data-collection consent (shared/data-collection.ts). */
  request(p: {
    origins: string[];
    data_collection?: Manifest.OptionalDataCollectionPermission[];
  }): Promise<boolean>;
  /** Both optional: without them, a permission asked for a failed connection is left granted. */
  getAll?(): Promise<{ origins?: string[] }>;
  remove?(p: { origins: string[] }): Promise<boolean>;
}

/** The address format the field expects; the same in every language. */
const EXAMPLE_ADDRESS = 'https://couch.example.org/medical-affairs';

/**
 * Team sync: the user's annotations, and the posts they annotated, replicated to the team's
 * CouchDB-compatible database. Off until the user connects; the password stays in the background.
 */
export function TeamSync({
  runtime,
  permissions,
  dataCollection,
  refreshMs = 15_000,
}: {
  runtime: MessageRuntime & Partial<Pick<RuntimeWithEvents, 'onMessage'>>;
  permissions: OriginPermissions;
  /** Firefox: the data collection to consent to with the server's access (none in Chrome). */
  dataCollection?: readonly Manifest.OptionalDataCollectionPermission[];
  /** How often a connected section reads the state again. */
  refreshMs?: number;
}) {
  const [state, setState] = useState<SyncState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState<'connect' | 'sync' | 'disconnect' | null>(null);
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    send(runtime, { type: 'sync/get' }).then(setState, (e: Error) => setError(e.message));
  }, [runtime]);

  // What the browser already allowed, known before the click: the prompt must come first in it.
  const granted = useRef(new Set<string>());
  useEffect(() => {
    permissions.getAll?.().then(
      ({ origins = [] }) => (granted.current = new Set(origins)),
      () => undefined,
    );
  }, [permissions, state?.server?.url]);

  const server = state?.server;
  // The background syncs on its own (an alarm, a change made in a tab): while connected, the
  // section reads the state again now and then, and whenever an annotation changed anywhere.
  const connected = server != null;
  useEffect(() => {
    if (!connected) return;
    const refresh = coalesce(
      () => void send(runtime, { type: 'sync/get' }).then(setState, () => undefined),
      BROADCAST_GATHER_MS,
    );
    const timer = setInterval(refresh, refreshMs);
    const onMessage = (m: unknown) => isBroadcast(m) && refresh();
    runtime.onMessage?.addListener(onMessage);
    return () => {
      clearInterval(timer);
      refresh.cancel();
      runtime.onMessage?.removeListener?.(onMessage);
    };
  }, [runtime, connected, refreshMs]);

  const run = async (
    kind: 'connect' | 'sync' | 'disconnect',
    request: () => Promise<SyncState>,
    done: string | null = null,
  ) => {
    setBusy(kind);
    setError(null);
    setStatus(null);
    try {
      setState(await request());
      setStatus(done);
      if (kind === 'connect') setPassword('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const connect = (e: Event) => {
    e.preventDefault();
    let address: string;
    try {
      // The background checks it again; checked here first so no permission is asked for nothing.
      address = normalizeDatabaseUrl(url);
    } catch (err) {
      setStatus(null);
      setError((err as Error).message);
      return;
    }
    const { hostname } = new URL(address);
    // `run` calls this before its first await, so the permission is asked during the user's
    // gesture, the only time browsers show the prompt.
    const origin = originPattern(address);
    const hadAccess = granted.current.has(origin);
    void run('connect', async () => {
      const ok = await permissions.request({
        origins: [origin],
        ...(dataCollection ? { data_collection: [...dataCollection] } : {}),
      });
      if (!ok) throw new Error(t('set_syncNeedsPermission', hostname));
      try {
        return await send(runtime, {
          type: 'sync/connect',
          url: address,
          user: user.trim(),
          password,
        });
      } catch (error) {
        // Asked for this connection only: a failed one gives it back, or the server would be
        // taken for a Mastodon instance the user allowed.
        if (!hadAccess) await permissions.remove?.({ origins: [origin] }).catch(() => false);
        throw error;
      }
    });
  };

  return (
    <section aria-labelledby="team-sync-title" class="team-sync">
      <h2 id="team-sync-title">{t('set_syncTitle')}</h2>
      <p class="muted">{t('set_syncIntro')}</p>
      <Notices error={error ?? state?.error ?? null} status={status} />
      {!state && !error && <p class="muted">{t('set_loading')}</p>}
      {state && server && (
        <>
          <p>
            {server.user
              ? t('set_syncWithUser', [server.url, server.user])
              : t('set_syncWith', server.url)}
          </p>
          <p>
            {state.lastSyncAt
              ? t('set_syncLast', [
                  formatDateTime(new Date(state.lastSyncAt)),
                  formatNumber(state.sent),
                  formatNumber(state.received),
                ])
              : t('set_syncNever')}
          </p>
          {state.pending > 0 && <p>{tn('set_syncPending', state.pending)}</p>}
          {state.note && <p class="muted">{state.note}</p>}
          <div class="toolbar">
            <button
              type="button"
              class="primary"
              disabled={busy !== null}
              onClick={() => void run('sync', () => send(runtime, { type: 'sync/now' }))}
            >
              {busy === 'sync' ? t('set_syncing') : t('set_syncNow')}
            </button>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() =>
                void run(
                  'disconnect',
                  () => send(runtime, { type: 'sync/disconnect' }),
                  t('set_syncDisconnected'),
                )
              }
            >
              {t('set_syncDisconnect')}
            </button>
          </div>
        </>
      )}
      {state && !server && (
        // noValidate: our messages say what is wrong; the browser's check lets http through.
        <form class="toolbar" noValidate onSubmit={connect}>
          <label>
            {t('set_syncAddress')}{' '}
            <input
              type="url"
              maxLength={2000}
              placeholder={EXAMPLE_ADDRESS}
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('set_syncUser')}{' '}
            <input
              autocomplete="username"
              maxLength={200}
              value={user}
              onInput={(e) => setUser(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('set_syncPassword')}{' '}
            <input
              type="password"
              autocomplete="current-password"
              maxLength={500}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <button class="primary" type="submit" disabled={busy !== null}>
            {busy === 'connect' ? t('set_syncConnecting') : t('set_syncConnect')}
          </button>
        </form>
      )}
    </section>
  );
}
