// What the dashboard filters on, kept as index entries beside each post and annotation. IndexedDB
// cannot index booleans or a value computed from several fields, so each record carries a list
// of short strings (`hcp:1`, `spec:cardiology`, `col:Q4 KOLs`) in one multi-entry index, and a
// filter is a key range on it: counting or listing the posts that match reads keys only.
import type { DBCore, DBCoreMutateResponse, Middleware } from 'dexie';
import type { Annotation, PostRecord } from './records';

/** The facet prefixes, one per filter. */
export const FACET = {
  platform: 'plat:',
  hcp: 'hcp:',
  trainee: 'trainee:',
  industry: 'industry:',
  specialty: 'spec:',
  suggested: 'sug:',
  /** `tier:<tier>` for an author on a target list (`tier:` when the list gives no tier). */
  tier: 'tier:',
  /** Each word of the author's name and handle, lower-cased, for "author starts with". */
  author: 'who:',
  confirmed: 'cat:',
  followUp: 'follow:',
  collection: 'col:',
  tag: 'tag:',
} as const;

const flag = (b: boolean | undefined) => (b ? '1' : '0');

/** Lower-case words of a name or handle: "Dr. Ana Ruiz-Gómez" → ana, ruiz, gómez, dr. */
export function authorWords(...names: string[]): string[] {
  const words = names
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter(Boolean))].slice(0, 12);
}

export function postFacets(post: PostRecord): string[] {
  const v = post.verdict;
  const facets = [
    FACET.platform + post.platform,
    FACET.hcp + flag(v?.isHcp),
    FACET.trainee + flag(v?.trainee),
    FACET.industry + flag(v?.industry),
    FACET.specialty + (v?.specialty ?? ''),
    FACET.suggested + (v?.category ?? 'none'),
    ...authorWords(post.authorName ?? '', post.authorHandle ?? '').map((w) => FACET.author + w),
  ];
  if (v?.target) facets.push(FACET.tier + v.target.tier);
  return facets;
}

/** `open` while flagged, `done` once closed, `none` otherwise. */
export function followUpState(a: Pick<Annotation, 'flagged' | 'followUpDone'>): FollowUpState {
  return a.flagged ? 'open' : a.followUpDone ? 'done' : 'none';
}
export type FollowUpState = 'open' | 'done' | 'none';

export function annotationFacets(a: Annotation): string[] {
  return [
    // `cat:` alone: no category confirmed, the suggestion stands.
    FACET.confirmed + (a.category ?? ''),
    FACET.followUp + followUpState(a),
    ...(a.collections ?? []).map((c) => FACET.collection + c),
    ...(a.tags ?? []).map((t) => FACET.tag + t),
  ];
}

const DERIVE: Record<string, ((value: never) => string[]) | undefined> = {
  posts: postFacets,
  annotations: annotationFacets,
};

/** A write to the posts or annotations, heard by the middleware before it is made. */
export interface WriteNotice {
  table: 'posts' | 'annotations';
  /** The posts written or deleted; null when a range went (a cleared table). */
  keys: string[] | null;
  /** Settles once the write's transaction has committed or failed: read it back after this. */
  settled: Promise<unknown>;
}

/** Settles when the transaction ends, whichever way (the IndexedDB transaction under Dexie's). */
function transactionEnd(trans: unknown, write: Promise<unknown>): Promise<unknown> {
  const idb = trans as Partial<IDBTransaction> | undefined;
  if (typeof idb?.addEventListener !== 'function') return write.catch(() => undefined);
  return new Promise((resolve) => {
    for (const event of ['complete', 'abort', 'error'] as const) {
      idb.addEventListener!(event, () => resolve(undefined), { once: true });
    }
  });
}

/**
 * Every write of a post or an annotation, wherever it comes from (a page, team sync, a bulk edit,
 * a restore, an upgrade), stores its facets with it; `onWrite` hears of each, so cached query
 * results and the in-memory curation index (db/curation-index.ts) follow it.
 */
export function facetMiddleware(onWrite: (notice: WriteNotice) => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'hcp-lens-facets',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const derive = DERIVE[name];
        if (!derive) return table;
        return {
          ...table,
          mutate: (req) => {
            let write: Promise<DBCoreMutateResponse>;
            let keys: string[] | null;
            if (req.type === 'add' || req.type === 'put') {
              const values = req.values.map((v: object) => ({ ...v, facets: derive(v as never) }));
              keys = (values as { key?: unknown }[]).map((v) => String(v.key));
              write = table.mutate({ ...req, values });
            } else {
              keys = req.type === 'delete' ? req.keys.map(String) : null;
              write = table.mutate(req);
            }
            const settled = transactionEnd(req.trans, write);
            onWrite({ table: name as WriteNotice['table'], keys, settled });
            return write;
          },
        };
      },
    }),
  };
}
