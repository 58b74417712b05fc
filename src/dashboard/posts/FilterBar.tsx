import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../classify/types';
import { SORTS, type PostFilter, type Sort } from '../../db/post-filter';
import { NETWORK_LABELS } from '../../platforms/networks';
import { PLATFORM_IDS } from '../../platforms/types';
import { t, type MessageKey } from '../../shared/i18n';
import { categoryName } from '../category-names';
import { FOLLOW_UP_LABELS } from './PostRow';

const PLATFORM_NAMES = NETWORK_LABELS;

const SORT_LABELS: Record<Sort, MessageKey> = {
  'annotated-desc': 'dash_sortAnnotatedDesc',
  'annotated-asc': 'dash_sortAnnotatedAsc',
  'seen-desc': 'dash_sortSeenDesc',
  'seen-asc': 'dash_sortSeenAsc',
  author: 'dash_sortAuthor',
};

/** Typed filters wait for a pause in typing, so each keystroke is not a query. */
const TYPING_PAUSE_MS = 300;

type Field = keyof PostFilter;

/** Every filter of the posts view; each change becomes the page's address (see route.ts). */
export function FilterBar({
  filter,
  sort,
  onChange,
  collections,
  tags,
  fixed = [],
}: {
  filter: PostFilter;
  sort: Sort;
  onChange: (filter: PostFilter, sort: Sort) => void;
  collections: string[];
  tags: string[];
  /** Filters set by the page itself (a collection's page), not offered. */
  fixed?: Field[];
}) {
  const set = (field: Field, value: string) =>
    onChange({ ...filter, [field]: value === '' ? undefined : value }, sort);
  const choice = (field: Field, label: string, options: [string, string][], all: string) =>
    fixed.includes(field) ? null : (
      <select
        aria-label={label}
        value={(filter[field] as string | undefined) ?? ''}
        onChange={(e) => set(field, (e.target as HTMLSelectElement).value)}
      >
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option value={value} key={value}>
            {text}
          </option>
        ))}
      </select>
    );
  const yesNo = (field: Field, label: string, yes: string, no: string) =>
    choice(
      field,
      label,
      [
        ['yes', yes],
        ['no', no],
      ],
      t('dash_filterAny', label),
    );

  return (
    <div class="toolbar filters" role="search" aria-label={t('dash_filters')}>
      <TypedFilter
        label={t('dash_colAuthor')}
        value={filter.author}
        onChange={(v) => set('author', v)}
      />
      {choice(
        'platform',
        t('dash_platform'),
        PLATFORM_IDS.map((p) => [p, PLATFORM_NAMES[p]]),
        t('dash_allPlatforms'),
      )}
      {choice(
        'category',
        t('dash_colCategory'),
        CATEGORIES.map((c) => [c, categoryName(c)]),
        t('dash_allCategories'),
      )}
      {filter.category &&
        choice(
          'categorySource',
          t('dash_categorySource'),
          [
            ['confirmed', t('dash_confirmed')],
            ['suggested', t('dash_suggestedOnly')],
          ],
          t('dash_confirmedOrSuggested'),
        )}
      {yesNo('hcp', t('dash_hcp'), t('dash_hcpAuthors'), t('dash_notHcp'))}
      <TypedFilter
        label={t('dash_specialty')}
        value={filter.specialty}
        onChange={(v) => set('specialty', v)}
      />
      {yesNo('trainee', t('dash_trainee'), t('dash_trainees'), t('dash_notTrainees'))}
      {yesNo('industry', t('dash_industry'), t('dash_industry'), t('dash_notIndustry'))}
      {choice(
        'followUp',
        t('dash_colFollowUp'),
        (Object.keys(FOLLOW_UP_LABELS) as (keyof typeof FOLLOW_UP_LABELS)[]).map((s) => [
          s,
          t(FOLLOW_UP_LABELS[s]),
        ]),
        t('dash_filterAny', t('dash_colFollowUp')),
      )}
      {choice(
        'collection',
        t('dash_collection'),
        collections.map((c) => [c, c]),
        t('dash_allCollections'),
      )}
      {choice(
        'tag',
        t('dash_tag'),
        tags.map((name) => [name, name]),
        t('dash_allTags'),
      )}
      {choice(
        'tier',
        t('dash_targetList'),
        [
          ['listed', t('dash_onTargetList')],
          ['unlisted', t('dash_notOnList')],
          ['1', t('dash_tier', 1)],
          ['2', t('dash_tier', 2)],
          ['3', t('dash_tier', 3)],
        ],
        t('dash_filterAny', t('dash_targetList')),
      )}
      <label>
        {t('dash_seenFrom')}{' '}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set('from', (e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('dash_seenTo')}{' '}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set('to', (e.target as HTMLInputElement).value)}
        />
      </label>
      <select
        aria-label={t('dash_sort')}
        value={sort}
        onChange={(e) => onChange(filter, (e.target as HTMLSelectElement).value as Sort)}
      >
        {SORTS.map((s) => (
          <option value={s} key={s}>
            {t(SORT_LABELS[s])}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A text filter applied after a pause in typing (or at once on Enter). */
function TypedFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  useEffect(() => {
    if (draft.trim() === (value ?? '')) return;
    const timer = setTimeout(() => onChange(draft.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <input
      type="search"
      aria-label={label}
      placeholder={label}
      value={draft}
      onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
      onKeyDown={(e) => e.key === 'Enter' && onChange(draft.trim())}
    />
  );
}
