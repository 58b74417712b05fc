import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../classify/types';
import type { AnnotationPatch } from '../messages/schemas';
import { t } from '../shared/i18n';
import { categoryLabel } from './labels';
import { Private, usePrivateAttribute } from './private-text';
import { ReportAe, type AeBarAction } from './ReportAe';

export interface OverlayControlsProps {
  confirmed: Category | null;
  suggested: Category;
  flagged: boolean;
  tags: string[];
  /** Every signal with its weight, and the target list: shown here in a page, not as a tooltip. */
  signals: string | null;
  tagging: boolean;
  setTagging: (on: boolean) => void;
  choose: (category: Category) => void;
  onPatch: (patch: AnnotationPatch) => void;
  ae?: AeBarAction | undefined;
  /** More rows at the end (the note and collections row). */
  children?: ComponentChildren;
}

/** The bar's open part: categories, follow-up, tags. All its text goes through `Private`. */
export function OverlayControls(props: OverlayControlsProps) {
  const { confirmed, suggested, flagged, tags, tagging, setTagging, choose, onPatch } = props;
  const privateAttr = usePrivateAttribute();
  const [draft, setDraft] = useState('');
  const tagInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (tagging) tagInput.current?.focus();
  }, [tagging]);
  const addTag = () => {
    const tag = draft.trim();
    if (tag && !tags.includes(tag)) onPatch({ tags: [...tags, tag] });
    setDraft('');
  };

  return (
    <div class="more">
      {props.signals && (
        <div class="row why">
          <Private text={props.signals} />
        </div>
      )}
      <div class="row" role="radiogroup" aria-label={t('bar_categoryGroup')}>
        {CATEGORIES.map((c) => {
          const isConfirmed = confirmed === c;
          const isSuggested = !confirmed && suggested === c;
          return (
            <button
              type="button"
              class={`cat cat-${c}${isConfirmed ? ' confirmed' : ''}${isSuggested ? ' suggested' : ''}`}
              role="radio"
              aria-checked={isConfirmed}
              data-category={c}
              title={privateAttr(() =>
                isSuggested ? t('bar_suggestedConfirm') : t('bar_setCategory', categoryLabel(c)),
              )}
              onClick={() => choose(c)}
            >
              <Private
                text={isConfirmed ? t('bar_confirmedPill', categoryLabel(c)) : categoryLabel(c)}
              />
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
          title={t('bar_flagTitle')}
        >
          <Private text={t(flagged ? 'bar_followingUp' : 'bar_followUp')} />
        </button>
        {props.ae && <ReportAe {...props.ae} />}
        {tags.map((tag) => (
          <span class="chip tag" key={tag}>
            <Private text={tag} />
            <button
              type="button"
              class="x"
              aria-label={privateAttr(() => t('bar_removeTagNamed', tag)) ?? t('bar_removeTag')}
              onClick={() => onPatch({ tags: tags.filter((x) => x !== tag) })}
            >
              ×
            </button>
          </span>
        ))}
        {tagging ? (
          <input
            ref={tagInput}
            class="tag-input"
            placeholder={t('bar_tagPlaceholder')}
            aria-label={t('bar_addTag')}
            maxLength={60}
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
            onBlur={() => draft.trim() === '' && setTagging(false)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') addTag();
              if (e.key === 'Escape') {
                // Cancels the tag; the focus goes back to the bar, so its keys work at once.
                const bar = (e.target as HTMLElement).closest<HTMLElement>('.lens');
                setDraft('');
                setTagging(false);
                bar?.focus();
              }
            }}
          />
        ) : (
          <button
            type="button"
            class="add-tag"
            aria-label={t('bar_addTag')}
            title={t('bar_addTagTitle')}
            onClick={() => setTagging(true)}
          >
            {t('bar_addTagButton')}
          </button>
        )}
      </div>
      {props.children}
    </div>
  );
}
