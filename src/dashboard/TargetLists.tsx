import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetListRecord } from '../db/records';
import { send, type MessageRuntime } from '../messages/protocol';
import { readTargetFile } from '../targets/read-file';
import { MAX_CSV_BYTES, type TargetPreview } from '../targets/types';
import { plural } from '../ui/plural';
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
      const mb = (file.size / 1024 / 1024).toFixed(1);
      setError(`${file.name} is ${mb} MB; target lists are limited to 5 MB.`);
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
      setStatus(`Imported ${plural(list.rows, 'person', 'people')} into “${list.name}”.`);
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
      setStatus(`Removed “${list.name}”.`);
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
      <h2 id="targets-title">Target lists</h2>
      <p class="muted">
        A CSV or .xlsx of known HCPs and KOLs (columns: name or first and last name, LinkedIn URL, X
        handle, NPI, specialty, tier, owner). Their posts are marked HCP with their tier; matching
        is by profile address or handle, and by name only where a row gives no profile for that
        network.
      </p>
      <Notices error={error} status={status} />
      <div class="target-form">
        {replacing && (
          <p class="replacing">
            Replacing “{replacing.name}”: choose its new file.{' '}
            <button type="button" onClick={resetForm}>
              Cancel replace
            </button>
          </p>
        )}
        <label>
          CSV or Excel file{' '}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void chooseFile(e.currentTarget)}
          />
        </label>
        <label>
          List name{' '}
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
          {replacing ? `Replace “${replacing.name}”` : 'Import'}
        </button>
      )}
      <TargetListTable lists={lists} onReplace={startReplace} onRemove={(l) => void remove(l)} />
    </section>
  );
}
