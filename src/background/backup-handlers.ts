// Backup and restore: the dashboard downloads a backup, and sends a backup file's text back to
// preview what restoring it would add and change, then to restore it, all of it or nothing.
import type { Verdict } from '../classify/types';
import { backupData, planRestore, applyRestore, type LensDb } from '../db';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, parseBackup } from '../backup/format';
import type { PostSnapshot } from '../platforms/types';
import type { Handlers } from './router';

type BackupHandlers = Pick<Handlers, 'backup/create' | 'backup/preview' | 'backup/restore'>;

export function createBackupHandlers(deps: {
  db: LensDb;
  now: () => Date;
  /** Judges a backed-up post this browser has not stored, as if it were seen here. */
  verdictFor: (post: PostSnapshot) => Promise<Verdict>;
}): BackupHandlers {
  const { db, now } = deps;
  return {
    'backup/create': async () => {
      const data = await backupData(db);
      const backup = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now().toISOString(),
        ...data,
      };
      return {
        filename: backupFileName(now()),
        json: JSON.stringify(backup),
        annotations: data.annotations.length,
      };
    },
    'backup/preview': async ({ json }) => planRestore(db, parseBackup(json)),
    'backup/restore': async ({ json }) => {
      const backup = parseBackup(json);
      const plan = await planRestore(db, backup);
      const known = await db.posts.bulkGet(backup.posts.map((p) => p.key));
      const verdicts = new Map<string, Verdict>();
      for (const [i, post] of backup.posts.entries()) {
        if (!known[i]) verdicts.set(post.key, await deps.verdictFor(post));
      }
      await applyRestore(db, backup, verdicts, now());
      return plan;
    },
  };
}
