import { useCallback, useRef, useState } from 'preact/hooks';
import type { PostFilter, Sort } from '../../db/post-filter';
import type { PostView } from '../../db/records';
import { send, type RuntimeWithEvents } from '../../messages/protocol';
import type { AnnotationPatch, BulkChange } from '../../messages/schemas';
import { CategoryBars } from '../../ui/CategoryBars';
import { formatNumber, t, tn } from '../../shared/i18n';
import { Notices } from '../Notices';
import { useLabels } from '../use-labels';
import { applyBulk, exportView } from './actions';
import { ExportDialog } from '../ExportDialog';
import type { ExportTarget } from '../../export/stream';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { PostEditor } from './PostEditor';
import { PostRow, ROW_HEIGHT } from './PostRow';
import { usePostPages } from './use-post-pages';
import { useVirtualRows } from './use-virtual-rows';

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export interface PostsViewProps {
  runtime: RuntimeWithEvents;
  filter: PostFilter;
  sort: Sort;
  /** Puts new filters in the page's address. */
  navigate: (filter: PostFilter, sort: Sort) => void;
  /** Filters the page sets itself (a collection's page): always applied, not offered. */
  fixed?: PostFilter;
  /** Names the exported file. */
  exportName?: string;
}

/** The annotated posts: filtered, sorted, edited in place or in bulk, and exported as shown. */
export function PostsView({
  runtime,
  filter,
  sort,
  navigate,
  fixed = {},
  exportName,
}: PostsViewProps) {
  const applied = { ...filter, ...fixed };
  // Counting per category reads every category's keys: only while the user looks at the counts.
  const [countsOpen, setCountsOpen] = useState(false);
  const pages = usePostPages(runtime, applied, sort, countsOpen);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<PostView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // The filters' lists of collections and tags wait for the first rows, which come first.
  const collections = useLabels(runtime, 'collection', pages.total !== null);
  const tags = useLabels(runtime, 'tag', pages.total !== null);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualRows(pages.total ?? 0, ROW_HEIGHT, scroller);

  const fail = (e: unknown) => setError((e as Error).message);
  const patch = (key: string, p: AnnotationPatch) =>
    send(runtime, { type: 'annotation/set', key, patch: p }).then(({ view }) => {
      pages.replace(view);
      setEditing((old) => (old?.post.key === key ? view : old));
      setError(null);
    }, fail);
  const select = (key: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  // "Export…": separator, dates and .xlsx, streamed with a progress bar (ExportDialog).
  const [exporting, setExporting] = useState<{ target: ExportTarget; label: string } | null>(null);
  // The whole view streams from the background by its filters: no list of its keys comes here.
  const exportWithOptions = () =>
    setExporting(
      selected.size
        ? { target: { keys: [...selected] }, label: tn('dash_selectedPosts', selected.size) }
        : {
            target: { view: { filter: applied, sort } },
            label: tn('dash_shownPosts', pages.total ?? 0),
          },
    );
  const selectAll = () =>
    send(runtime, { type: 'posts/keys', filter: applied, sort }).then(
      ({ keys }) => setSelected(new Set(keys)),
      fail,
    );
  const bulk = (change: BulkChange) =>
    applyBulk(runtime, [...selected], change).then(
      (n) => setStatus(tn('dash_changedPosts', n)),
      fail,
    );
  const exportCsv = (keys?: string[]) =>
    exportView(runtime, { filter: applied, sort, keys, name: exportName }).then(
      (n) => setStatus(tn('dash_exportedPosts', n)),
      fail,
    );
  const collectionNames = useCallback(
    () => send(runtime, { type: 'labels/names', kind: 'collection' }).then((r) => r.names),
    [runtime],
  );

  const total = pages.total;
  return (
    <div class="posts-view">
      <FilterBar
        filter={filter}
        sort={sort}
        onChange={(f, s) => {
          setSelected(new Set());
          navigate(f, s);
        }}
        collections={(collections.labels ?? []).map((l) => l.name)}
        tags={(tags.labels ?? []).map((l) => l.name)}
        fixed={Object.keys(fixed) as (keyof PostFilter)[]}
      />
      <div class="toolbar">
        <span class="muted" role="status" aria-live="polite">
          {total === null ? t('dash_loading') : tn('dash_postsInView', total)}
        </span>
        <button class="primary" onClick={() => void exportCsv()} disabled={!total}>
          {t('dash_exportViewCsv')}
        </button>
        <button onClick={() => void exportWithOptions()} disabled={!total}>
          {t('dash_exportWithOptions')}
        </button>
        <button onClick={() => void selectAll()} disabled={!total}>
          {t('dash_selectAllInView')}
        </button>
      </div>
      {exporting && (
        <ExportDialog
          runtime={runtime}
          target={exporting.target}
          name={exportName ?? 'view'}
          label={exporting.label}
          onClose={() => setExporting(null)}
        />
      )}
      <Notices error={error ?? pages.error} status={status} />
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onApply={(c) => void bulk(c)}
          onExport={() => void exportCsv([...selected])}
          onClear={() => setSelected(new Set())}
        />
      )}
      <details
        class="view-counts"
        onToggle={(e) => setCountsOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          {pages.counts
            ? t('dash_categoriesInViewCounts', [
                formatNumber(sum(pages.counts.confirmed)),
                formatNumber(sum(pages.counts.suggested)),
              ])
            : t('dash_categoriesInView')}
        </summary>
        {pages.counts && (
          <CategoryBars counts={pages.counts.confirmed} suggested={pages.counts.suggested} />
        )}
      </details>
      <div class={editing ? 'layout editing' : 'layout'}>
        <div
          ref={scroller}
          class="post-list"
          role="table"
          aria-label={t('dash_postsTable')}
          aria-rowcount={(total ?? 0) + 1}
          aria-busy={total === null}
        >
          <div class="post-row head" role="row" aria-rowindex={1}>
            {[
              '',
              t('dash_colAuthor'),
              t('dash_colCategory'),
              t('dash_colFollowUp'),
              t('dash_colLabels'),
              t('dash_colPost'),
              '',
            ].map((h, i) => (
              <div role="columnheader" key={i}>
                {h}
              </div>
            ))}
          </div>
          <div style={{ height: `${rows.getTotalSize()}px`, position: 'relative' }}>
            {rows.getVirtualItems().map((item) => {
              const view = pages.rowAt(item.index);
              return (
                <div
                  key={item.key}
                  class="post-slot"
                  style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
                >
                  {view ? (
                    <PostRow
                      view={view}
                      index={item.index}
                      selected={selected.has(view.post.key)}
                      moving={rows.isScrolling}
                      onSelect={(on) => select(view.post.key, on)}
                      onPatch={(p) => void patch(view.post.key, p)}
                      onEdit={() => setEditing(view)}
                    />
                  ) : (
                    <div class="post-row muted">{t('dash_loading')}</div>
                  )}
                </div>
              );
            })}
          </div>
          {total === 0 && <p class="muted empty">{t('dash_noPostMatches')}</p>}
        </div>
        {editing && (
          <aside>
            <PostEditor
              view={editing}
              onPatch={(p) => void patch(editing.post.key, p)}
              onClose={() => setEditing(null)}
              collectionNames={collectionNames}
            />
          </aside>
        )}
      </div>
    </div>
  );
}
