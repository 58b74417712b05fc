import type { AeCase, AeCaseView } from '../db/ae-records';
import type { AeSettings } from '../db/ae-settings';
import type { RestorePlan } from '../db/backup';
import type { MetAuthor } from '../db/author-stats';
import type { AuthorRecord, PostView, SessionSummary, TargetListRecord } from '../db/records';
import type { Settings } from '../db/settings';
import type { RulesTestReply } from '../content/rules-test';
import type { SiteRulesOverride } from '../platforms/rules';
import type { SiteHealth } from '../db/health';
import type { TargetPreview } from '../targets/types';
import type { CategoryCounts, PostPage } from '../db/query';
import type { LabelCount } from '../db/labels';
// Zod-free on purpose: the content script imports this, and zod would triple its size.
import type { Broadcast, Request } from './schemas';

/** What the background answers to each request type. */
export interface Responses {
  'posts/seen': { views: PostView[] };
  'annotation/set': { view: PostView };
  'author/mark': { views: PostView[] };
  'session/summary': SessionSummary;
  'session/new': SessionSummary;
  'export/csv': { filename: string; csv: string; rows: number };
  'annotations/list': { views: PostView[] };
  'authors/list': { authors: AuthorRecord[] };
  /** `rules`: the user's override of this site's rules, when there is one (already validated). */
  'site/mode': { panelMode: boolean; rules?: SiteRulesOverride };
  'rules/test': RulesTestReply;
  'authors/forget': { forgotten: true };
  /** How many posts never annotated were removed, and how many remembered bios forgotten. */
  'history/clear': { posts: number; bios: number };
  'settings/get': Settings;
  'settings/set': Settings;
  'targets/preview': TargetPreview;
  'targets/import': { list: TargetListRecord };
  'targets/lists': { lists: TargetListRecord[] };
  'targets/remove': { removed: true };
  'health/report': { health: SiteHealth };
  'health/get': { sites: SiteHealth[] };
  /** Curating: a page of export rows (the contract's cells); `next` is the offset to ask, or null at the end. */
  /** `at`: each row's place in a view's order (a view's pages come in the database's key order). */
  'export/page': {
    rows: string[][];
    at?: number[];
    next: number | null;
    done: number;
    total: number;
  };
  'backup/create': { filename: string; json: string; annotations: number };
  'backup/preview': RestorePlan;
  'backup/restore': RestorePlan;
  'authors/met': { authors: MetAuthor[] };
  // (end of curating)
  'sync/get': SyncState;
  'sync/connect': SyncState;
  'sync/now': SyncState;
  'sync/disconnect': SyncState;
  'ae/report': { case: AeCase };
  /** `refused`: teammates' cases the last sync could not read, each with its reason. */
  'ae/list': { cases: AeCaseView[]; settings: AeSettings; refused: string[] };
  'ae/count': { open: number; overdue: number };
  'ae/change': AeCaseView;
  'ae/export': { filename: string; content: string; mime: string; rows: number };
  'ae/settings/get': AeSettings;
  'ae/settings/set': AeSettings;
  // Curation: the dashboard's views, bulk edits, collections and tags; the bar's collection names.
  'posts/query': PostPage;
  'posts/counts': CategoryCounts;
  'posts/keys': { keys: string[] };
  'annotations/bulk': { changed: number };
  'export/view': { filename: string; csv: string; rows: number };
  'labels/names': { names: string[] };
  'labels/list': { labels: LabelCount[] };
  'labels/create': { labels: LabelCount[] };
  'labels/rename': { changed: number };
  'labels/delete': { changed: number };
}

/** Team sync as the dashboard shows it. The password never leaves the background. */
export interface SyncState {
  /** The database annotations are replicated to; null while team sync is off. */
  server: { url: string; user: string } | null;
  /** When the last sync reached the end (ISO 8601), or null; a document refused on the way is in `error`. */
  lastSyncAt: string | null;
  /** Annotations the last completed sync sent to the server and received from it. */
  sent: number;
  received: number;
  /** Annotations changed in this browser that the server does not have yet. */
  pending: number;
  /** Why the last sync failed, in words for the user; null when it succeeded. */
  error: string | null;
  /**
   * What the last sync left out on purpose, in words for the user: teammates' posts refused or
   * not kept, changes left on the server for the next run (its limits). Null when nothing was.
   */
  note: string | null;
}

/** The state while team sync is off. */
export const SYNC_OFF: SyncState = {
  server: null,
  lastSyncAt: null,
  sent: 0,
  received: 0,
  pending: 0,
  error: null,
  note: null,
};

export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Every answer travels in an envelope so a refusal arrives as a readable error, not a throw. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: string };

/** The slice of the runtime API the helpers need, so tests can pass a fake. */
export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** A runtime that also delivers the background's broadcasts. */
export interface RuntimeWithEvents extends MessageRuntime {
  onMessage: {
    addListener(cb: (message: unknown) => void): void;
    removeListener?(cb: (message: unknown) => void): void;
  };
}

/** Sends a request to the background and returns its typed answer, or throws its error. */
export async function send<T extends RequestType>(
  runtime: MessageRuntime,
  request: RequestOf<T>,
): Promise<Responses[T]> {
  const reply = (await runtime.sendMessage(request)) as Envelope<Responses[T]> | undefined;
  if (!reply) throw new Error('HCP Lens background did not answer.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export function isBroadcast(message: unknown): message is Broadcast {
  return (
    typeof message === 'object' &&
    message !== null &&
    ['annotation/changed', 'settings/changed', 'storage/ready', 'ae/changed'].includes(
      (message as { type?: unknown }).type as string,
    )
  );
}
