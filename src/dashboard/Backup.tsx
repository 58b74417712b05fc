import { useRef, useState } from 'preact/hooks';
import type { RestorePlan } from '../db/backup';
import { send, type MessageRuntime } from '../messages/protocol';
import { downloadBlob } from '../ui/download';
import { t } from '../ui/i18n';
import { plural } from '../ui/plural';
import { Notices } from './Notices';

/** "3 annotations to add, 1 to change" for one kind of record, or nothing when it is untouched. */
function line(label: string, { add, change }: { add: number; change: number }): string | null {
  if (!add && !change) return null;
  const parts = [
    add && `${add.toLocaleString('en')} to add`,
    change && `${change.toLocaleString('en')} to change`,
  ];
  return `${label}: ${parts.filter(Boolean).join(', ')}`;
}

function describePlan(plan: RestorePlan): string[] {
  const lines = [
    line('Annotations', plan.annotations),
    line('Authors remembered', plan.authors),
    line('Target lists', plan.targetLists),
    line(t('cur_backupAeCases'), plan.aeCases),
    plan.settingsChange ? 'Settings: to change' : null,
  ].filter((l): l is string => l !== null);
  return lines.length ? lines : ['Nothing: this browser already has everything in the backup.'];
}

/**
 * Backup and restore: a JSON file of everything the user made (annotations and their posts,
 * author memory, target lists, settings; never the team sync password). Restoring shows what it
 * will add and change first, then applies all of it or nothing.
 */
export function Backup({ runtime }: { runtime: MessageRuntime }) {
  const [json, setJson] = useState<string | null>(null);
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await task();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    run(async () => {
      const backup = await send(runtime, { type: 'backup/create' });
      downloadBlob(backup.filename, new Blob([backup.json], { type: 'application/json' }));
      setStatus(`Backup saved with ${plural(backup.annotations, 'annotation')}.`);
    });

  const choose = (input: HTMLInputElement) =>
    run(async () => {
      setPlan(null);
      setJson(null);
      const file = input.files?.[0];
      if (!file) return;
      const text = await file.text();
      setPlan(await send(runtime, { type: 'backup/preview', json: text }));
      setJson(text);
    });

  const restore = () =>
    run(async () => {
      if (!json) return;
      await send(runtime, { type: 'backup/restore', json });
      setStatus('Backup restored.');
      setPlan(null);
      setJson(null);
      if (fileInput.current) fileInput.current.value = '';
    });

  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p class="muted">
        A file of everything you made here: annotations and their posts, author memory, target lists
        and settings (not the team sync password).
      </p>
      <Notices error={error} status={status} />
      <button type="button" disabled={busy} onClick={() => void download()}>
        Download backup
      </button>{' '}
      <label>
        Restore from a backup file{' '}
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {plan && (
        <div class="restore-plan">
          <p>Restoring this backup will change:</p>
          <ul>
            {describePlan(plan).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <button class="primary" type="button" disabled={busy} onClick={() => void restore()}>
            Restore
          </button>
        </div>
      )}
    </section>
  );
}
