import { useEffect, useMemo, useState } from 'preact/hooks';
import { send, type RuntimeWithEvents } from '../messages/protocol';
import { originPattern } from '../shared/origin';
import { t } from '../shared/i18n';
import { Notices } from './Notices';
import { parseRoute, routeHash } from './route';
import { VIEWS } from './views';

/**
 * The dashboard: a navigation of views, each at its own address (`#/posts?…`, `#/collections`,
 * …), so a view and its filters can be bookmarked and Back returns to the last one.
 */
export function Dashboard({ runtime }: { runtime: RuntimeWithEvents }) {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const route = useMemo(() => parseRoute(hash), [hash]);
  const view = VIEWS.find((v) => v.id === route.view);
  const notInstances = useMemo(
    () => () =>
      send(runtime, { type: 'sync/get' }).then(({ server }) =>
        server ? [originPattern(server.url)] : [],
      ),
    [runtime],
  );
  useEffect(() => {
    document.title = t('dash_pageTitle', view ? t(view.label) : t('dash_dashboard'));
  }, [view]);

  return (
    <div class="shell">
      <nav aria-label={t('dash_dashboard')}>
        <h1>HCP Lens</h1>
        <ul>
          {VIEWS.map((v) => (
            <li key={v.id}>
              <a href={routeHash(v.id)} aria-current={v.id === view?.id ? 'page' : undefined}>
                {t(v.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="dashboard">
        {route.rejected.length > 0 && (
          <Notices error={null} status={t('dash_addressIgnored', route.rejected.join(', '))} />
        )}
        {view ? (
          <>
            {view.render({
              runtime,
              route,
              notInstances,
              navigate: (filter, sort) => {
                location.hash = routeHash(view.id, route.item, filter, sort);
              },
            })}
          </>
        ) : (
          <p>
            {t('dash_noSuchView')} <a href={routeHash('posts')}>{t('dash_goToPosts')}</a>.
          </p>
        )}
      </main>
    </div>
  );
}
