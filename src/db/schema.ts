import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { authorKeyOf } from '../platforms/author';
import { evidenceFrom, newAuditId } from './ae-cases';
import { withTrail, type AeAuditEntry, type AeCase } from './ae-records';
import { upgradeToV4, V4_STORES } from './upgrade-v4';
import { upgradeToV7 } from './rekey-v7';
import { upgradeToV9 } from './upgrade-v9';
import { annotationFacets, facetMiddleware, postFacets, type WriteNotice } from './facets';
import type {
  Annotation,
  AuthorRecord,
  FetchedBioRecord,
  ModelRecord,
  PostRecord,
  SyncDocRecord,
  SessionRecord,
  SettingRecord,
  TargetListRecord,
  TargetRecord,
} from './records';
import type { AuthorStatsRecord } from './author-stats';

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
 * Version 4: posts and remembered bios by when last seen (retention purges the old ones);
 * its upgrade gives Mastodon authors their instance and drops what posts only seen kept.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  ...V4_STORES,
};

/**
 * Version 5: the adverse-event queue. Cases by post key (state, day zero and platform for the
 * queue's filters, whether a change waits for team sync); the audit trail by entry id and case.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  aeCases: 'key, state, firstSeenAt, platform, syncPending',
  aeAudit: 'id, caseKey',
};

/** Who the audit trail names for cases opened by the upgrade from posts flagged before it. */
export const UPGRADE_AUTHOR = 'HCP Lens (upgrade)';

/**
 * Version 6: the dashboard's filters and counts read indexes, not every record. `facets` is
 * derived on every write (db/facets.ts); `authorName` sorts by author. Version 4's `lastSeenAt`
 * stays indexed (retention).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  posts: 'key, platform, firstSeenAt, lastSeenAt, authorKey, *sessionIds, *facets, authorName',
  annotations: 'key, annotatedAt, sessionId, flagged, *facets',
};

/**
 * Version 7: no new table or index; its upgrade moves Mastodon quote posts keyed by the status
 * they quote to their own key (`rekey-v7.ts`).
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
};

/**
 * Version 8: bios fetched from Bluesky's and Mastodon's public profiles, one per author, kept 7
 * days (background/bio-fetcher.ts). Each version's schema names every
 * table, so this one is complete on its own.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  fetchedBios: 'authorKey, fetchedAt',
};

/** Version 9: the authors met, counted per category as posts are stored (Authors view). */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  authorStats: 'authorKey, hcp',
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
  aeCases!: EntityTable<AeCase, 'key'>;
  aeAudit!: EntityTable<AeAuditEntry, 'id'>;
  fetchedBios!: EntityTable<FetchedBioRecord, 'authorKey'>;
  authorStats!: EntityTable<AuthorStatsRecord, 'authorKey'>;
  /** Counts every write of a post or an annotation: a cached query result older than it is stale. */
  writes = 0;
  private writeListeners = new Set<(notice: WriteNotice) => void>();

  /** Hears of every write of a post or an annotation (see facetMiddleware); returns the stop. */
  watchWrites(listener: (notice: WriteNotice) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  constructor(name = DB_NAME) {
    super(name);
    this.use(
      facetMiddleware((notice) => {
        this.writes++;
        for (const listener of this.writeListeners) listener(notice);
      }),
    );
    // New versions are added below with their upgrade; released versions are never edited.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
    this.version(8).stores(SCHEMA_V8);
    this.version(9).stores(SCHEMA_V9).upgrade(upgradeToV9);
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

/**
 * Every post already flagged as a possible adverse event becomes a new case, day zero its first
 * sighting. Only annotated posts kept their text; the others' cases open without it (their
 * address and author are there to find the post again) and the text is added when it is next seen.
 */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const flagged: PostRecord[] = [];
  await tx
    .table('posts')
    .toCollection()
    .each((post: PostRecord) => {
      if (post.verdict?.ae) flagged.push(post);
    });
  const at = new Date().toISOString();
  const entries: AeAuditEntry[] = [];
  const cases = flagged.map((post) => {
    const entry: AeAuditEntry = {
      id: newAuditId(at),
      caseKey: post.key,
      at,
      by: UPGRADE_AUTHOR,
      field: 'opened',
      old: '',
      next: 'detected',
    };
    entries.push(entry);
    return withTrail(evidenceFrom(post, post.firstSeenAt, 'detected'), [entry], {
      syncPending: 1,
    });
  });
  await tx.table('aeAudit').bulkAdd(entries);
  await tx.table('aeCases').bulkAdd(cases);
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
