import { useEffect, useState } from 'preact/hooks';
import { send, type MessageRuntime, type SyncState } from '../messages/protocol';
import { t, tn } from '../shared/i18n';
import { timeAgo } from './SiteHealth';

/**
 * Team sync at a glance, for a user who rarely opens the dashboard: why it fails, or when it last
 * synced. Nothing while sync is off.
 */
export function SyncNotice({
  runtime,
  now = Date.now,
}: {
  runtime: MessageRuntime;
  now?: () => number;
}) {
  const [state, setState] = useState<SyncState | null>(null);

  useEffect(() => {
    send(runtime, { type: 'sync/get' }).then(setState, () => undefined);
  }, [runtime]);

  if (!state?.server) return null;
  if (state.error) {
    return (
      <p class="health-warning" role="alert" data-testid="sync">
        {t('popup_syncError', state.error)}
      </p>
    );
  }
  const last = state.lastSyncAt ? timeAgo(state.lastSyncAt, now()) : t('popup_notYet');
  return (
    <p class="muted" data-testid="sync">
      {state.pending > 0
        ? tn('popup_syncWaiting', state.pending, [last])
        : t('popup_syncLast', last)}
    </p>
  );
}
