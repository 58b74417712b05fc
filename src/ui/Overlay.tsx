import { useContext, useState } from 'preact/hooks';
import type { Category } from '../classify/types';
import type { PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import { BarEnvironmentContext } from './bar-environment';
import { t, tn } from '../shared/i18n';
import { CATEGORY_KEYS, categoryLabel, formatPercent, specialtyLabel } from './labels';
import { OverlayControls } from './OverlayControls';
import { Private, usePrivateAttribute } from './private-text';
import { signalText, weightedSignalText } from './signal-text';
import type { AeBarAction } from './ReportAe';
import { CurateRow, type CurateEditor } from './CurateRow';
import { useTrustedActivation } from './trusted-activation';

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
  /** The "Report AE" action (key A); absent where a post cannot be reported. */
  ae?: AeBarAction;
  /** The user's collections, for the collection picker (key L). */
  collectionNames?: () => Promise<string[]>;
}

const MAX_REASONS = 2;

/** Beside each post: who the author looks like, the suggested C, and one-click tagging. */
export function Overlay(props: OverlayProps) {
  const { view, error, onPatch, onMarkAuthor, alwaysOpen, ae } = props;
  const { trustedOnly } = useContext(BarEnvironmentContext);
  const [editing, setEditing] = useState<CurateEditor>(null);
  const privateAttr = usePrivateAttribute();
  // The text box exists only while a tag is being typed: a form field is many times the layout
  // work of a button, and there is one overlay per post.
  const [tagging, setTagging] = useState(false);
  // The controls exist only while the user's pointer or focus is on the bar: a feed of a thousand
  // posts then holds and paints a thousand lines, not a thousand control panels.
  const activation = useTrustedActivation(trustedOnly);
  const open = alwaysOpen || activation.open || tagging || editing !== null;

  if (!view) {
    return (
      <div class="lens" aria-busy="true">
        <span class="brand">{t('extName')}</span>
        <span class="muted">{error ?? t('bar_readingPost')}</span>
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
    .map(signalText);
  if (reasons.length === 0 && !verdict.isHcp) reasons.push(t('bar_noCredential'));
  // Every signal with its weight: worded only where shown (a tooltip in the extension's pages,
  // the open controls in a page), not on every draw of a closed bar.
  const allSignals = () => verdict.signals.map(weightedSignalText);
  // A tooltip is an attribute: in a page the signals (which name the target list) are shown in
  // the open controls instead.
  const inPage = privateAttr('') === undefined;
  const badgeTitle = inPage
    ? undefined
    : `${allSignals().join('\n')}\n\n${
        verdict.authorMarked === undefined
          ? t(verdict.isHcp ? 'bar_markAsNotHcp' : 'bar_markAsHcp')
          : t('bar_decideAgain')
      }`;

  const choose = (category: Category) =>
    // Choosing the confirmed category again takes the decision back to the suggestion.
    onPatch({ category: confirmed === category ? null : category });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
    if (!activation.acts(e)) return;
    const category = CATEGORY_KEYS[e.key];
    if (category) choose(category);
    else if (e.key === 'Enter' || e.key === 'c') onPatch({ category: verdict.category });
    else if (e.key === 'f') onPatch({ flagged: !flagged });
    else if (e.key === 't') setTagging(true);
    else if (e.key === 'a' && ae && !ae.state) ae.onReport();
    else if (e.key === 'n' || e.key === 'l') setEditing(e.key === 'n' ? 'note' : 'collections');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const suggestedLabel = categoryLabel(verdict.category);
  const shownCategory = confirmed ?? verdict.category;
  const hcpWord = t(verdict.isHcp ? 'common_hcp' : 'common_notHcp');
  const hcpText =
    verdict.authorMarked === undefined
      ? t('bar_hcpConfidence', [hcpWord, formatPercent(verdict.hcpConfidence)])
      : t('bar_hcpMarked', hcpWord);

  return (
    <div
      class={open ? 'lens open' : 'lens'}
      tabIndex={0}
      role="group"
      aria-label={t('extName')}
      onKeyDown={onKeyDown}
      {...activation.handlers}
      title={t('bar_keys')}
    >
      {/* One line under every post; the controls open below it on hover or focus. */}
      <div class="line">
        {/* Named by what it shows ("HCP 96%"), as speech input expects; the title says what a
            click does. */}
        <button
          type="button"
          class={verdict.isHcp ? 'badge hcp' : 'badge not-hcp'}
          title={badgeTitle}
          disabled={!onMarkAuthor}
          onClick={() => onMarkAuthor?.(verdict.authorMarked === undefined ? !verdict.isHcp : null)}
        >
          <Private text={hcpText} />
        </button>
        {verdict.ae && (
          <span class="badge ae" title={t('bar_aeTitle')}>
            <Private text={t('bar_aeBadge', t('common_possibleAe'))} />
          </span>
        )}
        {verdict.target && (
          <span
            class="chip target"
            title={privateAttr(() => t('bar_onTargetList', verdict.target?.listName ?? ''))}
          >
            <Private
              text={
                verdict.target.tier ? t('bar_targetTier', verdict.target.tier) : t('bar_target')
              }
            />
          </span>
        )}
        {verdict.specialty && (
          <span class="chip">
            <Private text={specialtyLabel(verdict.specialty)} />
          </span>
        )}
        {verdict.trainee && (
          <span class="chip">
            <Private text={t('common_trainee')} />
          </span>
        )}
        {verdict.industry && (
          <span class="chip">
            <Private text={t('common_industry')} />
          </span>
        )}
        <button
          type="button"
          class={`pill cat-${shownCategory} ${confirmed ? 'confirmed' : 'suggested'}`}
          title={privateAttr(() =>
            t(confirmed ? 'bar_confirmedUndo' : 'bar_suggestedConfirmEnter'),
          )}
          aria-label={privateAttr(() =>
            confirmed
              ? t('bar_categoryConfirmedUndo', categoryLabel(confirmed))
              : t('bar_confirmSuggested', suggestedLabel),
          )}
          onClick={() => onPatch({ category: confirmed ? null : verdict.category })}
        >
          <Private
            text={
              confirmed
                ? t('bar_confirmedPill', categoryLabel(confirmed))
                : t('bar_suggestedPill', suggestedLabel)
            }
          />
        </button>
        {flagged && (
          <span class="star" title={privateAttr(() => t('bar_flaggedTitle'))}>
            <Private text="★" />
          </span>
        )}
        {tags.length > 0 && (
          <span class="muted">
            <Private text={tn('bar_tags', tags.length)} />
          </span>
        )}
        {error ? (
          <span class="error" role="alert">
            {error}
          </span>
        ) : (
          reasons.length > 0 && (
            <span class="reasons">
              <Private text={reasons.join(' · ')} />
            </span>
          )
        )}
      </div>
      {open && (
        <OverlayControls
          confirmed={confirmed}
          suggested={verdict.category}
          flagged={flagged}
          tags={tags}
          signals={inPage ? allSignals().join(' · ') : null}
          tagging={tagging}
          setTagging={setTagging}
          choose={choose}
          onPatch={onPatch}
          ae={ae}
        >
          <CurateRow
            {...{ editing, setEditing, onPatch }}
            annotation={annotation}
            collectionNames={props.collectionNames}
          />
        </OverlayControls>
      )}
    </div>
  );
}
