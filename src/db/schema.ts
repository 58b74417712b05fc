import { Dexie, type EntityTable } from 'dexie';
import type { Annotation, PostRecord, SessionRecord } from './records';

export const DB_NAME = 'hcp-lens';

/**
 * The one database. Only the background opens it: content scripts run in the page's origin,
 * where IndexedDB would belong to the site.
 */
export class LensDb extends Dexie {
  posts!: EntityTable<PostRecord, 'key'>;
  annotations!: EntityTable<Annotation, 'key'>;
  sessions!: EntityTable<SessionRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1. A later schema adds `this.version(2).stores(...).upgrade(...)` below, never edits this.
    this.version(1).stores({
      posts: 'key, platform, firstSeenAt, authorProfileUrl, *sessionIds',
      annotations: 'key, annotatedAt, sessionId, flagged',
      sessions: '++id, startedAt, lastActiveAt',
    });
  }
}
