import { useState } from 'preact/hooks';
import type { PostView } from '../../db/records';
import type { AnnotationPatch } from '../../messages/schemas';
import { CollectionPicker } from '../../ui/CollectionPicker';
import { t } from '../../shared/i18n';
import { NoteEditor } from '../../ui/NoteEditor';

/** One post's note, tags and collections, edited beside the list. */
export function PostEditor({
  view,
  onPatch,
  onClose,
  collectionNames,
}: {
  view: PostView;
  onPatch: (patch: AnnotationPatch) => void;
  onClose: () => void;
  collectionNames: () => Promise<string[]>;
}) {
  const { post, annotation } = view;
  const tags = annotation?.tags ?? [];
  const [tag, setTag] = useState('');
  const addTag = () => {
    const name = tag.trim().slice(0, 60);
    if (name && !tags.includes(name)) onPatch({ tags: [...tags, name] });
    setTag('');
  };
  // Where the editor was opened from (its row's Edit button): closing it goes back there.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const close = () => {
    if (opener?.isConnected) opener.focus();
    onClose();
  };
  return (
    <section class="post-editor" aria-label={t('dash_editPost')}>
      <header>
        <h2>{post.authorName}</h2>
        <button type="button" onClick={close}>
          {t('dash_close')}
        </button>
      </header>
      <p class="text">{post.text}</p>
      <h3>{t('dash_note')}</h3>
      {/* Keyed by post: another post's editor starts from that post's note. */}
      <NoteEditor
        key={post.key}
        note={annotation?.note ?? ''}
        onSave={(note) => onPatch({ note })}
        onClose={() => undefined}
      />
      <h3>{t('dash_tags')}</h3>
      <div class="row">
        {tags.map((name) => (
          <span class="pill" key={name}>
            {name}{' '}
            <button
              type="button"
              class="x"
              onClick={() => onPatch({ tags: tags.filter((x) => x !== name) })}
            >
              <span aria-hidden="true">×</span>
              <span class="visually-hidden">{t('dash_removeTag', name)}</span>
            </button>
          </span>
        ))}
        <input
          aria-label={t('dash_addTag')}
          placeholder={t('dash_addTagHint')}
          maxLength={60}
          value={tag}
          onInput={(e) => setTag((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && addTag()}
        />
      </div>
      <h3>{t('dash_navCollections')}</h3>
      <CollectionPicker
        key={post.key}
        selected={annotation?.collections ?? []}
        names={collectionNames}
        onChange={(collections) => onPatch({ collections })}
        onClose={close}
        autoFocus={false}
      />
    </section>
  );
}
