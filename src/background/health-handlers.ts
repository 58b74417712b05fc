import { readHealth, recordHealth, type LensDb } from '../db';
import type { Handlers } from './router';

type HealthHandlers = Pick<Handlers, 'health/report' | 'health/get'>;

/**
 * Detection health: content scripts report whether their adapter finds posts; the popup reads
 * it for the active tab's site. A page may only report for its own host.
 */
export function createHealthHandlers({ db, now }: { db: LensDb; now: () => Date }): HealthHandlers {
  return {
    'health/report': async ({ platform, host, status, lastMatchedAt }, sender) => {
      let senderHost: string | undefined;
      try {
        senderHost = sender.url ? new URL(sender.url).host : undefined;
      } catch {
        senderHost = undefined;
      }
      if (senderHost !== undefined && senderHost.toLowerCase() !== host.toLowerCase()) {
        throw new Error('a page may only report the health of its own site');
      }
      return { health: await recordHealth(db, { platform, host, status, lastMatchedAt }, now()) };
    },
    'health/get': async ({ platform, host }) => ({
      sites: await readHealth(db, { platform, host }),
    }),
  };
}
