// Team sync: replicates annotations, and the posts they belong to, to a CouchDB-compatible
// database the team shares. Changes made here are sent, teammates' changes are applied, the newer
// of two changes wins. Nothing is lost while the server is away: changes wait, marked pending.
import type { Verdict } from '../classify/types';
import {
  adoptRevision,
  applyIncoming,
  countPendingSyncDocs,
  dropSyncDoc,
  forgetSyncDocs,
  markAllForSync,
  MAX_TEAM_POSTS,
  pendingSyncDocs,
  recordSent,
  SYNC_CONFIG_KEY,
  trimTeamPosts,
  type IncomingChange,
  type LensDb,
  type TextRetention,
} from '../db';
import { SYNC_OFF, type Broadcast, type SyncState } from '../messages';
import type { PostSnapshot } from '../platforms/types';
import { CouchError, normalizeDatabaseUrl, type Couch, type CouchServer } from './couch';
import { formatNumber, t } from '../shared/i18n';
import { describeFailure } from './failure';
import { SecretBox } from './secret-box';
import { configSchema, readConfig, saveConfig, syncServerOrigin, type Config } from './sync-config';
import { parseSyncDoc, SYNC_DOC_TYPE, toSyncDoc } from './sync-doc';
import type { AeSync } from './ae-sync';
import { PAGE, receiveChanges, receivingNote, RUN_BUDGET, type RunBudget } from './sync-receive';

export { syncServerOrigin } from './sync-config';

/** Documents per request sent: small enough for any server's request limits. */
const BATCH = PAGE;
/** Rounds of send, conflict and send again in one sync before the rest waits for the next. */
const MAX_SEND_ROUNDS = 5;
const CONFIG_KEY = SYNC_CONFIG_KEY;
/** A change made here is sent this long after it, so a few changes in a row go in one request. */
export const SEND_DELAY_MS = 5_000;

function refusal(refused: Map<string, string>): string {
  const [key, reason] = [...refused][0] ?? ['', ''];
  return refused.size > 1
    ? t('bg_syncRefusedMore', [key, formatNumber(refused.size - 1), reason])
    : t('bg_syncRefused', [key, reason]);
}

export interface TeamSyncDeps {
  db: LensDb;
  now: () => Date;
  couch: (server: CouchServer) => Couch;
  /** Classifies a teammate's post that this browser has never seen. */
  verdictFor: (post: PostSnapshot) => Promise<Verdict>;
  /** How much of an annotated post's text this browser keeps (the settings, as last saved). */
  retention: () => Promise<TextRetention>;
  broadcast: (message: Broadcast) => void;
  /** Whether the browser still lets the extension reach this address (its host permission). */
  canReach?: (url: string) => Promise<boolean>;
  /** The adverse-event queue's cases, which travel in the same database (ae-sync.ts). */
  ae?: AeSync;
  /** What one run may read, and how many teammates' posts are kept (tests make them small). */
  limits?: Partial<SyncLimits>;
}

export interface SyncLimits {
  budget: RunBudget;
  teamPosts: number;
}

export class TeamSync {
  private running: Promise<SyncState> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private again = false;
  private readonly limits: SyncLimits;
  private readonly box: SecretBox;

  constructor(private readonly deps: TeamSyncDeps) {
    this.limits = { budget: RUN_BUDGET, teamPosts: MAX_TEAM_POSTS, ...deps.limits };
    this.box = new SecretBox(deps.db);
  }

  /** The stored settings; a password an earlier version stored in clear is encrypted on the way. */
  private async config(): Promise<Config | null> {
    const config = await readConfig(this.deps.db);
    if (typeof config?.password !== 'string') return config;
    const sealed = { ...config, password: await this.box.seal(config.password) };
    await this.save(sealed);
    return sealed;
  }

  /** The server with the password in clear, for the requests of one run only. */
  private async server({ url, user, password }: Config): Promise<CouchServer> {
    if (typeof password === 'string') return { url, user, password };
    try {
      return { url, user, password: await this.box.open(password) };
    } catch {
      throw new Error(t('bg_syncPasswordUnreadable'));
    }
  }

  private save(config: Config): Promise<void> {
    return saveConfig(this.deps.db, config);
  }

  async state(): Promise<SyncState> {
    const config = await this.config();
    if (!config) return SYNC_OFF;
    const { url, user, lastSyncAt, sent, received, error, note } = config;
    const pending =
      (await countPendingSyncDocs(this.deps.db)) + ((await this.deps.ae?.pending()) ?? 0);
    return { server: { url, user }, lastSyncAt, sent, received, pending, error, note };
  }

  serverOrigin(): Promise<string | null> {
    return syncServerOrigin(this.deps.db);
  }

  /**
   * Checks the server answers as a database this user may read before anything is saved, so a
   * mistyped address or password is an error on the spot, not a sync that fails later.
   */
  async connect(address: string, user: string, password: string): Promise<SyncState> {
    const url = normalizeDatabaseUrl(address);
    await this.deps.couch({ url, user, password }).info();
    await this.running?.catch(() => undefined);
    // Saved first: from here on every change the user makes is marked to be sent.
    await this.save(configSchema.parse({ url, user, password: await this.box.seal(password) }));
    await markAllForSync(this.deps.db);
    await this.deps.ae?.connected();
    return this.syncNow();
  }

  async disconnect(): Promise<SyncState> {
    await this.running?.catch(() => undefined);
    await this.deps.db.settings.delete(CONFIG_KEY);
    await forgetSyncDocs(this.deps.db);
    return this.state();
  }

  /** The user changed an annotation: it is sent shortly (if sync is on; if not, this costs a read). */
  soon(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // Nobody waits for this one: a failure is in the state the dashboard reads.
      this.syncNow().catch(() => undefined);
    }, SEND_DELAY_MS);
  }

  /**
   * One sync; a call while one runs shares it. The server's failures end up in the state; only a
   * failure of this browser's own storage rejects.
   */
  syncNow(): Promise<SyncState> {
    if (this.running) {
      // A change made while a sync runs may come after its sending: one more run follows.
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.syncNow().catch(() => undefined);
      }
    });
    return this.running;
  }

  private async run(): Promise<SyncState> {
    const config = await this.config();
    if (!config) return this.state();
    try {
      const couch = this.deps.couch(await this.server(config));
      const { sent: annotations, refused } = await this.send(couch, config.user);
      const ae = (await this.deps.ae?.send(couch)) ?? { sent: 0, refused: new Map() };
      for (const [id, reason] of ae.refused) refused.set(id, reason);
      const sent = annotations + ae.sent;
      const got = await this.receive(couch, config);
      const { budget, teamPosts } = this.limits;
      const trimmed = got.received ? await trimTeamPosts(this.deps.db, teamPosts) : 0;
      // Re-read: `receive` saved the sequence it reached, page by page.
      const latest = await this.config();
      if (latest?.url === config.url) {
        const lastSyncAt = this.deps.now().toISOString();
        const error = refused.size ? refusal(refused) : null;
        const note = receivingNote(got, trimmed, teamPosts, budget);
        await this.save({ ...latest, lastSyncAt, sent, received: got.received, error, note });
      }
    } catch (error) {
      const latest = await this.config();
      if (latest?.url === config.url)
        await this.save({ ...latest, error: await this.why(error, config) });
    }
    return this.state();
  }

  /** Unreachable because the user withdrew the site access it was given: say that, not "failed". */
  private async why(error: unknown, config: Config): Promise<string> {
    if (error instanceof CouchError && error.kind === 'unreachable' && this.deps.canReach) {
      if (!(await this.deps.canReach(config.url).catch(() => true))) {
        const { hostname } = new URL(config.url);
        return t('bg_syncAccessWithdrawn', hostname);
      }
    }
    return describeFailure(error);
  }

  /**
   * Sends what is pending. A document the server refuses (its validation, its permissions) stays
   * pending and is passed over, so it cannot hold up the others; the refusal is reported.
   */
  private async send(
    couch: Couch,
    user: string,
  ): Promise<{ sent: number; refused: Map<string, string> }> {
    const { db } = this.deps;
    let sent = 0;
    const refused = new Map<string, string>();
    for (let round = 0; round < MAX_SEND_ROUNDS; round++) {
      const rows = (await pendingSyncDocs(db, BATCH + refused.size)).filter(
        (r) => !refused.has(r.key),
      );
      if (rows.length === 0) break;
      const keys = rows.map((r) => r.key);
      const [posts, annotations] = await Promise.all([
        db.posts.bulkGet(keys),
        db.annotations.bulkGet(keys),
      ]);
      const docs = [];
      for (const [i, row] of rows.entries()) {
        const post = posts[i];
        const annotation = annotations[i] ?? null;
        // Nothing to tell: the post is gone, or was cleared before the server ever had it.
        if (!post || (!annotation && !row.rev)) await dropSyncDoc(db, row.key);
        else docs.push({ row, doc: toSyncDoc(post, annotation, row.changedAt, row.rev, user) });
      }
      if (docs.length === 0) continue;
      const results = await couch.bulkDocs(docs.map((d) => d.doc));
      const byKey = new Map(docs.map((d) => [d.row.key, d]));
      const conflicts: string[] = [];
      for (const result of results) {
        const item = byKey.get(result.id);
        if (!item) continue;
        if (result.rev && !result.error) {
          await recordSent(db, item.row.key, result.rev, item.row.changedAt);
          sent++;
        } else if (result.error === 'conflict') conflicts.push(item.row.key);
        else refused.set(item.row.key, result.error ?? 'no reason given');
      }
      if (conflicts.length) {
        for (const [key, reason] of await this.resolve(couch, conflicts)) refused.set(key, reason);
      }
    }
    return { sent, refused };
  }

  /**
   * A teammate changed the same post: the newer change is kept, on both sides. Returns the posts
   * whose server copy cannot be read (a newer HCP Lens's document): never overwritten from here.
   */
  private async resolve(couch: Couch, keys: string[]): Promise<Map<string, string>> {
    const unreadable = new Map<string, string>();
    const current = await couch.getDocs(keys);
    const newer: IncomingChange[] = [];
    for (const key of keys) {
      const doc = current.get(key);
      const change = doc ? parseSyncDoc(doc) : null;
      if (!doc) await adoptRevision(this.deps.db, key, undefined);
      else if (change && !('ignored' in change)) newer.push(change);
      else if (doc.type === SYNC_DOC_TYPE) unreadable.set(key, t('bg_syncUnreadableCopy'));
      else if (typeof doc._rev === 'string') await adoptRevision(this.deps.db, key, doc._rev);
    }
    // Applied only where newer than the change waiting here; else its revision is adopted.
    await this.apply(newer, await this.user());
    return unreadable;
  }

  /** Teammates' changes since the last run, within the run's budget (sync-receive.ts). */
  private receive(couch: Couch, config: Config) {
    return receiveChanges({
      couch,
      since: config.since,
      budget: this.limits.budget,
      apply: (changes) => this.apply(changes, config.user),
      applyDocs: async (docs) => (await this.deps.ae?.receive(docs)) ?? 0,
      reached: async (since) => {
        const latest = await this.config();
        if (latest?.url !== config.url) return false;
        await this.save({ ...latest, since });
        return true;
      },
    });
  }

  /**
   * Applies teammates' changes: the posts never seen here are found with one read and classified
   * here (outside the write, which cannot wait on anything but the database), and each change is
   * then one transaction. Returns how many changed something.
   */
  private async user(): Promise<string | undefined> {
    return (await this.config())?.user;
  }

  private async apply(changes: IncomingChange[], self?: string): Promise<number> {
    const { db } = this.deps;
    if (changes.length === 0) return 0;
    const known = await db.posts.bulkGet(changes.map((c) => c.key));
    const retention = await this.deps.retention();
    let applied = 0;
    for (const [i, change] of changes.entries()) {
      // Only a post to store is classified: a cleared annotation of an unknown post stores nothing.
      const verdict =
        known[i] || !change.annotation ? undefined : await this.deps.verdictFor(change.post);
      const view = await applyIncoming(db, change, verdict, retention, self);
      if (!view) continue;
      applied++;
      this.deps.broadcast({ type: 'annotation/changed', key: change.key, view });
    }
    return applied;
  }
}
