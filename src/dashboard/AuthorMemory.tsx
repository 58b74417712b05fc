import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AuthorRecord } from '../db/records';
import { send, type MessageRuntime } from '../messages/protocol';
import { NETWORK_LABELS } from '../platforms/networks';
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
      setStatus(author ? `Forgot ${author.name || author.handle}.` : 'Forgot every author.');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const count = authors?.length ?? 0;

  return (
    <section class="author-memory" aria-labelledby="author-memory-title">
      <h2 id="author-memory-title">Author memory</h2>
      <p class="muted">
        Bios and headlines seen while you browsed, remembered per author and used for their later
        posts that show none (an X reply, a Bluesky repost). Such a verdict says “Bio remembered
        from an earlier page”.
      </p>
      <Notices error={error} status={status} />
      <div class="toolbar">
        <input
          type="search"
          placeholder="Search name, handle, headline"
          aria-label="Search remembered authors"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span class="muted" data-testid="author-count">
          {authors ? `${shown.length} of ${count} authors` : 'Loading…'}
        </span>
        {confirmAll ? (
          <span role="group" aria-label="Confirm forgetting every author">
            Forget all {count} remembered authors?{' '}
            <button type="button" class="danger" onClick={() => void forget()}>
              Yes, forget all
            </button>{' '}
            <button type="button" onClick={() => setConfirmAll(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" disabled={count === 0} onClick={() => setConfirmAll(true)}>
            Forget all
          </button>
        )}
      </div>
      <table aria-label="Remembered authors">
        <HeadWithActions columns={['Name', 'Network', 'Handle or profile', 'Headline', 'Seen']} />
        <tbody>
          {authors?.length === 0 && <EmptyRow span={6}>No authors remembered yet.</EmptyRow>}
          {shown.slice(0, MAX_ROWS).map((a) => (
            <tr key={a.authorKey} data-author-key={a.authorKey}>
              <td>{a.name}</td>
              <td>{NETWORK_LABELS[a.platform]}</td>
              <td>
                <Who author={a} />
              </td>
              <td class="text">{a.headline}</td>
              <td>
                <time dateTime={a.headlineSeenAt}>{a.headlineSeenAt.slice(0, 10)}</time>
              </td>
              <td class="actions">
                <button
                  type="button"
                  aria-label={`Forget ${a.name || a.handle}`}
                  onClick={() => void forget(a)}
                >
                  Forget
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > MAX_ROWS && (
        <p class="muted">
          Showing {MAX_ROWS} of {shown.length}: search to narrow.
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
      profile
    </a>
  );
}
