import type { LabelKind } from '../../db/labels';
import { t, tn } from '../../shared/i18n';

export interface ConfirmDeleteProps {
  kind: LabelKind;
  name: string;
  /** How many posts carry it: they stay, without it. */
  posts: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a collection or tag is deleted, saying how many posts it is on. */
export function ConfirmDelete({ kind, name, posts, onConfirm, onCancel }: ConfirmDeleteProps) {
  const question =
    kind === 'collection'
      ? t('cur_confirmDeleteCollection', [name])
      : t('cur_confirmDeleteTag', [name]);
  return (
    <div role="alertdialog" aria-label={t('cur_confirmDeleteTitle')} class="confirm toolbar">
      <p>
        {question} {tn('cur_confirmDeletePosts', posts)}
      </p>
      <button type="button" class="danger" onClick={onConfirm}>
        {t('cur_confirmDeleteYes')}
      </button>
      <button type="button" onClick={onCancel} autoFocus>
        {t('cur_cancel')}
      </button>
    </div>
  );
}
