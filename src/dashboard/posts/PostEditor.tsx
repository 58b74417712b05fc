import { useState } from 'preact/hooks';
import type { PostView } from '../../db/records';
import type { AnnotationPatch } from '../../messages/schemas';
import { CollectionPicker } from '../../ui/CollectionPicker';
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
    const t = tag.trim().slice(0, 60);
    if (t && !tags.includes(t)) onPatch({ tags: [...tags, t] });
    setTag('');
  };
  // Where the editor was opened from (its row's Edit button): closing it goes back there.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const close = () => {
    if (opener?.isConnected) opener.focus();
    onClose();
  };
  return (
    <section class="post-editor" aria-label="Edit post">
      <header>
        <h2>{post.authorName}</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </header>
      <p class="text">{post.text}</p>
      <h3>Note</h3>
      {/* Keyed by post: another post's editor starts from that post's note. */}
      <NoteEditor
        key={post.key}
        note={annotation?.note ?? ''}
        onSave={(note) => onPatch({ note })}
        onClose={() => undefined}
      />
      <h3>Tags</h3>
      <div class="row">
        {tags.map((t) => (
          <span class="pill" key={t}>
            {t}{' '}
            <button
              type="button"
              class="x"
              onClick={() => onPatch({ tags: tags.filter((x) => x !== t) })}
            >
              <span aria-hidden="true">×</span>
              <span class="visually-hidden">Remove tag {t}</span>
            </button>
          </span>
        ))}
        <input
          aria-label="Add a tag"
          placeholder="add a tag"
          maxLength={60}
          value={tag}
          onInput={(e) => setTag((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && addTag()}
        />
      </div>
      <h3>Collections</h3>
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
