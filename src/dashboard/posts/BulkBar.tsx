import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../classify/types';
import type { FollowUpState } from '../../db/facets';
import type { BulkChange } from '../../messages/schemas';
import { t, tn } from '../../shared/i18n';
import { categoryName } from '../category-names';
import { FOLLOW_UP_LABELS } from './PostRow';

/** Edits applied to every selected post at once. */
export function BulkBar({
  count,
  onApply,
  onExport,
  onClear,
}: {
  count: number;
  onApply: (change: BulkChange) => void;
  onExport: () => void;
  onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  const [collection, setCollection] = useState('');
  const pick = (e: Event) => (e.target as HTMLSelectElement).value;
  const reset = (e: Event) => ((e.target as HTMLSelectElement).value = '');
  const named = (value: string, then: (v: string) => void) => {
    const v = value.trim().slice(0, 60);
    if (v) then(v);
  };
  return (
    <div class="toolbar bulk" role="region" aria-label={t('dash_bulkRegion')}>
      <b>{tn('dash_postsSelected', count)}</b>
      <select
        aria-label={t('dash_bulkCategory')}
        onChange={(e) => {
          const v = pick(e);
          if (v) onApply({ category: v === 'suggested' ? null : (v as Category) });
          reset(e);
        }}
      >
        <option value="">{t('dash_bulkCategoryPrompt')}</option>
        <option value="suggested">{t('dash_bulkBackToSuggestion')}</option>
        {CATEGORIES.map((c) => (
          <option value={c} key={c}>
            {categoryName(c)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('dash_bulkFollowUp')}
        onChange={(e) => {
          const v = pick(e);
          if (v) onApply({ followUp: v as FollowUpState });
          reset(e);
        }}
      >
        <option value="">{t('dash_bulkFollowUpPrompt')}</option>
        {(Object.keys(FOLLOW_UP_LABELS) as FollowUpState[]).map((s) => (
          <option value={s} key={s}>
            {t(FOLLOW_UP_LABELS[s])}
          </option>
        ))}
      </select>
      <input
        aria-label={t('dash_bulkTag')}
        placeholder={t('dash_bulkTagHint')}
        maxLength={60}
        value={tag}
        onInput={(e) => setTag((e.target as HTMLInputElement).value)}
      />
      <button type="button" onClick={() => named(tag, (name) => onApply({ addTags: [name] }))}>
        {t('dash_bulkAddTag')}
      </button>
      <button type="button" onClick={() => named(tag, (name) => onApply({ removeTags: [name] }))}>
        {t('dash_bulkRemoveTag')}
      </button>
      <input
        aria-label={t('dash_bulkCollection')}
        placeholder={t('dash_bulkCollectionHint')}
        maxLength={60}
        value={collection}
        onInput={(e) => setCollection((e.target as HTMLInputElement).value)}
      />
      <button
        type="button"
        onClick={() => named(collection, (c) => onApply({ addCollections: [c] }))}
      >
        {t('dash_bulkAddCollection')}
      </button>
      <button
        type="button"
        onClick={() => named(collection, (c) => onApply({ removeCollections: [c] }))}
      >
        {t('dash_bulkRemoveCollection')}
      </button>
      <button type="button" onClick={onExport}>
        {t('dash_bulkExport')}
      </button>
      <button type="button" onClick={onClear}>
        {t('dash_bulkClear')}
      </button>
    </div>
  );
}
