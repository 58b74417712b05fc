// What the user only browsed past expires: purged after the retention period at start-up and
// by a daily alarm, or cleared at once from the dashboard.
import { purgeExpired, readSettings, type LensDb, type Purged } from '../db';

export const PURGE_ALARM = 'hcp-lens-purge';
/** Once a day is enough for a period counted in days; a sleeping worker is woken for it. */
export const PURGE_PERIOD_MINUTES = 24 * 60;

/** The slice of `browser.alarms` the purge needs, so tests can pass a fake. */
export interface PurgeAlarms {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

/** Purges what the retention period let expire, as the settings now say. */
export async function purgeNow(db: LensDb, now: Date): Promise<Purged> {
  const { retentionDays } = await readSettings(db);
  return purgeExpired(db, now, retentionDays);
}

/**
 * Purges once now (the worker starts with the browser, and after each sleep) and then daily.
 * `ready` waits for the database (an upgrade may be pending); a failure is logged, not thrown.
 */
export function schedulePurge(
  db: LensDb,
  alarms: PurgeAlarms,
  { now = () => new Date(), ready = async () => undefined as void } = {},
): Promise<void> {
  const run = () =>
    ready()
      .then(() => purgeNow(db, now()))
      .then(
        () => undefined,
        (e: unknown) => console.warn('HCP Lens: purging expired history', e),
      );
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void run();
  });
  // Creating an alarm that exists replaces it: the next run is a day after this start.
  alarms.create(PURGE_ALARM, {
    periodInMinutes: PURGE_PERIOD_MINUTES,
    delayInMinutes: PURGE_PERIOD_MINUTES,
  });
  return run();
}
