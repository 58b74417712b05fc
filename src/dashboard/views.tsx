// The dashboard's views, in the order of its navigation. Adding a view is one line here: an id
// (its address, `#/<id>`), the label in the navigation, and what it shows.
import browser from 'webextension-polyfill';
import type { ComponentChildren } from 'preact';
import type { PostFilter, Sort } from '../db/post-filter';
import type { RuntimeWithEvents } from '../messages/protocol';
import { SYNC_DATA_COLLECTION } from '../shared/data-collection';
import { AeQueue } from './AeQueue';
import { AuthorMemory } from './AuthorMemory';
import { Authors } from './Authors';
import { Backup } from './Backup';
import { CollectionsView } from './collections/CollectionsView';
import { TagsView } from './collections/TagsView';
import { t } from '../ui/i18n';
import { MastodonInstances } from './MastodonInstances';
import { PostsView } from './posts/PostsView';
import { PrivacySettings } from './PrivacySettings';
import type { Route } from './route';
import { SiteRules } from './SiteRules';
import { TargetLists } from './TargetLists';
import { TeamSync } from './TeamSync';

export interface ViewContext {
  runtime: RuntimeWithEvents;
  route: Route;
  /** Shows the posts view's new filters in the address (Back returns to the last ones). */
  navigate: (filter: PostFilter, sort: Sort) => void;
  /** Origins that are not Mastodon instances (the team sync server). */
  notInstances: () => Promise<string[]>;
}

export interface DashboardView {
  id: string;
  label: string;
  render: (ctx: ViewContext) => ComponentChildren;
}

export const VIEWS: DashboardView[] = [
  { id: 'posts', label: 'Posts', render: (c) => <PostsView {...c} {...c.route} /> },
  { id: 'collections', label: 'Collections', render: (c) => <CollectionsView {...c} /> },
  { id: 'tags', label: t('cur_navTags'), render: (c) => <TagsView {...c} /> },
  { id: 'authors', label: 'Authors', render: (c) => <Authors runtime={c.runtime} /> },
  { id: 'ae', label: 'AE queue', render: (c) => <AeQueue runtime={c.runtime} /> },
  { id: 'targets', label: 'Target lists', render: (c) => <TargetLists runtime={c.runtime} /> },
  { id: 'memory', label: 'Author memory', render: (c) => <AuthorMemory runtime={c.runtime} /> },
  { id: 'rules', label: 'Site rules', render: (c) => <SiteRules runtime={c.runtime} /> },
  {
    id: 'sync',
    label: 'Team sync',
    render: (c) => (
      <TeamSync
        runtime={c.runtime}
        permissions={browser.permissions}
        dataCollection={
          browser.runtime.getURL('').startsWith('moz-extension:') ? SYNC_DATA_COLLECTION : undefined
        }
      />
    ),
  },
  {
    id: 'settings',
    label: 'Settings',
    render: (c) => (
      <>
        <PrivacySettings runtime={c.runtime} />
        <Backup runtime={c.runtime} />
        <MastodonInstances permissions={browser.permissions} notInstances={c.notInstances} />
      </>
    ),
  },
];
