import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { useReturnFocus } from './return-focus';

/**
 * The bar's note: a text box that saves on Ctrl+Enter (or ⌘+Enter) or Save, and leaves the note
 * as it was on Escape (the focus goes back where it was when the box opened). The note is the
 * box's value, never an attribute the page could read.
 */
export function NoteEditor({
  note,
  onSave,
  onClose,
}: {
  note: string;
  onSave: (note: string) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(note);
  const box = useRef<HTMLTextAreaElement>(null);
  const returnFocus = useReturnFocus(box);
  const save = () => {
    if (draft.trim() !== note.trim()) onSave(draft.trim());
    onClose();
  };
  return (
    <div class="row note-editor">
      <textarea
        ref={box}
        class="note-input"
        rows={3}
        maxLength={5000}
        aria-label={t('bar_noteLabel')}
        placeholder={t('bar_notePlaceholder')}
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          // Typing a note must not set categories or reach the site's shortcuts.
          e.stopPropagation();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
          if (e.key === 'Escape') {
            onClose();
            returnFocus();
          }
        }}
      />
      <button type="button" onClick={save}>
        {t('bar_saveNote')}
      </button>
      <button type="button" onClick={onClose}>
        {t('bar_cancel')}
      </button>
    </div>
  );
}
