import { useRef } from 'preact/hooks';
import type { Annotation } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import { CollectionPicker } from './CollectionPicker';
import { NoteEditor } from './NoteEditor';
import { t, tn } from '../shared/i18n';
import { Private } from './private-text';

export type CurateEditor = 'note' | 'collections' | null;

/** The bar's row for curating a post: its note (N) and its collections (L). */
export function CurateRow({
  annotation,
  editing,
  setEditing,
  onPatch,
  collectionNames,
}: {
  annotation: Annotation | null;
  editing: CurateEditor;
  setEditing: (editor: CurateEditor) => void;
  onPatch: (patch: AnnotationPatch) => void;
  collectionNames?: () => Promise<string[]>;
}) {
  const note = annotation?.note ?? '';
  const collections = annotation?.collections ?? [];
  const row = useRef<HTMLDivElement>(null);
  // Back to the bar, so its keys work again at once (the editor's field is about to go).
  const close = () => {
    row.current?.closest<HTMLElement>('.lens')?.focus();
    setEditing(null);
  };
  return (
    <>
      <div class="row" ref={row}>
        <button
          type="button"
          class="curate"
          aria-expanded={editing === 'note'}
          onClick={() => setEditing(editing === 'note' ? null : 'note')}
        >
          <Private text={t(note ? 'bar_editNote' : 'bar_note')} />
        </button>
        <button
          type="button"
          class="curate"
          aria-expanded={editing === 'collections'}
          onClick={() => setEditing(editing === 'collections' ? null : 'collections')}
        >
          <Private
            text={
              collections.length ? tn('bar_inCollections', collections.length) : t('bar_collect')
            }
          />
        </button>
        {note && editing !== 'note' && (
          <span class="note-text">
            <Private text={note} />
          </span>
        )}
      </div>
      {editing === 'note' && (
        <NoteEditor note={note} onSave={(n) => onPatch({ note: n })} onClose={close} />
      )}
      {editing === 'collections' && (
        <CollectionPicker
          selected={collections}
          names={collectionNames}
          onChange={(c) => onPatch({ collections: c })}
          onClose={close}
        />
      )}
    </>
  );
}
