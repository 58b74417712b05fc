import { t } from '../../shared/i18n';
import { PostsView } from '../posts/PostsView';
import { routeHash } from '../route';
import type { ViewContext } from '../views';
import { LabelManager } from './LabelManager';

/** `#/collections`: every collection (tags: `#/tags`); `#/collections/<name>`: one collection's posts. */
export function CollectionsView({ runtime, route }: ViewContext) {
  if (!route.item) return <LabelManager runtime={runtime} kind="collection" />;
  const name = route.item;
  return (
    <section aria-labelledby="collection-title">
      <p>
        <a href={routeHash('collections')}>← {t('dash_allCollections')}</a>
      </p>
      <h2 id="collection-title">{t('dash_collectionTitle', name)}</h2>
      <PostsView
        runtime={runtime}
        filter={route.filter}
        sort={route.sort}
        fixed={{ collection: name }}
        exportName={name}
        navigate={(filter, sort) => {
          // The collection stays in the address; other filters narrow within it.
          location.hash = routeHash(
            'collections',
            name,
            { ...filter, collection: undefined },
            sort,
          );
        }}
      />
    </section>
  );
}
