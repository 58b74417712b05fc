import browser from 'webextension-polyfill';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../classify/types';
import { effectiveCategory, type PostView } from '../db/records';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import { originPattern } from '../shared/origin';
import { CategoryBars } from '../ui/CategoryBars';
import { BROADCAST_GATHER_MS, coalesce } from '../ui/coalesce';
import { downloadText } from '../ui/download';
import { CATEGORY_LABELS } from '../ui/labels';
import { AeQueue } from './AeQueue';
import { AuthorMemory } from './AuthorMemory';
import { Authors } from './Authors';
import { Backup } from './Backup';
import { ExportDialog } from './ExportDialog';
import { SiteRules } from './SiteRules';
import { MastodonInstances } from './MastodonInstances';
import { Notices } from './Notices';
import { PrivacySettings } from './PrivacySettings';
import { TargetLists } from './TargetLists';
import { TeamSync } from './TeamSync';
import { SYNC_DATA_COLLECTION } from '../shared/data-collection';

const LIMIT = 5000;
const SNIPPET = 180;

/** Every tagged post, filterable, with counts per category and the full export. */
export function Dashboard({ runtime }: { runtime: RuntimeWithEvents }) {
  const [views, setViews] = useState<PostView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [onlyHcp, setOnlyHcp] = useState(false);
  const [exporting, setExporting] = useState(false);
  const syncServer = useMemo(
    () => () =>
      send(runtime, { type: 'sync/get' }).then(({ server }) =>
        server ? [originPattern(server.url)] : [],
      ),
    [runtime],
  );

  useEffect(() => {
    const load = () =>
      send(runtime, { type: 'annotations/list', limit: LIMIT }).then(
        (r) => setViews(r.views),
        (e: Error) => setError(e.message),
      );
    void load();
    const reload = coalesce(() => void load(), BROADCAST_GATHER_MS);
    const onMessage = (m: unknown) => isBroadcast(m) && reload();
    runtime.onMessage.addListener(onMessage);
    return () => {
      reload.cancel();
      runtime.onMessage.removeListener?.(onMessage);
    };
  }, [runtime]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (views ?? []).filter((v) => {
      if (category && effectiveCategory(v) !== category) return false;
      if (onlyHcp && !v.post.verdict.isHcp) return false;
      if (!q) return true;
      const hay = [
        v.post.authorName,
        v.post.authorHeadline,
        v.post.text,
        ...(v.annotation?.tags ?? []),
      ];
      return hay.some((s) => s.toLowerCase().includes(q));
    });
  }, [views, query, category, onlyHcp]);

  const counts = useMemo(() => {
    const c = Object.fromEntries(CATEGORIES.map((k) => [k, 0])) as Record<Category, number>;
    for (const v of shown) c[effectiveCategory(v)]++;
    return c;
  }, [shown]);

  const exportAll = async () => {
    try {
      const { filename, csv } = await send(runtime, { type: 'export/csv', scope: 'all' });
      downloadText(filename, csv);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main class="dashboard">
      <h1>HCP Lens: tagged posts</h1>
      <Notices error={error} />
      <div class="toolbar">
        <input
          type="search"
          placeholder="Search author, text, tags"
          aria-label="Search"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <select
          aria-label="Category"
          value={category}
          onChange={(e) => setCategory((e.target as HTMLSelectElement).value as Category | '')}
        >
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option value={c} key={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={onlyHcp} onChange={() => setOnlyHcp(!onlyHcp)} /> HCP
          authors only
        </label>
        <button class="primary" onClick={exportAll} disabled={!views?.length}>
          Export all as CSV
        </button>
        <button type="button" onClick={() => setExporting(true)} disabled={!views?.length}>
          Export what is shown…
        </button>
        <span class="muted">{views ? `${shown.length} of ${views.length} posts` : 'Loading…'}</span>
      </div>
      {exporting && (
        <ExportDialog
          runtime={runtime}
          target={{
            query: {
              ...(category ? { category } : {}),
              ...(onlyHcp ? { hcpOnly: true } : {}),
              ...(query.trim() ? { text: query.trim() } : {}),
            },
          }}
          name="view"
          label={`the ${shown.length.toLocaleString('en')} posts shown`}
          onClose={() => setExporting(false)}
        />
      )}
      <div class="layout">
        <table>
          <thead>
            <tr>
              <th>Author</th>
              <th>Category</th>
              <th>Tags</th>
              <th>Post</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr key={v.post.key} data-post-key={v.post.key}>
                <td>
                  {v.post.authorName}
                  <div class="muted">
                    {v.post.verdict.isHcp ? 'HCP' : 'Not HCP'}
                    {v.post.verdict.specialty && ` · ${v.post.verdict.specialty}`}
                  </div>
                </td>
                <td>
                  {CATEGORY_LABELS[effectiveCategory(v)]}
                  {!v.annotation?.category && <div class="muted">suggested</div>}
                  {v.annotation?.by && <div class="muted">by {v.annotation.by}</div>}
                </td>
                <td>
                  {v.annotation?.flagged && <span class="pill">★ follow up</span>}
                  {v.annotation?.tags.map((t) => (
                    <span class="pill" key={t}>
                      {t}
                    </span>
                  ))}
                </td>
                <td class="text">
                  {v.post.text.length > SNIPPET ? `${v.post.text.slice(0, SNIPPET)}…` : v.post.text}{' '}
                  {/^https:\/\//.test(v.post.url) && (
                    <a href={v.post.url} target="_blank" rel="noreferrer noopener">
                      open
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <aside>
          <CategoryBars counts={counts} />
        </aside>
      </div>
      <AeQueue runtime={runtime} />
      <Authors runtime={runtime} />
      <TargetLists runtime={runtime} />
      <AuthorMemory runtime={runtime} />
      <SiteRules runtime={runtime} />
      <MastodonInstances permissions={browser.permissions} notInstances={syncServer} />
      <PrivacySettings runtime={runtime} />
      <TeamSync
        runtime={runtime}
        permissions={browser.permissions}
        dataCollection={
          browser.runtime.getURL('').startsWith('moz-extension:') ? SYNC_DATA_COLLECTION : undefined
        }
      />
      <Backup runtime={runtime} />
    </main>
  );
}
