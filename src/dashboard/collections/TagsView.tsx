import { t } from '../../shared/i18n';
import { PostsView } from '../posts/PostsView';
import { routeHash } from '../route';
import type { ViewContext } from '../views';
import { LabelManager } from './LabelManager';

/** `#/tags`: every tag, renamed, merged, exported, deleted; `#/tags/<tag>`: its posts. */
export function TagsView({ runtime, route }: ViewContext) {
  if (!route.item) return <LabelManager runtime={runtime} kind="tag" />;
  const name = route.item;
  return (
    <section aria-labelledby="tag-title">
      <p>
        <a href={routeHash('tags')}>{t('cur_allTags')}</a>
      </p>
      <h2 id="tag-title">{t('cur_tagTitle', [name])}</h2>
      <PostsView
        runtime={runtime}
        filter={route.filter}
        sort={route.sort}
        fixed={{ tag: name }}
        exportName={name}
        navigate={(filter, sort) => {
          // The tag stays in the address; other filters narrow within it.
          location.hash = routeHash('tags', name, { ...filter, tag: undefined }, sort);
        }}
      />
    </section>
  );
}
