import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

/** A table's header row, then a last column for each row's buttons, named for screen readers. */
export function HeadWithActions({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c}>{c}</th>
        ))}
        <th>
          <span class="visually-hidden">{t('dash_actions')}</span>
        </th>
      </tr>
    </thead>
  );
}

/** The one row of an empty table, across its `span` columns. */
export function EmptyRow({ span, children }: { span: number; children: ComponentChildren }) {
  return (
    <tr>
      <td colSpan={span} class="muted">
        {children}
      </td>
    </tr>
  );
}
