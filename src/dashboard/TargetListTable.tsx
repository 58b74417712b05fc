import { useState } from 'preact/hooks';
import type { TargetListRecord } from '../db/records';
import { formatDate, formatNumber, t, tn } from '../shared/i18n';
import { EmptyRow, HeadWithActions } from './table-parts';

/** The imported lists, each replaceable by a new file or removable after a confirmation. */
export function TargetListTable({
  lists,
  onReplace,
  onRemove,
}: {
  /** Null while loading. */
  lists: TargetListRecord[] | null;
  onReplace: (list: TargetListRecord) => void;
  onRemove: (list: TargetListRecord) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table class="target-lists" aria-label={t('set_targetsTableLabel')}>
      <HeadWithActions
        columns={[t('set_targetsColList'), t('set_targetsColPeople'), t('set_targetsColImported')]}
      />
      <tbody>
        {lists?.length === 0 && <EmptyRow span={4}>{t('set_targetsNone')}</EmptyRow>}
        {lists?.map((list) => (
          <tr key={list.id} data-list-id={list.id}>
            <td>{list.name}</td>
            <td>{formatNumber(list.rows)}</td>
            <td>
              <time dateTime={list.importedAt}>
                {formatDate(new Date(list.importedAt), { dateStyle: 'medium' })}
              </time>
            </td>
            <td class="actions">
              {confirming === list.id ? (
                <span role="group" aria-label={t('set_targetsConfirmLabel', list.name)}>
                  {tn('set_targetsConfirm', list.rows, [list.name])}{' '}
                  <button
                    type="button"
                    class="danger"
                    onClick={() => (setConfirming(null), onRemove(list))}
                  >
                    {t('set_yesRemove')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('set_keep')}
                  </button>
                </span>
              ) : (
                <>
                  <button
                    type="button"
                    aria-label={t('set_replaceNamed', list.name)}
                    onClick={() => onReplace(list)}
                  >
                    {t('set_replace')}
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={t('set_removeNamed', list.name)}
                    onClick={() => setConfirming(list.id)}
                  >
                    {t('set_remove')}
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
