import { describeRowError, type TargetPreview, type ValidRow } from '../targets/types';
import { t, tn, type MessageKey } from '../shared/i18n';
import { NETWORK_LABELS } from '../platforms/networks';

/** Each column of the sample: a message, or a network's name (the same in every language). */
const COLUMNS: [keyof ValidRow, MessageKey | { name: string }][] = [
  ['line', 'set_previewColLine'],
  ['name', 'set_previewColName'],
  ['linkedinUrl', { name: NETWORK_LABELS.linkedin }],
  ['xHandle', { name: NETWORK_LABELS.x }],
  ['npi', 'set_previewColNpi'],
  ['specialty', 'set_previewColSpecialty'],
  ['tier', 'set_previewColTier'],
  ['owner', 'set_previewColOwner'],
];

const heading = (label: MessageKey | { name: string }) =>
  typeof label === 'string' ? t(label) : label.name;

/**
 * What importing the chosen file would keep, as the background parsed it: counts, ignored
 * columns, every row error (with the choice to skip those rows) and the first rows.
 */
export function TargetImportPreview({
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
        {preview.errorCount > 0
          ? t('set_previewCounts', [
              tn('set_previewValid', preview.rows),
              tn('set_previewErrors', preview.errorCount),
            ])
          : tn('set_previewValid', preview.rows)}
      </p>
      {preview.unknownColumns.length > 0 && (
        <p class="muted">{t('set_previewIgnored', preview.unknownColumns.join(', '))}</p>
      )}
      {preview.errorCount > 0 && (
        <>
          <ul class="row-errors" aria-label={t('set_previewRowErrors')}>
            {preview.errors.map((e, i) => (
              <li key={i}>{describeRowError(e)}</li>
            ))}
            {more > 0 && <li>{tn('set_previewMore', more)}</li>}
          </ul>
          <label>
            <input
              type="checkbox"
              checked={skipInvalid}
              onChange={(e) => onSkip(e.currentTarget.checked)}
            />{' '}
            {tn('set_previewSkip', preview.rows)}
          </label>
        </>
      )}
      {preview.sample.length > 0 && (
        <table aria-label={t('set_previewSample')}>
          <thead>
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={key}>{heading(label)}</th>
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
