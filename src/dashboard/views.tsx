// The dashboard's views, in the order of its navigation. Adding a view is one line here: an id
// (its address, `#/<id>`), the label in the navigation (a message name: it is looked up when
// shown, in the user's language), and what it shows.
import browser from 'webextension-polyfill';
import type { ComponentChildren } from 'preact';
import type { PostFilter, Sort } from '../db/post-filter';
import type { RuntimeWithEvents } from '../messages/protocol';
import { SYNC_DATA_COLLECTION } from '../shared/data-collection';
import type { MessageKey } from '../shared/i18n';
import { AeQueue } from './AeQueue';
import { AuthorMemory } from './AuthorMemory';
import { Authors } from './Authors';
import { Backup } from './Backup';
import { CollectionsView } from './collections/CollectionsView';
import { TagsView } from './collections/TagsView';
import { MastodonInstances } from './MastodonInstances';
import { PostsView } from './posts/PostsView';
import { PrivacySettings } from './PrivacySettings';
import type { Route } from './route';
import { SiteRules } from './SiteRules';
import { TargetLists } from './TargetLists';
import { TeamSync } from './TeamSync';
import { HelpLinks } from '../ui/HelpLinks';

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
  /** The navigation's label, as a message name for t(). */
  label: MessageKey;
  render: (ctx: ViewContext) => ComponentChildren;
}

export const VIEWS: DashboardView[] = [
  { id: 'posts', label: 'dash_navPosts', render: (c) => <PostsView {...c} {...c.route} /> },
  { id: 'collections', label: 'dash_navCollections', render: (c) => <CollectionsView {...c} /> },
  { id: 'tags', label: 'cur_navTags', render: (c) => <TagsView {...c} /> },
  { id: 'authors', label: 'dash_navAuthors', render: (c) => <Authors runtime={c.runtime} /> },
  { id: 'ae', label: 'dash_navAeQueue', render: (c) => <AeQueue runtime={c.runtime} /> },
  { id: 'targets', label: 'dash_navTargets', render: (c) => <TargetLists runtime={c.runtime} /> },
  { id: 'memory', label: 'dash_navMemory', render: (c) => <AuthorMemory runtime={c.runtime} /> },
  { id: 'rules', label: 'dash_navRules', render: (c) => <SiteRules runtime={c.runtime} /> },
  {
    id: 'sync',
    label: 'dash_navSync',
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
    label: 'dash_navSettings',
    render: (c) => (
      <>
        <PrivacySettings runtime={c.runtime} />
        <Backup runtime={c.runtime} />
        <MastodonInstances permissions={browser.permissions} notInstances={c.notInstances} />
        <HelpLinks />
      </>
    ),
  },
];
