import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../classify/types';
import type { FollowUpState } from '../../db/facets';
import type { BulkChange } from '../../messages/schemas';
import { CATEGORY_LABELS } from '../../ui/labels';
import { plural } from '../../ui/plural';
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
    <div class="toolbar bulk" role="region" aria-label="Edit selected posts">
      <b>{plural(count, 'post')} selected</b>
      <select
        aria-label="Set category of selected"
        onChange={(e) => {
          const v = pick(e);
          if (v) onApply({ category: v === 'suggested' ? null : (v as Category) });
          reset(e);
        }}
      >
        <option value="">Set category…</option>
        <option value="suggested">Back to the suggestion</option>
        {CATEGORIES.map((c) => (
          <option value={c} key={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
      <select
        aria-label="Set follow-up of selected"
        onChange={(e) => {
          const v = pick(e);
          if (v) onApply({ followUp: v as FollowUpState });
          reset(e);
        }}
      >
        <option value="">Set follow-up…</option>
        {(Object.keys(FOLLOW_UP_LABELS) as FollowUpState[]).map((s) => (
          <option value={s} key={s}>
            {FOLLOW_UP_LABELS[s]}
          </option>
        ))}
      </select>
      <input
        aria-label="Tag for selected"
        placeholder="tag"
        maxLength={60}
        value={tag}
        onInput={(e) => setTag((e.target as HTMLInputElement).value)}
      />
      <button type="button" onClick={() => named(tag, (t) => onApply({ addTags: [t] }))}>
        Add tag
      </button>
      <button type="button" onClick={() => named(tag, (t) => onApply({ removeTags: [t] }))}>
        Remove tag
      </button>
      <input
        aria-label="Collection for selected"
        placeholder="collection"
        maxLength={60}
        value={collection}
        onInput={(e) => setCollection((e.target as HTMLInputElement).value)}
      />
      <button
        type="button"
        onClick={() => named(collection, (c) => onApply({ addCollections: [c] }))}
      >
        Add to collection
      </button>
      <button
        type="button"
        onClick={() => named(collection, (c) => onApply({ removeCollections: [c] }))}
      >
        Remove from collection
      </button>
      <button type="button" onClick={onExport}>
        Export selected
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
