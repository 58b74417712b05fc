// Edits to many annotated posts at once (the dashboard's bulk edits, renaming or merging a
// collection or a tag): one transaction, so a refused write leaves every post as it was.
import type { AnnotationPatch } from '../messages/schemas';
import { keptText } from './posts';
import { isEmptyAnnotation, mergeAnnotation, type Annotation, type PostView } from './records';
import type { LensDb } from './schema';
import type { TextRetention } from './settings';
import { markChanged } from './sync';
import { countedCategory, countPosts, type PostCount } from './author-stats';

/** What a bulk edit does to one post's annotation; null leaves it untouched. */
export type PatchFor = (old: Annotation | undefined) => AnnotationPatch | null;

export interface BulkOptions {
  sessionId: number;
  now: Date;
  retention?: TextRetention;
  /** Keep each annotation's time (housekeeping such as a rename is no new decision on a post). */
  keepTime?: boolean;
}

/** Applies `patchFor` to each post that was seen; returns the views that changed. */
export async function annotateMany(
  db: LensDb,
  keys: string[],
  patchFor: PatchFor,
  { sessionId, now, retention = 'full', keepTime = false }: BulkOptions,
): Promise<PostView[]> {
  const tables = [db.posts, db.annotations, db.syncDocs, db.settings, db.authorStats];
  return db.transaction('rw', tables, async () => {
    const [posts, olds] = await Promise.all([db.posts.bulkGet(keys), db.annotations.bulkGet(keys)]);
    const changed: PostView[] = [];
    const put: Annotation[] = [];
    const removed: string[] = [];
    // The Authors view counts each post under its category: a changed category moves it.
    const counts: PostCount[] = [];
    for (const [i, key] of keys.entries()) {
      const post = posts[i];
      const old = olds[i];
      const patch = post && patchFor(old);
      if (!post || !patch) continue;
      const time = keepTime && old ? old.annotatedAt : now.toISOString();
      const next = mergeAnnotation(
        old,
        patch,
        key,
        time,
        keepTime && old ? old.sessionId : sessionId,
      );
      const keep = !isEmptyAnnotation(next);
      const kept = { ...post, ...keptText(post, keep, retention) };
      delete kept.facets;
      const before = countedCategory(post, old);
      const after = countedCategory(post, keep ? next : null);
      if (before !== after) counts.push({ post, before, after });
      if (keep) put.push(next);
      else removed.push(key);
      changed.push({ post: kept, annotation: keep ? next : null });
    }
    await db.posts.bulkPut(changed.map((v) => v.post));
    await db.annotations.bulkPut(put);
    await db.annotations.bulkDelete(removed);
    for (const v of changed) await markChanged(db, v.post.key, now);
    await countPosts(db, counts);
    return changed;
  });
}
