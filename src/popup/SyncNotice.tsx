import { useEffect, useState } from 'preact/hooks';
import { send, type MessageRuntime, type SyncState } from '../messages/protocol';
import { plural } from '../ui/plural';
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
        Team sync: {state.error}
      </p>
    );
  }
  const waiting = state.pending > 0 ? ` · ${plural(state.pending, 'change')} waiting` : '';
  const last = state.lastSyncAt ? timeAgo(state.lastSyncAt, now()) : 'not yet';
  return (
    <p class="muted" data-testid="sync">
      Team sync · last synced {last}
      {waiting}
    </p>
  );
}
