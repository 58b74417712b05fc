import type { Dexie } from 'dexie';
import { t } from '../shared/i18n';

/**
 * Shown wherever a request fails while the upgrade waits: the popup, and each post's overlay. A
 * function, so it is read in the browser's language when it is shown.
 */
export const upgradeBlockedMessage = () => t('bg_upgradeBlocked');

export interface OpenGuard {
  /** Whether an upgrade is waiting for an old connection to close. */
  readonly blocked: boolean;
  /** Resolves once the database can be used; rejects at once while an upgrade is blocked. */
  ready(): Promise<void>;
  /** Calls `listener` each time a blocked upgrade completes and requests can be served again. */
  onUnblocked(listener: () => void): void;
}

/**
 * Opens the database for the background's requests. While a newer schema's upgrade is blocked
 * by a connection to the old version, requests fail at once with a reason instead of queueing
 * behind the open: the page keeps each unsaved change and retries it (content/post-store.ts),
 * so nothing is confirmed before it is stored, even if the worker stops meanwhile. The open
 * itself stays pending and completes when the old connection closes.
 */
export function guardOpen(db: Dexie): OpenGuard {
  let blocked = false;
  const unblocked = new Set<() => void>();
  db.on('blocked', () => {
    blocked = true;
  });
  // Sticky: also clears after Dexie reopens on its own (after a versionchange closed it).
  db.on(
    'ready',
    () => {
      const was = blocked;
      blocked = false;
      if (was) for (const l of unblocked) l();
    },
    true,
  );

  return {
    get blocked() {
      return blocked;
    },
    onUnblocked(listener) {
      unblocked.add(listener);
    },
    ready() {
      if (db.isOpen()) return Promise.resolve();
      if (blocked) return Promise.reject(new Error(upgradeBlockedMessage()));
      return new Promise<void>((resolve, reject) => {
        const refuse = () => reject(new Error(upgradeBlockedMessage()));
        db.on('blocked', refuse);
        db.open()
          .then(
            () => resolve(),
            (error: unknown) => {
              blocked = false;
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          )
          .finally(() => db.on('blocked').unsubscribe(refuse));
      });
    },
  };
}
