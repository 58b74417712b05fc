import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetListRecord } from '../db/records';
import { send, type MessageRuntime } from '../messages/protocol';
import {
  describeRowError,
  MAX_CSV_BYTES,
  type TargetPreview,
  type ValidRow,
} from '../targets/types';

const COLUMNS: [keyof ValidRow, string][] = [
  ['line', 'Line'],
  ['name', 'Name'],
  ['linkedinUrl', 'LinkedIn'],
  ['xHandle', 'X'],
  ['npi', 'NPI'],
  ['specialty', 'Specialty'],
  ['tier', 'Tier'],
  ['owner', 'Owner'],
];

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

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
  const [confirming, setConfirming] = useState<string | null>(null);
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
    const text = await file.text();
    if (!replacing && !name.trim()) setName(file.name.replace(/\.[^.]*$/, '').slice(0, 100));
    try {
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
    setConfirming(null);
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
        A CSV of known HCPs and KOLs (columns: name, LinkedIn URL, X handle, NPI, specialty, tier,
        owner). Their posts are marked HCP with their tier; matching is by profile address or
        handle, and by name only where a row gives no profile for that network.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
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
          CSV file{' '}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
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
      {preview && <Preview preview={preview} skipInvalid={skipInvalid} onSkip={setSkipInvalid} />}
      {preview && (
        <button class="primary" type="button" disabled={!canImport} onClick={importList}>
          {replacing ? `Replace “${replacing.name}”` : 'Import'}
        </button>
      )}
      <table class="target-lists" aria-label="Imported target lists">
        <thead>
          <tr>
            <th>List</th>
            <th>People</th>
            <th>Imported</th>
            <th>
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lists?.length === 0 && (
            <tr>
              <td colSpan={4} class="muted">
                No target lists yet.
              </td>
            </tr>
          )}
          {lists?.map((list) => (
            <tr key={list.id} data-list-id={list.id}>
              <td>{list.name}</td>
              <td>{list.rows.toLocaleString('en')}</td>
              <td>
                <time dateTime={list.importedAt}>{list.importedAt.slice(0, 10)}</time>
              </td>
              <td class="actions">
                {confirming === list.id ? (
                  <span role="group" aria-label={`Confirm removing ${list.name}`}>
                    Remove “{list.name}” and its {plural(list.rows, 'person', 'people')}?{' '}
                    <button type="button" class="danger" onClick={() => void remove(list)}>
                      Yes, remove
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <>
                    <button
                      type="button"
                      aria-label={`Replace ${list.name}`}
                      onClick={() => startReplace(list)}
                    >
                      Replace…
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={`Remove ${list.name}`}
                      onClick={() => setConfirming(list.id)}
                    >
                      Remove
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Preview({
  preview,
  skipInvalid,
  onSkip,
}: {
  preview: TargetPreview;
  skipInvalid: boolean;
  onSkip: (skip: boolean) => void;
}) {
  const more = preview.errorCount - preview.errors.length;
  return (
    <div class="target-preview">
      <p data-testid="target-count">
        {plural(preview.rows, 'valid row')}
        {preview.errorCount > 0 && `, ${plural(preview.errorCount, 'error')}`}
      </p>
      {preview.unknownColumns.length > 0 && (
        <p class="muted">Ignored columns: {preview.unknownColumns.join(', ')}</p>
      )}
      {preview.errorCount > 0 && (
        <>
          <ul class="row-errors" aria-label="Row errors">
            {preview.errors.map((e, i) => (
              <li key={i}>{describeRowError(e)}</li>
            ))}
            {more > 0 && <li>…and {plural(more, 'more error')}</li>}
          </ul>
          <label>
            <input
              type="checkbox"
              checked={skipInvalid}
              onChange={(e) => onSkip(e.currentTarget.checked)}
            />{' '}
            Skip invalid rows and import the {plural(preview.rows, 'valid one')}
          </label>
        </>
      )}
      {preview.sample.length > 0 && (
        <table aria-label="Preview of the first rows">
          <thead>
            <tr>
              {COLUMNS.map(([, label]) => (
                <th key={label}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.line}>
                {COLUMNS.map(([key]) => (
                  <td key={key}>{row[key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
