import type { Verdict } from '../classify/types';
import type { AnnotationPatch } from '../messages/schemas';
import { authorKeyOf } from '../platforms/author';
import type { PostSnapshot } from '../platforms/types';
import {
  isEmptyAnnotation,
  mergeAnnotation,
  type Annotation,
  type PostRecord,
  type PostView,
} from './records';
import type { LensDb } from './schema';
import { markChanged } from './sync';
import { countedCategory, countPosts } from './author-stats';
import type { TextRetention } from './settings';
import { t } from '../shared/i18n';

/** Characters of an annotated post's text kept when the user chose snippets only. */
export const SNIPPET_CHARS = 280;

const iso = (d: Date) => d.toISOString();

/** What a post never annotated keeps of what the page showed: nothing but its network. */
const NOTHING_SHOWN = {
  url: '',
  authorName: '',
  authorHandle: '',
  authorHeadline: '',
  authorProfileUrl: '',
  text: '',
  context: '',
} as const;

/**
 * What is kept of what the page showed. An annotated post keeps it all, its text in full or as a
 * snippet as the user chose; a post only seen keeps none of it (no address, author, text,
 * repost context or bio): the session summary needs only its verdict, by key.
 */
export function keptText(snapshot: PostSnapshot, annotated: boolean, retention: TextRetention) {
  if (!annotated) return NOTHING_SHOWN;
  const text =
    retention === 'snippet' && snapshot.text.length > SNIPPET_CHARS
      ? `${snapshot.text.slice(0, SNIPPET_CHARS)}…`
      : snapshot.text;
  const { url, authorName, authorHandle, authorHeadline, authorProfileUrl, context } = snapshot;
  return { url, authorName, authorHandle, authorHeadline, authorProfileUrl, text, context };
}

/**
 * A signal's words without the phrase it quotes from the post or bio ("Names a medicine:
 * 'keytruda'" → "Names a medicine"): a stored verdict says why, never what the post said.
 */
export function unquoted(label: string): string {
  return label
    .replace(/:\s*'.*'$/, '')
    .replace(/\s*\('.*?'\)/g, '')
    .trim();
}

/** The verdict as stored: its signals without quoted phrases. */
export function storedVerdict(verdict: Verdict): Verdict {
  return {
    ...verdict,
    signals: verdict.signals.map(({ reason, ...s }) => {
      const kept = { ...s, label: unquoted(s.label) };
      if (!reason) return kept;
      const { quote: _quote, ...said } = reason;
      return { ...kept, reason: said };
    }),
  };
}

/** A post as kept once nobody annotates it: key, network, author key, verdict, when and where seen. */
export function seenOnly(post: PostRecord): PostRecord {
  return { ...post, ...NOTHING_SHOWN, verdict: storedVerdict(post.verdict) };
}

/** Stores posts as seen in a session (first sighting kept) and returns them with annotations. */
export async function recordSeen(
  db: LensDb,
  seen: { snapshot: PostSnapshot; verdict: Verdict }[],
  sessionId: number,
  now: Date,
  retention: TextRetention = 'full',
): Promise<PostView[]> {
  return db.transaction('rw', db.posts, db.annotations, db.authorStats, async () => {
    const keys = seen.map((s) => s.snapshot.key);
    const [existing, annotations] = await Promise.all([
      db.posts.bulkGet(keys),
      db.annotations.bulkGet(keys),
    ]);
    const records: PostRecord[] = seen.map(({ snapshot, verdict }, i) => {
      const old = existing[i];
      const sessionIds = old?.sessionIds.includes(sessionId)
        ? old.sessionIds
        : [...(old?.sessionIds ?? []), sessionId];
      return {
        ...snapshot,
        ...keptText(snapshot, annotations[i] !== undefined, retention),
        authorKey: authorKeyOf(snapshot),
        verdict: storedVerdict(verdict),
        firstSeenAt: old?.firstSeenAt ?? iso(now),
        lastSeenAt: iso(now),
        sessionIds,
      };
    });
    await db.posts.bulkPut(records);
    await countPosts(
      db,
      records.map((post, i) => {
        const old = existing[i];
        const annotation = annotations[i];
        // Counted under the name the page shows: a post only seen keeps none of its own.
        const shown = { ...post, ...seen[i]!.snapshot, verdict: post.verdict };
        return {
          post: shown,
          before: old ? countedCategory(old, annotation) : null,
          after: countedCategory(shown, annotation),
        };
      }),
    );
    // The page gets back what it shows and the whole verdict: only what is stored forgets.
    return records.map((post, i) => ({
      post: { ...post, ...seen[i]!.snapshot, verdict: seen[i]!.verdict },
      annotation: annotations[i] ?? null,
    }));
  });
}

/**
 * Applies the user's change to one post. The snapshot, when given, supplies the text an
 * annotated post keeps; an annotation left with no decision is deleted, and the text with it.
 */
export async function annotate(
  db: LensDb,
  key: string,
  patch: AnnotationPatch,
  sessionId: number,
  now: Date,
  { snapshot, retention = 'full' }: { snapshot?: PostSnapshot; retention?: TextRetention } = {},
): Promise<PostView> {
  const tables = [db.posts, db.annotations, db.syncDocs, db.settings, db.authorStats];
  return db.transaction('rw', tables, async () => {
    let post = await db.posts.get(key);
    if (!post) throw new Error(t('bg_postUnseen', key));
    const old = await db.annotations.get(key);
    const next = mergeAnnotation(old, patch, key, iso(now), sessionId);
    const keep = !isEmptyAnnotation(next);
    const before = countedCategory(post, old);
    await countPosts(db, [{ post, before, after: countedCategory(post, keep ? next : null) }]);
    const source = snapshot?.key === key ? snapshot : post;
    post = keep ? { ...post, ...keptText(source, true, retention) } : seenOnly(post);
    await db.posts.put(post);
    // Team sync sends this change when it next can (a cleared annotation too, so teammates see it).
    await markChanged(db, key, now);
    if (!keep) {
      await db.annotations.delete(key);
      return { post, annotation: null };
    }
    await db.annotations.put(next);
    return { post, annotation: next };
  });
}

/** Posts the user tagged during a session, oldest decision first. */
export async function sessionTaggedViews(db: LensDb, sessionId: number): Promise<PostView[]> {
  const annotations = await db.annotations
    .where('sessionId')
    .equals(sessionId)
    .sortBy('annotatedAt');
  return joinPosts(db, annotations);
}

/** Every annotated post, newest decision first. */
export async function annotatedViews(db: LensDb, limit = Infinity): Promise<PostView[]> {
  const annotations = await db.annotations.orderBy('annotatedAt').reverse().limit(limit).toArray();
  return joinPosts(db, annotations);
}

async function joinPosts(db: LensDb, annotations: Annotation[]): Promise<PostView[]> {
  const posts = await db.posts.bulkGet(annotations.map((a) => a.key));
  return annotations.flatMap((annotation, i) => {
    const post = posts[i];
    return post ? [{ post, annotation }] : [];
  });
}

/**
 * One page of annotated posts, newest decision first, and how many there are in all: a long
 * export reads them page by page instead of holding them all at once.
 */
export async function annotatedViewsPage(
  db: LensDb,
  offset: number,
  limit: number,
): Promise<{ views: PostView[]; total: number }> {
  return db.transaction('r', db.posts, db.annotations, async () => {
    const [annotations, total] = await Promise.all([
      db.annotations.orderBy('annotatedAt').reverse().offset(offset).limit(limit).toArray(),
      db.annotations.count(),
    ]);
    return { views: await joinPosts(db, annotations), total };
  });
}

/** The posts of a selection, in its order, with their annotations; unknown keys are skipped. */
export async function selectedViews(db: LensDb, keys: string[]): Promise<PostView[]> {
  const [posts, annotations] = await Promise.all([
    db.posts.bulkGet(keys),
    db.annotations.bulkGet(keys),
  ]);
  return posts.flatMap((post, i) => (post ? [{ post, annotation: annotations[i] ?? null }] : []));
}
