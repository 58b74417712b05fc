// The dashboard's curation requests: pages of the current view, its counts, bulk edits, export,
// and collections and tags as things of their own. The bar asks for collection names.
import {
  annotateMany,
  createCollection,
  deleteLabel,
  PostQueries,
  renameLabels,
  viewsOf,
  type LensDb,
  type PatchFor,
  type PostView,
} from '../db';
import type { TextRetention } from '../db/settings';
import { csvFileName, toCsv } from '../export/csv';
import type { Broadcast } from '../messages';
import type { AnnotationPatch, BulkChange } from '../messages/schemas';
import type { Handlers } from './router';

export interface CurationDeps {
  db: LensDb;
  now: () => Date;
  broadcast: (message: Broadcast) => void;
  /** The session a change is made in. */
  session: () => Promise<number>;
  retention: () => Promise<TextRetention>;
  /** Something changed that team sync should send. */
  changed: () => void;
}

type CurationTypes =
  | 'posts/query'
  | 'posts/counts'
  | 'posts/keys'
  | 'annotations/bulk'
  | 'export/view'
  | 'labels/names'
  | 'labels/list'
  | 'labels/create'
  | 'labels/rename'
  | 'labels/delete';

/** Posts read per step while a large view is exported, so memory stays bounded. */
const EXPORT_CHUNK = 2000;

/** The patch a bulk change makes to one post, given what it holds now. */
export function bulkPatch(change: BulkChange): PatchFor {
  const edit = (list: string[], add: string[] = [], remove: string[] = []) =>
    add.length || remove.length ? [...list.filter((x) => !remove.includes(x)), ...add] : undefined;
  return (old) => {
    const patch: AnnotationPatch = {};
    if (change.category !== undefined) patch.category = change.category;
    if (change.followUp) {
      patch.flagged = change.followUp === 'open';
      patch.followUpDone = change.followUp === 'done';
    }
    if (change.note !== undefined) patch.note = change.note;
    const tags = edit(old?.tags ?? [], change.addTags, change.removeTags);
    const collections = edit(
      old?.collections ?? [],
      change.addCollections,
      change.removeCollections,
    );
    if (tags) patch.tags = tags;
    if (collections) patch.collections = collections;
    return Object.keys(patch).length ? patch : null;
  };
}

export function createCurationHandlers(deps: CurationDeps): Pick<Handlers, CurationTypes> {
  const { db, now, broadcast } = deps;
  const queries = new PostQueries(db);

  const announce = (views: PostView[]) => {
    for (const view of views) broadcast({ type: 'annotation/changed', key: view.post.key, view });
    if (views.length) deps.changed();
    return { changed: views.length };
  };
  const options = async () => ({
    sessionId: await deps.session(),
    now: now(),
    retention: await deps.retention(),
  });

  return {
    'posts/query': ({ filter, sort, offset, limit }) => queries.page(filter, sort, offset, limit),
    'posts/counts': ({ filter }) => queries.counts(filter),
    'posts/keys': async ({ filter, sort }) => ({ keys: await queries.keys(filter, sort) }),
    'annotations/bulk': async ({ keys, change }) =>
      announce(await annotateMany(db, keys, bulkPatch(change), await options())),
    'export/view': async ({ filter, sort, keys, name }) => {
      const all = keys ?? (await queries.keys(filter, sort));
      const views: PostView[] = [];
      for (let i = 0; i < all.length; i += EXPORT_CHUNK) {
        views.push(...(await viewsOf(db, all.slice(i, i + EXPORT_CHUNK))));
      }
      const scope = name ?? (keys ? 'selection' : 'view');
      return { filename: csvFileName(scope, now()), csv: toCsv(views), rows: views.length };
    },
    'labels/names': async () => ({
      names: (await queries.labels('collection')).map((l) => l.name),
    }),
    'labels/list': async ({ kind }) => ({ labels: await queries.labels(kind) }),
    'labels/create': async ({ name }) => {
      await createCollection(db, name);
      return { labels: await queries.labels('collection') };
    },
    'labels/rename': async ({ kind, from, into }) =>
      announce(await renameLabels(db, kind, from, into, await options())),
    'labels/delete': async ({ kind, name }) =>
      announce(await deleteLabel(db, kind, name, await options())),
  };
}
