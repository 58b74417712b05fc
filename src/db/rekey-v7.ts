/**
 * Version 7's upgrade: Mastodon quote posts seen on their own page were keyed by the status they
 * quote (the reader took the first `data-id` inside the detailed status, the quoted one's), so the
 * quote post and the quoted post shared a key and their annotations collided. The stored post
 * still holds the quote post's own permalink (`https://<host>/@<acct>/<id>`): where that id is not
 * the key's, on the same host, the post, its annotation and its sync record move to the right key,
 * and so does its adverse-event case with its whole trail (unless the right key has one already:
 * a case is never dropped).
 */
import type { Transaction } from 'dexie';
import type { AeAuditEntry, AeCase } from './ae-records';
import type { Annotation, PostRecord, SyncDocRecord } from './records';

const MASTODON_KEY = /^mastodon:([^/\s]+)\/(\d{1,25})$/;
const LOCAL_PERMALINK = /^\/@[^/]+\/(\d{1,25})\/?$/;

/** The key a mis-keyed Mastodon post should have, or null when its key is right. */
export function rightMastodonKey(post: Pick<PostRecord, 'key' | 'url'>): string | null {
  const key = MASTODON_KEY.exec(post.key);
  if (!key) return null;
  let url: URL;
  try {
    url = new URL(post.url);
  } catch {
    return null;
  }
  // A remote permalink carries the other server's id, which is not the local one: left as is.
  if (url.host !== key[1]) return null;
  const own = LOCAL_PERMALINK.exec(url.pathname)?.[1];
  return own && own !== key[2] ? `mastodon:${key[1]}/${own}` : null;
}

export async function upgradeToV7(tx: Transaction): Promise<void> {
  const posts = tx.table<PostRecord, string>('posts');
  const annotations = tx.table<Annotation, string>('annotations');
  const syncDocs = tx.table<SyncDocRecord, string>('syncDocs');
  const cases = tx.table<AeCase, string>('aeCases');
  const trail = tx.table<AeAuditEntry, string>('aeAudit');
  const moves: [string, string][] = [];
  await posts
    .where('platform')
    .equals('mastodon')
    .each((post) => {
      const right = rightMastodonKey(post);
      if (right) moves.push([post.key, right]);
    });
  // A case keeps its post's address even when the post kept none (never annotated).
  await cases
    .where('platform')
    .equals('mastodon')
    .each((c) => {
      const right = rightMastodonKey(c);
      if (right && !moves.some(([from]) => from === c.key)) moves.push([c.key, right]);
    });
  const now = new Date().toISOString();
  for (const [from, to] of moves) {
    const post = await posts.get(from);
    const annotation = await annotations.get(from);
    const sync = await syncDocs.get(from);
    const aeCase = await cases.get(from);
    if (aeCase && !(await cases.get(to))) {
      // Sent afresh under its new id: the old id's server revision is not this one's.
      const { rev: _rev, ...moved } = aeCase;
      await cases.put({ ...moved, key: to, syncPending: 1 });
      await trail.where('caseKey').equals(from).modify({ caseKey: to });
      await cases.delete(from);
    }
    // What is already stored under the right key (the same post seen in a timeline) is kept.
    if (post && !(await posts.get(to))) await posts.put({ ...post, key: to });
    await posts.delete(from);
    if (annotation) {
      if (!(await annotations.get(to))) await annotations.put({ ...annotation, key: to });
      await annotations.delete(from);
    }
    if (sync) {
      // The server's document under the old key is cleared, and the right key's is sent.
      await syncDocs.put({ ...sync, pending: 1, changedAt: now });
      if (annotation && !(await syncDocs.get(to))) {
        await syncDocs.put({ key: to, pending: 1, changedAt: now });
      }
    }
  }
}
