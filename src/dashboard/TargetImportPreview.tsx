import { describeRowError, type TargetPreview, type ValidRow } from '../targets/types';
import { plural } from '../ui/plural';
import { NETWORK_LABELS } from '../platforms/networks';

const COLUMNS: [keyof ValidRow, string][] = [
  ['line', 'Line'],
  ['name', 'Name'],
  ['linkedinUrl', NETWORK_LABELS.linkedin],
  ['xHandle', NETWORK_LABELS.x],
  ['npi', 'NPI'],
  ['specialty', 'Specialty'],
  ['tier', 'Tier'],
  ['owner', 'Owner'],
];

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
