// Collections and tags as things of their own: listed with their counts, created, renamed,
// merged and deleted. A post's collections and tags live on its annotation; a collection created
// before any post is put in it is remembered in the settings table.
import { z } from '../shared/zod';
import { annotateMany, type BulkOptions } from './bulk';
import { FACET } from './facets';
import type { PostView } from './records';
import type { LensDb } from './schema';

export type LabelKind = 'collection' | 'tag';

export interface LabelCount {
  name: string;
  posts: number;
}

const PREFIX: Record<LabelKind, string> = { collection: FACET.collection, tag: FACET.tag };
const FIELD = { collection: 'collections', tag: 'tags' } as const;

/** Names of collections the user created, whether or not a post is in them yet. */
const CREATED_KEY = 'collections';
const createdSchema = z.array(z.string().trim().min(1).max(60)).max(1000);

async function created(db: LensDb): Promise<string[]> {
  const parsed = createdSchema.safeParse((await db.settings.get(CREATED_KEY))?.value ?? []);
  return parsed.success ? parsed.data : [];
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

/**
 * Every collection or tag by name, with the number of posts in it as `counts` gives them (the
 * in-memory curation index's), and the collections created before any post was put in them.
 */
export async function labelsFrom(
  db: LensDb,
  kind: LabelKind,
  counts: Map<string, number>,
): Promise<LabelCount[]> {
  const names = new Set(counts.keys());
  if (kind === 'collection') for (const n of await created(db)) names.add(n);
  return [...names].sort(byName).map((name) => ({ name, posts: counts.get(name) ?? 0 }));
}

export const LABEL_PREFIX = PREFIX;

/** Every collection or tag with the number of posts in it, by name. */
export async function listLabels(db: LensDb, kind: LabelKind): Promise<LabelCount[]> {
  const prefix = PREFIX[kind];
  const used = (await db.annotations.where('facets').startsWith(prefix).uniqueKeys()) as string[];
  const names = new Set(used.map((k) => k.slice(prefix.length)));
  if (kind === 'collection') for (const n of await created(db)) names.add(n);
  const sorted = [...names].sort(byName);
  const counts = await Promise.all(
    sorted.map((n) =>
      db.annotations
        .where('facets')
        .equals(prefix + n)
        .count(),
    ),
  );
  return sorted.map((name, i) => ({ name, posts: counts[i]! }));
}

/** A new, empty collection. Creating one that exists changes nothing. */
export async function createCollection(db: LensDb, name: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const names = await created(db);
    if (!names.includes(name)) {
      await db.settings.put({ key: CREATED_KEY, value: [...names, name].sort(byName) });
    }
  });
}

async function keysWith(db: LensDb, kind: LabelKind, names: string[]): Promise<string[]> {
  const keys = await db.annotations
    .where('facets')
    .anyOf(names.map((n) => PREFIX[kind] + n))
    .primaryKeys();
  return [...new Set(keys as string[])];
}

/**
 * Renames `from` to `into`; several names merge into one (which may already exist). Each post
 * keeps its other labels and its time; an empty created collection is renamed too.
 */
export async function renameLabels(
  db: LensDb,
  kind: LabelKind,
  from: string[],
  into: string,
  options: BulkOptions,
): Promise<PostView[]> {
  const field = FIELD[kind];
  const keys = await keysWith(db, kind, from);
  const changed = await annotateMany(
    db,
    keys,
    (old) => (old ? { [field]: old[field].map((n) => (from.includes(n) ? into : n)) } : null),
    { ...options, keepTime: true },
  );
  if (kind === 'collection') await replaceCreated(db, from, into);
  return changed;
}

/** Takes the label off every post (the posts stay); an annotation left with nothing goes. */
export async function deleteLabel(
  db: LensDb,
  kind: LabelKind,
  name: string,
  options: BulkOptions,
): Promise<PostView[]> {
  const field = FIELD[kind];
  const keys = await keysWith(db, kind, [name]);
  const changed = await annotateMany(
    db,
    keys,
    (old) => (old ? { [field]: old[field].filter((n) => n !== name) } : null),
    { ...options, keepTime: true },
  );
  if (kind === 'collection') await replaceCreated(db, [name], null);
  return changed;
}

async function replaceCreated(db: LensDb, from: string[], into: string | null): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const names = await created(db);
    if (!names.some((n) => from.includes(n))) return;
    const next = new Set(names.filter((n) => !from.includes(n)));
    if (into !== null) next.add(into);
    await db.settings.put({ key: CREATED_KEY, value: [...next].sort(byName) });
  });
}
