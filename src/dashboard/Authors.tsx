import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORIES } from '../classify/types';
import type { MetAuthor } from '../db/author-stats';
import { authorsCsv } from '../export/authors-csv';
import { send, type MessageRuntime } from '../messages/protocol';
import { PLATFORM_IDS } from '../platforms/types';
import { downloadText } from '../ui/download';
import { formatDate, formatNumber, t, tn, type MessageKey } from '../shared/i18n';
import { categoryName } from './category-names';
import { Notices } from './Notices';

type SortKey = 'name' | 'specialty' | 'posts' | 'creating' | 'lastSeenAt' | 'tier';

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'name', label: 'dash_colAuthor' },
  { key: 'specialty', label: 'dash_specialty' },
  { key: 'posts', label: 'dash_postsSeen' },
  { key: 'creating', label: 'dash_thoughtLeadership' },
  { key: 'lastSeenAt', label: 'dash_lastSeen' },
  { key: 'tier', label: 'dash_colTier' },
];

const value = (a: MetAuthor, key: SortKey): string | number =>
  key === 'creating' ? a.byCategory.creating : key === 'posts' ? a.posts : a[key];

/** Numbers sort biggest first, words A to Z, dates newest first, on a first click. */
const DESCENDING_FIRST = new Set<SortKey>(['posts', 'creating', 'lastSeenAt']);

/**
 * Every HCP author met while browsing: specialty, network, posts seen per category, thought
 * leadership (posts that create), when last seen, target-list tier and the user's mark. How
 * medical affairs finds the digital opinion leaders of its field, from its own browsing.
 */
export function Authors({ runtime }: { runtime: MessageRuntime }) {
  const [authors, setAuthors] = useState<MetAuthor[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [platform, setPlatform] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'creating',
    descending: true,
  });

  useEffect(() => {
    send(runtime, { type: 'authors/met' }).then(
      (r) => setAuthors(r.authors),
      (e: Error) => setError(e.message),
    );
  }, [runtime]);

  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = (authors ?? []).filter(
      (a) =>
        (!platform || a.platform === platform) &&
        (!q || [a.name, a.handle, a.specialty].some((s) => s.toLowerCase().includes(q))),
    );
    const sign = sort.descending ? -1 : 1;
    return list.sort((x, y) => {
      const a = value(x, sort.key);
      const b = value(y, sort.key);
      const order = typeof a === 'number' ? a - (b as number) : a.localeCompare(b as string);
      return sign * order || x.name.localeCompare(y.name);
    });
  }, [authors, search, platform, sort]);

  const sortBy = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, descending: !s.descending }
        : { key, descending: DESCENDING_FIRST.has(key) },
    );

  const exportCsv = () => {
    const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
    downloadText(`hcp-lens-authors-${stamp}Z.csv`, authorsCsv(shown));
  };

  return (
    <section class="authors" aria-labelledby="authors-title">
      <h2 id="authors-title">{t('dash_navAuthors')}</h2>
      <p class="muted">{t('dash_authorsIntro')}</p>
      <Notices error={error} />
      <div class="toolbar">
        <input
          type="search"
          aria-label={t('dash_searchAuthors')}
          placeholder={t('dash_searchAuthorsHint')}
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
        <select
          aria-label={t('dash_network')}
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value)}
        >
          <option value="">{t('dash_allNetworks')}</option>
          {PLATFORM_IDS.map((p) => (
            <option value={p} key={p}>
              {p}
            </option>
          ))}
        </select>
        <button type="button" onClick={exportCsv} disabled={!shown.length}>
          {t('dash_exportAuthors')}
        </button>
        <span class="muted">
          {authors
            ? tn('dash_authorsOf', shown.length, [formatNumber(authors.length)])
            : t('dash_loading')}
        </span>
      </div>
      <table>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                aria-sort={
                  sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined
                }
              >
                <button type="button" class="link" onClick={() => sortBy(c.key)}>
                  {t(c.label)}
                </button>
              </th>
            ))}
            <th>{t('dash_byCategory')}</th>
            <th>{t('dash_yourMark')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.authorKey} data-author-key={a.authorKey}>
              <td>
                {/^https:\/\//.test(a.profileUrl) ? (
                  <a href={a.profileUrl} target="_blank" rel="noreferrer noopener">
                    {a.name}
                  </a>
                ) : (
                  a.name
                )}
                <div class="muted">
                  {a.platform}
                  {a.handle && ` · ${a.handle}`}
                </div>
              </td>
              <td>{a.specialty}</td>
              <td>{formatNumber(a.posts)}</td>
              <td>{formatNumber(a.byCategory.creating)}</td>
              <td>{formatDate(Date.parse(a.lastSeenAt))}</td>
              <td>{a.tier && t('dash_tier', a.tier)}</td>
              <td class="muted">
                {CATEGORIES.filter((c) => a.byCategory[c] > 0)
                  .map((c) => `${categoryName(c)} ${formatNumber(a.byCategory[c])}`)
                  .join(' · ')}
              </td>
              <td>{a.mark === null ? '' : a.mark ? t('dash_hcp') : t('dash_notHcp')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
