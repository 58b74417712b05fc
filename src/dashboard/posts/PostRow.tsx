import { CATEGORIES, type Category } from '../../classify/types';
import { followUpState, type FollowUpState } from '../../db/facets';
import type { PostView } from '../../db/records';
import type { AnnotationPatch } from '../../messages/schemas';
import { formatDate, t, type MessageKey } from '../../shared/i18n';
import { categoryName } from '../category-names';

export const ROW_HEIGHT = 76;
const SNIPPET = 160;

/** Each follow-up state's name, as a message name for t(). */
export const FOLLOW_UP_LABELS: Record<FollowUpState, MessageKey> = {
  none: 'dash_followUpNone',
  open: 'dash_followUpOpen',
  done: 'dash_followUpDone',
};

/** The patch that puts a post's follow-up in `state`. */
export const followUpPatch = (state: FollowUpState): AnnotationPatch => ({
  flagged: state === 'open',
  followUpDone: state === 'done',
});

/**
 * One annotated post in the list: its category and follow-up are edited in place. While the list
 * moves (`moving`), the two menus are drawn as their chosen value's text: a fast scroll replaces
 * every row every frame, and building two menus with their options per row took most of each
 * frame (33 ms instead of 17 ms per frame at 1.5 screens a frame, docs/performance.md). They
 * come back as menus as soon as the list stops.
 */
export function PostRow({
  view,
  index,
  selected,
  moving = false,
  onSelect,
  onPatch,
  onEdit,
}: {
  view: PostView;
  index: number;
  selected: boolean;
  moving?: boolean;
  onSelect: (selected: boolean) => void;
  onPatch: (patch: AnnotationPatch) => void;
  onEdit: () => void;
}) {
  const { post, annotation } = view;
  const v = post.verdict;
  const followUp = annotation ? followUpState(annotation) : 'none';
  const labels = [...(annotation?.collections ?? []), ...(annotation?.tags ?? [])];
  const suggested = t('dash_categorySuggested', categoryName(v.category));
  return (
    <div class="post-row" role="row" aria-rowindex={index + 2} data-post-key={post.key}>
      <div role="cell" class="cell-select">
        <input
          type="checkbox"
          aria-label={t('dash_selectPost', index + 1)}
          checked={selected}
          onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
        />
      </div>
      <div role="cell" class="cell-author">
        <b>{post.authorName}</b>
        <div class="muted">
          {/* The day first seen: what the "seen" sort orders by. */}
          {formatDate(Date.parse(post.firstSeenAt))} · {v.isHcp ? t('dash_hcp') : t('dash_notHcp')}
          {v.specialty && ` · ${v.specialty}`}
          {v.target && ` · ${v.target.tier ? t('dash_tier', v.target.tier) : t('dash_listed')}`}
          {` · ${post.platform}`}
        </div>
      </div>
      <div role="cell" class="cell-category">
        {moving ? (
          <span class="menu-value">
            {annotation?.category ? categoryName(annotation.category) : suggested}
          </span>
        ) : (
          <select
            aria-label={t('dash_colCategory')}
            value={annotation?.category ?? ''}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              onPatch({ category: value ? (value as Category) : null });
            }}
          >
            <option value="">{suggested}</option>
            {CATEGORIES.map((c) => (
              <option value={c} key={c}>
                {categoryName(c)}
              </option>
            ))}
          </select>
        )}
        {annotation?.by && <div class="muted">{t('dash_by', annotation.by)}</div>}
        {annotation?.category && annotation.category !== v.category && (
          <div class="muted">{t('dash_suggestedWas', categoryName(v.category))}</div>
        )}
      </div>
      <div role="cell" class="cell-follow">
        {moving ? (
          <span class="menu-value">{t(FOLLOW_UP_LABELS[followUp])}</span>
        ) : (
          <select
            aria-label={t('dash_colFollowUp')}
            value={followUp}
            onChange={(e) =>
              onPatch(followUpPatch((e.target as HTMLSelectElement).value as FollowUpState))
            }
          >
            {(Object.keys(FOLLOW_UP_LABELS) as FollowUpState[]).map((s) => (
              <option value={s} key={s}>
                {t(FOLLOW_UP_LABELS[s])}
              </option>
            ))}
          </select>
        )}
      </div>
      <div role="cell" class="cell-labels">
        {annotation?.collections.map((c) => (
          <span class="pill collection" key={`c:${c}`}>
            ▤ {c}
          </span>
        ))}
        {annotation?.tags.map((t) => (
          <span class="pill" key={`t:${t}`}>
            {t}
          </span>
        ))}
        {labels.length === 0 && <span class="muted">—</span>}
      </div>
      <div role="cell" class="cell-text">
        {annotation?.note && <div class="note">✎ {annotation.note}</div>}
        {post.text.length > SNIPPET ? `${post.text.slice(0, SNIPPET)}…` : post.text}{' '}
        {/^https:\/\//.test(post.url) && (
          <a href={post.url} target="_blank" rel="noreferrer noopener">
            {t('dash_open')}
          </a>
        )}
      </div>
      <div role="cell" class="cell-actions">
        <button type="button" onClick={onEdit}>
          {t('dash_edit')}
        </button>
      </div>
    </div>
  );
}
