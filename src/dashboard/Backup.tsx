import { useRef, useState } from 'preact/hooks';
import type { RestorePlan } from '../db/backup';
import { send, type MessageRuntime } from '../messages/protocol';
import { downloadBlob } from '../ui/download';
import { formatNumber, t, tn, type MessageKey } from '../shared/i18n';
import { Notices } from './Notices';

/** "Annotations: 3 to add, 1 to change" for one kind of record, or nothing when it is untouched. */
function line(label: MessageKey, { add, change }: { add: number; change: number }): string | null {
  if (!add && !change) return null;
  const parts = [
    add ? t('set_backupToAdd', formatNumber(add)) : null,
    change ? t('set_backupToChange', formatNumber(change)) : null,
  ];
  return t('set_backupLine', [t(label), parts.filter(Boolean).join(', ')]);
}

function describePlan(plan: RestorePlan): string[] {
  const lines = [
    line('set_backupAnnotations', plan.annotations),
    line('set_backupAuthors', plan.authors),
    line('set_backupTargetLists', plan.targetLists),
    line('cur_backupAeCases', plan.aeCases),
    plan.settingsChange ? t('set_backupSettings') : null,
  ].filter((l): l is string => l !== null);
  return lines.length ? lines : [t('set_backupNothing')];
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
      setStatus(tn('set_backupSaved', backup.annotations));
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
      setStatus(t('set_backupRestored'));
      setPlan(null);
      setJson(null);
      if (fileInput.current) fileInput.current.value = '';
    });

  return (
    <section class="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('set_backupTitle')}</h2>
      <p class="muted">{t('set_backupIntro')}</p>
      <Notices error={error} status={status} />
      <button type="button" disabled={busy} onClick={() => void download()}>
        {t('set_backupDownload')}
      </button>{' '}
      <label>
        {t('set_backupRestoreFrom')}{' '}
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
          <p>{t('set_backupPlan')}</p>
          <ul>
            {describePlan(plan).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <button class="primary" type="button" disabled={busy} onClick={() => void restore()}>
            {t('set_backupRestore')}
          </button>
        </div>
      )}
    </section>
  );
}
