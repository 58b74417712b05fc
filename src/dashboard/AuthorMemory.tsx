import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuthorRecord } from '../db/records';
import { send, type MessageRuntime } from '../messages/protocol';
import { NETWORK_LABELS } from '../platforms/networks';
import { formatDate, formatNumber, t, tn } from '../shared/i18n';
import { Notices } from './Notices';
import { EmptyRow, HeadWithActions } from './table-parts';

/** A long list is searched, not scrolled: the table shows this many at most. */
const MAX_ROWS = 500;

/**
 * The bios and headlines HCP Lens remembered from the user's own browsing (a profile page, a hover
 * card, a LinkedIn post), used for the same author's later posts that show none. Everything here
 * can be forgotten, one author or all of them.
 */
export function AuthorMemory({ runtime }: { runtime: MessageRuntime }) {
  const [authors, setAuthors] = useState<AuthorRecord[] | null>(null);
  const [query, setQuery] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = () =>
    send(runtime, { type: 'authors/list' }).then(
      (r) => setAuthors(r.authors),
      (e: Error) => setError(e.message),
    );
  useEffect(() => void load(), [runtime]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = authors ?? [];
    if (!q) return all;
    return all.filter((a) =>
      [a.name, a.handle, a.profileUrl, a.headline, NETWORK_LABELS[a.platform]].some((s) =>
        s.toLowerCase().includes(q),
      ),
    );
  }, [authors, query]);

  const forget = async (author?: AuthorRecord) => {
    setError(null);
    setConfirmAll(false);
    try {
      await send(runtime, {
        type: 'authors/forget',
        ...(author ? { authorKey: author.authorKey } : {}),
      });
      setStatus(
        author ? t('set_memoryForgot', author.name || author.handle) : t('set_memoryForgotAll'),
      );
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const count = authors?.length ?? 0;

  return (
    <section class="author-memory" aria-labelledby="author-memory-title">
      <h2 id="author-memory-title">{t('set_memoryTitle')}</h2>
      <p class="muted">{t('set_memoryIntro')}</p>
      <Notices error={error} status={status} />
      <div class="toolbar">
        <input
          type="search"
          placeholder={t('set_memorySearchHint')}
          aria-label={t('set_memorySearch')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span class="muted" data-testid="author-count">
          {authors ? tn('set_memoryShown', count, [formatNumber(shown.length)]) : t('set_loading')}
        </span>
        {confirmAll ? (
          <span role="group" aria-label={t('set_memoryConfirmAllLabel')}>
            {tn('set_memoryConfirmAll', count)}{' '}
            <button type="button" class="danger" onClick={() => void forget()}>
              {t('set_memoryYesForgetAll')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmAll(false)}>
              {t('set_keep')}
            </button>
          </span>
        ) : (
          <button type="button" disabled={count === 0} onClick={() => setConfirmAll(true)}>
            {t('set_memoryForgetAll')}
          </button>
        )}
      </div>
      <table aria-label={t('set_memoryTable')}>
        <HeadWithActions
          columns={[
            t('set_memoryColName'),
            t('set_memoryColNetwork'),
            t('set_memoryColWho'),
            t('set_memoryColHeadline'),
            t('set_memoryColSeen'),
          ]}
        />
        <tbody>
          {authors?.length === 0 && <EmptyRow span={6}>{t('set_memoryNone')}</EmptyRow>}
          {shown.slice(0, MAX_ROWS).map((a) => (
            <tr key={a.authorKey} data-author-key={a.authorKey}>
              <td>{a.name}</td>
              <td>{NETWORK_LABELS[a.platform]}</td>
              <td>
                <Who author={a} />
              </td>
              <td class="text">{a.headline}</td>
              <td>
                <time dateTime={a.headlineSeenAt}>
                  {formatDate(new Date(a.headlineSeenAt), { dateStyle: 'medium' })}
                </time>
              </td>
              <td class="actions">
                <button
                  type="button"
                  aria-label={t('set_memoryForgetNamed', a.name || a.handle)}
                  onClick={() => void forget(a)}
                >
                  {t('set_memoryForget')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > MAX_ROWS && (
        <p class="muted">
          {t('set_memoryCapped', [formatNumber(MAX_ROWS), formatNumber(shown.length)])}
        </p>
      )}
    </section>
  );
}

/** The handle where the network has one, else a link to the profile (https only: page data). */
function Who({ author }: { author: AuthorRecord }) {
  if (author.handle) return <>@{author.handle.replace(/^@/, '')}</>;
  if (!/^https:\/\//.test(author.profileUrl)) return null;
  return (
    <a href={author.profileUrl} target="_blank" rel="noreferrer noopener">
      {t('set_memoryProfile')}
    </a>
  );
}
