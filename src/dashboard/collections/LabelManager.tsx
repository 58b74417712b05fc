import { useState } from 'preact/hooks';
import type { LabelKind } from '../../db/labels';
import { send, type RuntimeWithEvents } from '../../messages/protocol';
import { formatNumber, t, tn, type MessageKey } from '../../shared/i18n';
import { Notices } from '../Notices';
import { routeHash } from '../route';
import { EmptyRow } from '../table-parts';
import { exportView } from '../posts/actions';
import { useLabels } from '../use-labels';
import { ConfirmDelete } from './ConfirmDelete';

/** What each kind's texts say, as message names (each language words them for the kind). */
const WORDS: Record<
  LabelKind,
  {
    title: MessageKey;
    empty: MessageKey;
    select: MessageKey;
    merge: string;
    mergedName: MessageKey;
  }
> = {
  collection: {
    title: 'dash_navCollections',
    empty: 'dash_noCollection',
    select: 'dash_selectCollection',
    merge: 'dash_mergeCollections',
    mergedName: 'dash_mergedCollectionName',
  },
  tag: {
    title: 'dash_tags',
    empty: 'dash_noTag',
    select: 'dash_selectTag',
    merge: 'dash_mergeTags',
    mergedName: 'dash_mergedTagName',
  },
};

/**
 * Collections or tags as things of their own: each with its number of posts, renamed in place,
 * several merged into one, deleted after a yes (the posts stay). Each opens on its own page and
 * is exported from here; a new collection can be created before any post is in it.
 */
export function LabelManager({ runtime, kind }: { runtime: RuntimeWithEvents; kind: LabelKind }) {
  const { labels, error: loadError, reload } = useLabels(runtime, kind);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ name: string; draft: string } | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [into, setInto] = useState('');
  const [created, setCreated] = useState('');
  const words = WORDS[kind];
  const title = t(words.title);
  // A deletion waits for the user's yes, with the number of posts it is on.
  const [deleting, setDeleting] = useState<{ name: string; posts: number } | null>(null);

  const run = async (work: () => Promise<string>) => {
    try {
      setStatus(await work());
      setError(null);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const rename = (from: string[], name: string) =>
    run(async () => {
      const { changed } = await send(runtime, { type: 'labels/rename', kind, from, into: name });
      setRenaming(null);
      setTicked(new Set());
      return tn(from.length > 1 ? 'dash_merged' : 'dash_renamed', changed, [name]);
    });
  const remove = (name: string) =>
    run(async () => {
      const { changed } = await send(runtime, { type: 'labels/delete', kind, name });
      return tn('dash_deleted', changed, [name]);
    });
  const create = () =>
    run(async () => {
      const name = created.trim();
      await send(runtime, { type: 'labels/create', kind: 'collection', name });
      setCreated('');
      return t('dash_created', name);
    });
  const exportOne = (name: string) =>
    run(async () => {
      const rows = await exportView(runtime, {
        filter: kind === 'collection' ? { collection: name } : { tag: name },
        sort: 'annotated-desc',
        name,
      });
      return tn('dash_exportedOf', rows, [name]);
    });
  const toggle = (name: string) =>
    setTicked((old) => {
      const next = new Set(old);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  const pageOf = (name: string) => routeHash(kind === 'collection' ? 'collections' : 'tags', name);

  return (
    <section aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`}>{title}</h2>
      <Notices error={error ?? loadError} status={status} />
      {kind === 'collection' && (
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            if (created.trim()) void create();
          }}
        >
          <input
            aria-label={t('dash_newCollectionName')}
            placeholder={t('dash_newCollection')}
            maxLength={60}
            value={created}
            onInput={(e) => setCreated((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="primary">
            {t('dash_createCollection')}
          </button>
        </form>
      )}
      <table aria-label={title}>
        <thead>
          <tr>
            <th>
              <span class="visually-hidden">{t('dash_select')}</span>
            </th>
            <th>{t('dash_name')}</th>
            <th>{t('dash_posts')}</th>
            <th>
              <span class="visually-hidden">{t('dash_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {labels?.length === 0 && <EmptyRow span={4}>{t(words.empty)}</EmptyRow>}
          {labels?.map(({ name, posts }) => (
            <tr key={name}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t(words.select, name)}
                  checked={ticked.has(name)}
                  onChange={() => toggle(name)}
                />
              </td>
              <td>
                {renaming?.name === name ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const next = renaming.draft.trim();
                      if (next && next !== name) void rename([name], next);
                      else setRenaming(null);
                    }}
                  >
                    <input
                      aria-label={t('dash_newNameFor', name)}
                      maxLength={60}
                      value={renaming.draft}
                      onInput={(e) =>
                        setRenaming({ name, draft: (e.target as HTMLInputElement).value })
                      }
                    />
                    <button type="submit">{t('dash_save')}</button>
                  </form>
                ) : (
                  <a href={pageOf(name)}>{name}</a>
                )}
              </td>
              <td>{formatNumber(posts)}</td>
              <td class="actions">
                <button type="button" onClick={() => setRenaming({ name, draft: name })}>
                  {t('dash_rename')}
                </button>
                <button type="button" onClick={() => void exportOne(name)} disabled={!posts}>
                  {t('dash_exportCsv')}
                </button>
                <button type="button" onClick={() => setDeleting({ name, posts })}>
                  {t('dash_delete')}
                </button>
                {deleting?.name === name && (
                  <ConfirmDelete
                    kind={kind}
                    name={name}
                    posts={posts}
                    onConfirm={() => {
                      setDeleting(null);
                      void remove(name);
                    }}
                    onCancel={() => setDeleting(null)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ticked.size > 1 && (
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            if (into.trim()) void rename([...ticked], into.trim());
          }}
        >
          <span>{tn(words.merge, ticked.size)}</span>
          <input
            aria-label={t(words.mergedName)}
            list={`${kind}-names`}
            maxLength={60}
            value={into}
            onInput={(e) => setInto((e.target as HTMLInputElement).value)}
          />
          <datalist id={`${kind}-names`}>
            {[...ticked].map((n) => (
              <option value={n} key={n} />
            ))}
          </datalist>
          <button type="submit" class="primary">
            {t('dash_merge')}
          </button>
        </form>
      )}
    </section>
  );
}
