import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { authorKeyOf } from '../platforms/author';
import { annotationFacets, facetMiddleware, postFacets } from './facets';
import type {
  Annotation,
  AuthorRecord,
  ModelRecord,
  PostRecord,
  SyncDocRecord,
  SessionRecord,
  SettingRecord,
  TargetListRecord,
  TargetRecord,
} from './records';

export const DB_NAME = 'hcp-lens';

/** Version 1's tables, kept verbatim: Dexie needs every version to upgrade old databases. */
export const SCHEMA_V1 = {
  posts: 'key, platform, firstSeenAt, authorProfileUrl, *sessionIds',
  annotations: 'key, annotatedAt, sessionId, flagged',
  sessions: '++id, startedAt, lastActiveAt',
};

/** Version 2: author memory, settings, and posts indexed by author. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  posts: 'key, platform, firstSeenAt, authorKey, *sessionIds',
  authors: 'authorKey, platform',
  settings: 'key',
  /** Imported lists of known HCPs and KOLs; entries are found by any of their match keys. */
  targetLists: 'id, name',
  targets: '++id, listId, *matchKeys',
  /** On-device models learned from the user's corrections, by name. */
  models: 'name',
};

/** Version 3: team sync's record of each annotated post (its server revision, changes to send). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  syncDocs: 'key, pending',
};

/**
 * Version 6: the dashboard's filters and counts read indexes, not every record. `facets` is
 * derived on every write (db/facets.ts); `authorName` sorts by author.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V3,
  posts: 'key, platform, firstSeenAt, authorKey, *sessionIds, *facets, authorName',
  annotations: 'key, annotatedAt, sessionId, flagged, *facets',
};

/**
 * The one database. Only the background opens it: content scripts run in the page's origin,
 * where IndexedDB would belong to the site.
 */
export class LensDb extends Dexie {
  posts!: EntityTable<PostRecord, 'key'>;
  annotations!: EntityTable<Annotation, 'key'>;
  sessions!: EntityTable<SessionRecord, 'id'>;
  authors!: EntityTable<AuthorRecord, 'authorKey'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  targetLists!: EntityTable<TargetListRecord, 'id'>;
  targets!: EntityTable<TargetRecord, 'id'>;
  models!: EntityTable<ModelRecord, 'name'>;
  syncDocs!: EntityTable<SyncDocRecord, 'key'>;
  /** Counts every write of a post or an annotation: a cached query result older than it is stale. */
  writes = 0;

  constructor(name = DB_NAME) {
    super(name);
    this.use(facetMiddleware(() => this.writes++));
    // New versions are added below with their upgrade; released versions are never edited.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    // Dexie's own `versionchange` handler closes this connection, so a newer version's upgrade
    // never waits on it; a handler added here must not prevent that.
  }
}

/**
 * Gives every post its author key, remembers each author's latest headline, and drops the text
 * of posts nobody annotated (version 1 kept it for every post seen).
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const annotated = new Set(
    (await tx.table('annotations').toCollection().primaryKeys()) as string[],
  );
  const authors = new Map<string, AuthorRecord>();
  await tx
    .table('posts')
    .toCollection()
    .modify((post: PostRecord) => {
      post.authorKey = authorKeyOf(post);
      const known = authors.get(post.authorKey);
      if (post.authorHeadline && (!known || known.headlineSeenAt < post.lastSeenAt)) {
        authors.set(post.authorKey, {
          authorKey: post.authorKey,
          platform: post.platform,
          name: post.authorName,
          handle: post.authorHandle,
          profileUrl: post.authorProfileUrl,
          headline: post.authorHeadline,
          headlineSeenAt: post.lastSeenAt,
        });
      }
      if (!annotated.has(post.key)) {
        post.text = '';
        post.authorHeadline = '';
      }
    });
  await tx.table('authors').bulkPut([...authors.values()]);
}

/** Gives every stored post and annotation its facets, which the dashboard's filters read. */
async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx
    .table('posts')
    .toCollection()
    .modify((post: PostRecord) => {
      post.facets = postFacets(post);
    });
  await tx
    .table('annotations')
    .toCollection()
    .modify((a: Annotation) => {
      a.facets = annotationFacets(a);
    });
}
