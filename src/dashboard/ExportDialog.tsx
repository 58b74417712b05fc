import { useEffect, useRef, useState } from 'preact/hooks';
import { csvFileName } from '../export/csv';
import {
  buildFile,
  collectRows,
  ExportCancelled,
  type ExportProgress,
  type ExportTarget,
} from '../export/stream';
import { send, type MessageRuntime } from '../messages/protocol';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../shared/export-options';
import { downloadBlob } from '../ui/download';
import { t, tn, type MessageKey } from '../shared/i18n';
import { useReturnFocus } from '../ui/return-focus';
import { Notices } from './Notices';

const SEPARATOR_LABELS: Record<ExportOptions['separator'], MessageKey> = {
  ',': 'dash_separatorComma',
  ';': 'dash_separatorSemicolon',
  '\t': 'dash_separatorTab',
};

export interface ExportDialogProps {
  runtime: MessageRuntime;
  /** The view's filters, or the posts selected. */
  target: ExportTarget;
  /** Names the file: `hcp-lens-<name>-<time>Z.csv`. */
  name: string;
  /** What the dialog says it exports: "the 120 posts shown", "3 selected posts". */
  label: string;
  onClose: () => void;
  now?: () => Date;
}

/**
 * Exports a view, a selection or a collection as CSV (separator and date style as the user last
 * chose) or as an .xlsx workbook, with a progress bar and Cancel for long exports.
 */
export function ExportDialog({ runtime, target, name, label, onClose, now }: ExportDialogProps) {
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  // The focus moves into the dialog and, when it closes (Close or Escape), back to its opener.
  const firstField = useRef<HTMLSelectElement>(null);
  const returnFocus = useReturnFocus(firstField);
  const close = () => {
    returnFocus();
    onClose();
  };

  useEffect(() => {
    send(runtime, { type: 'settings/get' }).then(
      (s) => setOptions(s.exportOptions),
      () => undefined, // the defaults stand
    );
    return () => running.current?.abort();
  }, [runtime]);

  const choose = (patch: Partial<ExportOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    // Remembered for the next export; a failure to save costs only that.
    send(runtime, { type: 'settings/set', patch: { exportOptions: next } }).catch(() => undefined);
  };

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setStatus(null);
    setProgress({ done: 0, total: 0, rows: 0 });
    try {
      const rows = await collectRows(runtime, target, setProgress, controller.signal);
      const { blob, extension } = await buildFile(rows, options);
      if (controller.signal.aborted) throw new ExportCancelled();
      downloadBlob(csvFileName(name, (now ?? (() => new Date()))(), extension), blob);
      setStatus(tn('dash_exportedPosts', rows.length));
    } catch (e) {
      setError(e instanceof ExportCancelled ? t('dash_exportCancelled') : (e as Error).message);
    } finally {
      running.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  // The Export button is disabled while exporting, which drops the focus to the page: it comes
  // back to the button when the export ends, so Escape and Tab still work in the dialog.
  const exportButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!busy && document.activeElement === document.body) exportButton.current?.focus();
  }, [busy]);
  return (
    <div
      class="export-dialog"
      role="dialog"
      aria-label={t('dash_export')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || busy) return;
        e.preventDefault();
        close();
      }}
    >
      <p>{t('dash_exportWhat', label)}</p>
      <fieldset disabled={busy}>
        <label>
          {t('dash_format')}{' '}
          <select
            ref={firstField}
            value={options.format}
            onChange={(e) => choose({ format: e.currentTarget.value as ExportOptions['format'] })}
          >
            <option value="csv">CSV</option>
            <option value="xlsx">{t('dash_formatXlsx')}</option>
          </select>
        </label>{' '}
        {options.format === 'csv' && (
          <>
            <label>
              {t('dash_separator')}{' '}
              <select
                value={options.separator}
                onChange={(e) =>
                  choose({ separator: e.currentTarget.value as ExportOptions['separator'] })
                }
              >
                {Object.entries(SEPARATOR_LABELS).map(([value, text]) => (
                  <option value={value} key={value}>
                    {t(text)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              <input
                type="checkbox"
                checked={options.dates === 'spreadsheet'}
                onChange={(e) => choose({ dates: e.currentTarget.checked ? 'spreadsheet' : 'iso' })}
              />{' '}
              {t('dash_spreadsheetDates')}
            </label>
          </>
        )}
      </fieldset>
      {progress && (
        <p>
          <progress
            aria-label={t('dash_exportProgress')}
            max={progress.total || 1}
            value={progress.total ? progress.done : 0}
          />{' '}
          {tn('dash_postsSoFar', progress.rows)}{' '}
          <button type="button" onClick={() => running.current?.abort()}>
            {t('dash_cancel')}
          </button>
        </p>
      )}
      <Notices error={error} status={status} />
      <button
        ref={exportButton}
        class="primary"
        type="button"
        disabled={busy}
        onClick={() => void start()}
      >
        {t('dash_export')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={close}>
        {t('dash_close')}
      </button>
    </div>
  );
}
