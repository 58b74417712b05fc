import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Private } from './private-text';
import { useReturnFocus } from './return-focus';

/**
 * The bar's collections: tick the ones this post belongs to, or type a new name and press Enter
 * (a new collection is made by putting a first post in it). Names are drawn by the bar's own
 * stylesheet (`Private`), never text or attributes the page could read.
 */
export function CollectionPicker({
  selected,
  names,
  onChange,
  onClose,
  autoFocus = true,
}: {
  selected: string[];
  /** The user's collections, asked for when the picker opens. */
  names?: () => Promise<string[]>;
  onChange: (collections: string[]) => void;
  onClose: () => void;
  /** False where the picker is one field of a form (the dashboard's post editor). */
  autoFocus?: boolean;
}) {
  const [known, setKnown] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useReturnFocus(input, { autoFocus });
  useEffect(() => {
    let live = true;
    names?.().then(
      (list) => live && setKnown(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [names]);

  const shown = [...new Set([...selected, ...known])];
  const toggle = (name: string) =>
    onChange(selected.includes(name) ? selected.filter((n) => n !== name) : [...selected, name]);
  const add = () => {
    const name = draft.trim().slice(0, 60);
    if (name && !selected.includes(name)) onChange([...selected, name]);
    setDraft('');
  };

  return (
    <div
      class="row collection-picker"
      role="group"
      aria-label={t('bar_collections')}
      onKeyDown={(e) => {
        // Keys here pick collections: they must not set categories or reach the site.
        e.stopPropagation();
        if (e.key === 'Escape') {
          onClose();
          returnFocus();
        }
      }}
    >
      {shown.map((name) => (
        <label class="chip pick" key={name}>
          <input type="checkbox" checked={selected.includes(name)} onChange={() => toggle(name)} />
          <Private text={name} />
        </label>
      ))}
      <input
        ref={input}
        class="tag-input"
        placeholder={t('bar_newCollectionPlaceholder')}
        aria-label={t('bar_newCollection')}
        maxLength={60}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
      />
      <button type="button" onClick={onClose}>
        {t('bar_done')}
      </button>
    </div>
  );
}
