import type { Handlers } from './router';
import type { TeamSync } from './sync';

type SyncHandlers = Pick<Handlers, 'sync/get' | 'sync/connect' | 'sync/now' | 'sync/disconnect'>;

/** How often teammates' changes are fetched while sync is on (and anything left is sent). */
export const SYNC_PERIOD_MINUTES = 5;
export const SYNC_ALARM = 'hcp-lens-team-sync';

/** The slice of `browser.alarms` team sync needs, so tests can pass a fake. */
export interface SyncAlarms {
  create(name: string, info: { periodInMinutes: number }): void;
  clear(name: string): Promise<boolean>;
}

/**
 * Team sync's requests, from the dashboard only (router). The periodic alarm lives while sync is
 * on: a service worker sleeps, an alarm wakes it. `serverChanged` lets the browser's own site
 * registrations know the server is not a site to read posts on (granted-sites.ts); a server left
 * behind loses the permission it was granted for sync.
 */
export function createSyncHandlers({
  sync,
  alarms,
  serverChanged,
  releaseOrigin,
}: {
  sync: TeamSync;
  alarms: SyncAlarms;
  serverChanged: () => void;
  releaseOrigin: (origin: string) => Promise<void>;
}): SyncHandlers {
  const leave = async (previous: string | null) => {
    const now = await sync.serverOrigin();
    if (previous && previous !== now) await releaseOrigin(previous);
    serverChanged();
  };
  return {
    'sync/get': () => sync.state(),
    'sync/connect': async ({ url, user, password }) => {
      const previous = await sync.serverOrigin();
      const state = await sync.connect(url, user, password);
      alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      await leave(previous);
      return state;
    },
    'sync/now': () => sync.syncNow(),
    'sync/disconnect': async () => {
      const previous = await sync.serverOrigin();
      const state = await sync.disconnect();
      await alarms.clear(SYNC_ALARM);
      await leave(previous);
      return state;
    },
  };
}
