import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetListRecord } from '../db/records';
import { send, type MessageRuntime } from '../messages/protocol';
import { readTargetFile } from '../targets/read-file';
import { MAX_CSV_BYTES, type TargetPreview } from '../targets/types';
import { formatNumber, t, tn, uiLanguage } from '../shared/i18n';
import { Notices } from './Notices';
import { TargetImportPreview } from './TargetImportPreview';
import { TargetListTable } from './TargetListTable';

/**
 * Imports CSVs of known HCPs and KOLs: pick a file, check the preview and every row error, then
 * import; imported lists can be replaced by a new file or removed. Parsing is the background's,
 * so the preview shows exactly what the import will keep.
 */
export function TargetLists({ runtime }: { runtime: MessageRuntime }) {
  const [lists, setLists] = useState<TargetListRecord[] | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<TargetPreview | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [replacing, setReplacing] = useState<TargetListRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const loadLists = () =>
    send(runtime, { type: 'targets/lists' }).then(
      (r) => setLists(r.lists),
      (e: Error) => setError(e.message),
    );
  useEffect(() => void loadLists(), [runtime]);

  const resetForm = () => {
    setCsv(null);
    setPreview(null);
    setSkipInvalid(false);
    setReplacing(null);
    setName('');
    if (fileInput.current) fileInput.current.value = '';
  };

  const chooseFile = async (input: HTMLInputElement) => {
    setPreview(null);
    setCsv(null);
    setError(null);
    setStatus(null);
    setSkipInvalid(false);
    const file = input.files?.[0];
    if (!file) return;
    // Refused before reading: a huge file would only be refused by the background anyway.
    if (file.size > MAX_CSV_BYTES) {
      const mb = (bytes: number) =>
        (bytes / 1024 / 1024).toLocaleString(uiLanguage(), {
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        });
      setError(
        t('set_targetsFileTooLarge', [
          file.name,
          mb(file.size),
          formatNumber(MAX_CSV_BYTES / 1024 / 1024),
        ]),
      );
      return;
    }
    if (!replacing && !name.trim()) setName(file.name.replace(/\.[^.]*$/, '').slice(0, 100));
    try {
      const text = await readTargetFile(file);
      setPreview(await send(runtime, { type: 'targets/preview', csv: text }));
      setCsv(text);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const importList = async () => {
    if (!csv) return;
    setBusy(true);
    setError(null);
    try {
      const { list } = await send(runtime, {
        type: 'targets/import',
        name: name.trim(),
        csv,
        ...(replacing ? { replaceListId: replacing.id } : {}),
        ...(skipInvalid ? { skipInvalid: true } : {}),
      });
      setStatus(tn('set_targetsImported', list.rows, [list.name]));
      resetForm();
      await loadLists();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (list: TargetListRecord) => {
    setError(null);
    try {
      await send(runtime, { type: 'targets/remove', listId: list.id });
      setStatus(t('set_targetsRemoved', list.name));
      if (replacing?.id === list.id) resetForm();
      await loadLists();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const startReplace = (list: TargetListRecord) => {
    setReplacing(list);
    setName(list.name);
    setStatus(null);
    fileInput.current?.focus();
  };

  const hasErrors = (preview?.errorCount ?? 0) > 0;
  const canImport =
    !busy && !!csv && !!preview && preview.rows > 0 && !!name.trim() && (!hasErrors || skipInvalid);

  return (
    <section class="targets" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('set_targetsTitle')}</h2>
      <p class="muted">{t('set_targetsIntro')}</p>
      <Notices error={error} status={status} />
      <div class="target-form">
        {replacing && (
          <p class="replacing">
            {t('set_targetsReplacing', replacing.name)}{' '}
            <button type="button" onClick={resetForm}>
              {t('set_targetsCancelReplace')}
            </button>
          </p>
        )}
        <label>
          {t('set_targetsFile')}{' '}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
        <label>
          {t('set_targetsListName')}{' '}
          <input
            type="text"
            maxLength={100}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
      </div>
      {preview && (
        <TargetImportPreview preview={preview} skipInvalid={skipInvalid} onSkip={setSkipInvalid} />
      )}
      {preview && (
        <button class="primary" type="button" disabled={!canImport} onClick={importList}>
          {replacing ? t('set_targetsReplaceNamed', replacing.name) : t('set_targetsImport')}
        </button>
      )}
      <TargetListTable lists={lists} onReplace={startReplace} onRemove={(l) => void remove(l)} />
    </section>
  );
}
