import { useState } from 'preact/hooks';
import type { TargetListRecord } from '../db/records';
import { plural } from '../ui/plural';
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
    <table class="target-lists" aria-label="Imported target lists">
      <HeadWithActions columns={['List', 'People', 'Imported']} />
      <tbody>
        {lists?.length === 0 && <EmptyRow span={4}>No target lists yet.</EmptyRow>}
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
                  <button
                    type="button"
                    class="danger"
                    onClick={() => (setConfirming(null), onRemove(list))}
                  >
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
                    onClick={() => onReplace(list)}
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
  );
}
