import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../classify/types';
import type { PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import { CATEGORY_KEYS, CATEGORY_LABELS } from './labels';
import { plural } from './plural';
import { CurateRow, type CurateEditor } from './CurateRow';

export interface OverlayProps {
  /** The stored post with its verdict and the user's decision; null until the background answers. */
  view: PostView | null;
  /** Set when the background could not be reached or refused a change. */
  error: string | null;
  onPatch: (patch: AnnotationPatch) => void;
  /** Marks the author as an HCP or not; null returns the decision to the classifier. */
  onMarkAuthor?: (isHcp: boolean | null) => void;
  /** Controls always shown (the side panel has room); in the page they open on hover or focus. */
  alwaysOpen?: boolean;
  /** The user's collections, for the collection picker (key L). */
  collectionNames?: () => Promise<string[]>;
}

const MAX_REASONS = 2;
const HOVER_INTENT_MS = 200;

/** Beside each post: who the author looks like, the suggested C, and one-click tagging. */
export function Overlay(props: OverlayProps) {
  const { view, error, onPatch, onMarkAuthor, alwaysOpen } = props;
  const [editing, setEditing] = useState<CurateEditor>(null);
  const [draft, setDraft] = useState('');
  // The text box exists only while a tag is being typed: a form field is many times the layout
  // work of a button, and there is one overlay per post.
  const [tagging, setTagging] = useState(false);
  // The controls exist only while the pointer or the focus is on the bar: a feed of a thousand
  // posts then holds and paints a thousand lines, not a thousand control panels.
  const [hovered, setHovered] = useState(false);
  // Opening waits for the pointer to rest on the bar: bars scrolling under a still pointer, or a
  // pointer crossing the feed, open nothing.
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pointerIn = () => {
    clearTimeout(hoverTimer.current);
    hoverTimer.current = setTimeout(() => setHovered(true), HOVER_INTENT_MS);
  };
  const pointerOut = () => {
    clearTimeout(hoverTimer.current);
    setHovered(false);
  };
  useEffect(() => () => clearTimeout(hoverTimer.current), []);
  const [focused, setFocused] = useState(false);
  const open = alwaysOpen || hovered || focused || tagging || editing !== null;
  const tagInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (tagging) tagInput.current?.focus();
  }, [tagging]);

  if (!view) {
    return (
      <div class="lens" aria-busy="true">
        <span class="brand">HCP Lens</span>
        <span class="muted">{error ?? 'Reading post…'}</span>
      </div>
    );
  }

  const { verdict } = view.post;
  const annotation = view.annotation;
  const confirmed = annotation?.category ?? null;
  const tags = annotation?.tags ?? [];
  const flagged = annotation?.flagged ?? false;
  const reasonKind = verdict.isHcp ? 'hcp' : 'not-hcp';
  const reasons = verdict.signals
    .filter((s) => s.kind === reasonKind)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map((s) => s.label);
  if (reasons.length === 0 && !verdict.isHcp) reasons.push('no clinical credential or title');
  const allSignals = verdict.signals.map(
    (s) => `${s.label} (${s.weight > 0 ? '+' : ''}${s.weight})`,
  );

  const choose = (category: Category) =>
    // Choosing the confirmed category again takes the decision back to the suggestion.
    onPatch({ category: confirmed === category ? null : category });
  const addTag = () => {
    const tag = draft.trim();
    if (tag && !tags.includes(tag)) onPatch({ tags: [...tags, tag] });
    setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
    const category = CATEGORY_KEYS[e.key];
    if (category) choose(category);
    else if (e.key === 'Enter' || e.key === 'c') onPatch({ category: verdict.category });
    else if (e.key === 'f') onPatch({ flagged: !flagged });
    else if (e.key === 't') setTagging(true);
    else if (e.key === 'n' || e.key === 'l') setEditing(e.key === 'n' ? 'note' : 'collections');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const suggestedLabel = CATEGORY_LABELS[verdict.category];
  const shownCategory = confirmed ?? verdict.category;

  return (
    <div
      class={open ? 'lens open' : 'lens'}
      tabIndex={0}
      role="group"
      aria-label="HCP Lens"
      onKeyDown={onKeyDown}
      onPointerEnter={pointerIn}
      onPointerLeave={pointerOut}
      onFocusCapture={() => setFocused(true)}
      onBlurCapture={(e) => {
        const next = e.relatedTarget as Node | null;
        if (!next || !(e.currentTarget as HTMLElement).contains(next)) setFocused(false);
      }}
      title="Keys: 1–5 category, 0 none, Enter confirm suggestion, F follow up, T tag, N note, L collections"
    >
      {/* One line under every post; the controls open below it on hover or focus. */}
      <div class="line">
        <button
          type="button"
          class={verdict.isHcp ? 'badge hcp' : 'badge not-hcp'}
          title={`${allSignals.join('\n')}\n\n${
            verdict.authorMarked === undefined
              ? `Click if this is wrong: marks the author as ${verdict.isHcp ? 'not an HCP' : 'an HCP'}`
              : 'Click to let HCP Lens decide again'
          }`}
          aria-label={`${verdict.isHcp ? 'HCP' : 'Not HCP'}: change for this author`}
          disabled={!onMarkAuthor}
          onClick={() => onMarkAuthor?.(verdict.authorMarked === undefined ? !verdict.isHcp : null)}
        >
          {verdict.isHcp ? 'HCP' : 'Not HCP'}{' '}
          {verdict.authorMarked === undefined
            ? `${Math.round(verdict.hcpConfidence * 100)}%`
            : '· marked'}
        </button>
        {verdict.ae && (
          <span
            class="badge ae"
            title="Product, effect and patient are all mentioned: route to pharmacovigilance"
          >
            ⚠ Possible adverse event
          </span>
        )}
        {verdict.target && (
          <span class="chip target" title={`On your list “${verdict.target.listName}”`}>
            {verdict.target.tier ? `Tier ${verdict.target.tier}` : 'Target'}
          </span>
        )}
        {verdict.specialty && <span class="chip">{verdict.specialty}</span>}
        {verdict.trainee && <span class="chip">trainee</span>}
        {verdict.industry && <span class="chip">industry</span>}
        <button
          type="button"
          class={`pill cat-${shownCategory} ${confirmed ? 'confirmed' : 'suggested'}`}
          title={confirmed ? 'Confirmed: click to undo' : 'Suggested: click to confirm (Enter)'}
          aria-label={
            confirmed
              ? `${CATEGORY_LABELS[confirmed]} confirmed: click to undo`
              : `Confirm suggested category ${suggestedLabel}`
          }
          onClick={() => onPatch({ category: confirmed ? null : verdict.category })}
        >
          {confirmed ? `✓ ${CATEGORY_LABELS[confirmed]}` : `${suggestedLabel}?`}
        </button>
        {flagged && (
          <span class="star" title="Flagged for follow-up">
            ★
          </span>
        )}
        {tags.length > 0 && <span class="muted">{plural(tags.length, 'tag')}</span>}
        {error ? (
          <span class="error" role="alert">
            {error}
          </span>
        ) : (
          reasons.length > 0 && <span class="reasons">{reasons.join(' · ')}</span>
        )}
      </div>
      {open && (
        <div class="more">
          <div class="row" role="radiogroup" aria-label="Category">
            {CATEGORIES.map((c) => {
              const isConfirmed = confirmed === c;
              const isSuggested = !confirmed && verdict.category === c;
              return (
                <button
                  type="button"
                  class={`cat cat-${c}${isConfirmed ? ' confirmed' : ''}${isSuggested ? ' suggested' : ''}`}
                  role="radio"
                  aria-checked={isConfirmed}
                  data-category={c}
                  title={isSuggested ? 'Suggested: click to confirm' : `Set ${CATEGORY_LABELS[c]}`}
                  onClick={() => choose(c)}
                >
                  {isConfirmed ? '✓ ' : ''}
                  {CATEGORY_LABELS[c]}
                </button>
              );
            })}
          </div>
          <div class="row">
            <button
              type="button"
              class={flagged ? 'flag on' : 'flag'}
              aria-pressed={flagged}
              onClick={() => onPatch({ flagged: !flagged })}
              title="Flag for follow-up (F)"
            >
              {flagged ? '★ Following up' : '☆ Follow up'}
            </button>
            {tags.map((t) => (
              <span class="chip tag" key={t}>
                {t}
                <button
                  type="button"
                  class="x"
                  aria-label={`Remove tag ${t}`}
                  onClick={() => onPatch({ tags: tags.filter((x) => x !== t) })}
                >
                  ×
                </button>
              </span>
            ))}
            {tagging ? (
              <input
                ref={tagInput}
                class="tag-input"
                placeholder="tag"
                aria-label="Add a tag"
                maxLength={60}
                value={draft}
                onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
                onBlur={() => draft.trim() === '' && setTagging(false)}
                onKeyDown={(e) => {
                  e.stopPropagation();
                  if (e.key === 'Enter') addTag();
                  if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
                }}
              />
            ) : (
              <button
                type="button"
                class="add-tag"
                aria-label="Add a tag"
                title="Add a tag (T)"
                onClick={() => setTagging(true)}
              >
                + tag
              </button>
            )}
          </div>
          <CurateRow
            {...{ editing, setEditing, onPatch }}
            annotation={annotation}
            collectionNames={props.collectionNames}
          />
        </div>
      )}
    </div>
  );
}
