import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../classify/types';
import { SORTS, type PostFilter, type Sort } from '../../db/post-filter';
import { NETWORK_LABELS } from '../../platforms/networks';
import { PLATFORM_IDS } from '../../platforms/types';
import { CATEGORY_LABELS } from '../../ui/labels';
import { FOLLOW_UP_LABELS } from './PostRow';

const PLATFORM_NAMES = NETWORK_LABELS;

const SORT_LABELS: Record<Sort, string> = {
  'annotated-desc': 'Newest decision first',
  'annotated-asc': 'Oldest decision first',
  'seen-desc': 'Newest seen first',
  'seen-asc': 'Oldest seen first',
  author: 'Author A–Z',
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
      `${label}: any`,
    );

  return (
    <div class="toolbar filters" role="search" aria-label="Filters">
      <TypedFilter label="Author" value={filter.author} onChange={(v) => set('author', v)} />
      {choice(
        'platform',
        'Platform',
        PLATFORM_IDS.map((p) => [p, PLATFORM_NAMES[p]]),
        'All platforms',
      )}
      {choice(
        'category',
        'Category',
        CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]]),
        'All categories',
      )}
      {filter.category &&
        choice(
          'categorySource',
          'Category source',
          [
            ['confirmed', 'confirmed'],
            ['suggested', 'suggested only'],
          ],
          'confirmed or suggested',
        )}
      {yesNo('hcp', 'HCP', 'HCP authors', 'Not HCP')}
      <TypedFilter
        label="Specialty"
        value={filter.specialty}
        onChange={(v) => set('specialty', v)}
      />
      {yesNo('trainee', 'Trainee', 'Trainees', 'Not trainees')}
      {yesNo('industry', 'Industry', 'Industry', 'Not industry')}
      {choice(
        'followUp',
        'Follow-up',
        (Object.keys(FOLLOW_UP_LABELS) as (keyof typeof FOLLOW_UP_LABELS)[]).map((s) => [
          s,
          FOLLOW_UP_LABELS[s],
        ]),
        'Follow-up: any',
      )}
      {choice(
        'collection',
        'Collection',
        collections.map((c) => [c, c]),
        'All collections',
      )}
      {choice(
        'tag',
        'Tag',
        tags.map((t) => [t, t]),
        'All tags',
      )}
      {choice(
        'tier',
        'Target list',
        [
          ['listed', 'On a target list'],
          ['unlisted', 'Not on a list'],
          ['1', 'Tier 1'],
          ['2', 'Tier 2'],
          ['3', 'Tier 3'],
        ],
        'Target list: any',
      )}
      <label>
        Seen from{' '}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set('from', (e.target as HTMLInputElement).value)}
        />
      </label>
      <label>
        to{' '}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set('to', (e.target as HTMLInputElement).value)}
        />
      </label>
      <select
        aria-label="Sort"
        value={sort}
        onChange={(e) => onChange(filter, (e.target as HTMLSelectElement).value as Sort)}
      >
        {SORTS.map((s) => (
          <option value={s} key={s}>
            {SORT_LABELS[s]}
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
