import type { Category, Verdict } from '../classify/types';
import type { AnnotationPatch } from '../messages/schemas';
import type { PlatformId, PostSnapshot } from '../platforms/types';
import type { AeState } from './ae-records';

/**
 * A post the user has seen. Times are ISO 8601 in UTC. A post nobody annotated keeps no text and
 * no headline: only its key, author reference and verdict (data minimisation).
 */
export interface PostRecord extends PostSnapshot {
  authorKey: string;
  verdict: Verdict;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Sessions in which the post was seen (multi-entry index). */
  sessionIds: number[];
  /** Derived on every write, for the dashboard's filters (db/facets.ts); never set by hand. */
  facets?: string[];
}

/** What the user decided about a post. Exists only while it holds a decision. */
export interface Annotation {
  key: string;
  /** The category the user confirmed or chose; null while the suggestion stands. */
  category: Category | null;
  tags: string[];
  /** Follow-up open. */
  flagged: boolean;
  /** A follow-up the user closed (version 6); `flagged` is then false. */
  followUpDone?: boolean;
  note: string;
  collections: string[];
  annotatedAt: string;
  /** Session in which the annotation was last changed. */
  sessionId: number;
  /** Who changed it last, when that was a teammate (team sync); absent for the user's own. */
  by?: string;
  /** Derived on every write, for the dashboard's filters (db/facets.ts); never set by hand. */
  facets?: string[];
}

/** What the user's browsing has shown about an author, remembered for their later posts. */
export interface AuthorRecord {
  authorKey: string;
  platform: PlatformId;
  name: string;
  handle: string;
  profileUrl: string;
  /** The last bio or headline shown (a profile page, a hover card, a LinkedIn post). */
  headline: string;
  headlineSeenAt: string;
  /** The user's own word on whether this author is an HCP; overrides the classifier. */
  hcpOverride?: boolean | null;
}

/**
 * An author's bio as their network's public profile gave it, for authors whose posts show none
 * (Bluesky, Mastodon timelines). Kept 7 days; an empty bio (no bio, or no such account) is kept
 * too, so the profile is not asked again within that time.
 */
export interface FetchedBioRecord {
  authorKey: string;
  platform: 'bluesky' | 'mastodon';
  /** Whose public profile it is from: `bsky.app`, or the Mastodon instance's host. */
  source: string;
  bio: string;
  fetchedAt: string;
}

/** An imported list of known HCPs and KOLs. */
export interface TargetListRecord {
  id: string;
  name: string;
  importedAt: string;
  rows: number;
}

/** One person on a target list, findable by every key their row gives (profile URL, handle, name). */
export interface TargetRecord {
  id?: number;
  listId: string;
  name: string;
  linkedinUrl: string;
  xHandle: string;
  npi: string;
  specialty: string;
  tier: string;
  owner: string;
  /** Author keys (see `authorKeyOf`) and `name:<lower-case name>` this row matches. */
  matchKeys: string[];
}

/** A model learned on this device from the user's own corrections. */
export interface ModelRecord {
  name: string;
  /** Serialised model state, owned by `classify/learn`. */
  state: unknown;
  examples: number;
  updatedAt: string;
}

/**
 * Team sync's bookkeeping for one post's annotation. Written with every change the user makes
 * while sync is on, so a change made while the server is unreachable is sent later, not lost.
 */
export interface SyncDocRecord {
  key: string;
  /** The server's revision of this post's document, once the server has one. */
  rev?: string;
  /** 1 while a change made here is still to be sent (an index: IndexedDB cannot index booleans). */
  pending: 0 | 1;
  /** When the annotation last changed, here or on the server (ISO 8601): the newer change wins. */
  changedAt: string;
}

export interface SessionRecord {
  id?: number;
  startedAt: string;
  lastActiveAt: string;
}

/** Key-value settings owned by the background. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A post with the user's decision, as the overlay, popup and export see it. */
export interface PostView {
  post: PostRecord;
  annotation: Annotation | null;
  /** The post's state in the adverse-event queue, when it is there (posts/seen, ae/report). */
  ae?: AeState;
}

export interface SessionSummary {
  sessionId: number;
  startedAt: string;
  /** Milliseconds from the session's start to now. */
  durationMs: number;
  postsSeen: number;
  hcpPostsSeen: number;
  postsTagged: number;
  /** Tagged posts per category: the confirmed category, else the suggested one. */
  taggedByCategory: Record<Category, number>;
  /** Tagged posts whose category the user confirmed or chose, per category. */
  confirmedByCategory: Record<Category, number>;
  /** Tagged posts whose category is still only the classifier's suggestion, per category. */
  suggestedByCategory: Record<Category, number>;
}

/** The category a post counts under: the user's choice, else the classifier's suggestion. */
export function effectiveCategory(view: PostView): Category {
  return view.annotation?.category ?? view.post.verdict.category;
}

/** An annotation that records no decision is removed rather than kept empty. */
export function isEmptyAnnotation(a: Annotation): boolean {
  return (
    a.category === null &&
    a.tags.length === 0 &&
    !a.flagged &&
    !a.followUpDone &&
    a.note.trim() === '' &&
    a.collections.length === 0
  );
}

/** The annotation after a patch: absent fields keep their value, lists are trimmed and unique. */
export function mergeAnnotation(
  old: Annotation | null | undefined,
  patch: AnnotationPatch,
  key: string,
  annotatedAt: string,
  sessionId: number,
): Annotation {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const next: Annotation = {
    key,
    category: null,
    tags: [],
    flagged: false,
    note: '',
    collections: [],
    ...old,
    ...defined,
    annotatedAt,
    sessionId,
  };
  // Flagging again reopens a follow-up that was closed; closing one ends the flag.
  if (patch.flagged === true && patch.followUpDone === undefined) next.followUpDone = false;
  if (patch.followUpDone === true && patch.flagged === undefined) next.flagged = false;
  if (!next.followUpDone) delete next.followUpDone;
  delete next.facets;
  next.tags = unique(next.tags);
  next.collections = unique(next.collections);
  // A change made here is the user's own, whoever made the one before.
  delete next.by;
  return next;
}

const unique = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
