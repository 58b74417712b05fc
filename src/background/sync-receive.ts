// Team sync's receiving side: the server's changes feed, read within a budget per run, so one
// server or teammate cannot fill this browser's storage, however much it sends or however fast.
import type { IncomingChange } from '../db';
import { CouchError, type Couch, type CouchDoc } from './couch';
import { formatNumber, t, tn } from '../shared/i18n';
import { parseSyncDoc } from './sync-doc';

/** Documents per page of the changes feed. */
export const PAGE = 100;

/** What one sync run reads of the changes feed at most; the rest waits for the next run. */
export const RUN_BUDGET = { documents: 2_000, bytes: 16_000_000, pages: 20 };
export type RunBudget = typeof RUN_BUDGET;

export interface Receiving {
  couch: Couch;
  since: string;
  budget?: RunBudget;
  /** Applies a page's changes; returns how many changed something here. */
  apply: (changes: IncomingChange[]) => Promise<number>;
  /** Applies the page's other documents (the adverse-event queue's cases); returns how many. */
  applyDocs?: (docs: CouchDoc[]) => Promise<number>;
  /** Keeps the sequence reached after a page is applied; false when sync was turned off meanwhile. */
  reached: (since: string) => Promise<boolean>;
}

export interface Received {
  received: number;
  /** Keys of teammates' posts refused because their address is not the post's own. */
  unsafe: string[];
  /** Whether changes were left on the server because the run's budget was spent. */
  more: boolean;
}

export async function receiveChanges({
  couch,
  since,
  budget = RUN_BUDGET,
  apply,
  applyDocs,
  reached,
}: Receiving): Promise<Received> {
  const out: Received = { received: 0, unsafe: [], more: false };
  let bytes = budget.bytes;
  let documents = budget.documents;
  for (let pages = 0; ; pages++) {
    if (pages >= budget.pages || documents <= 0 || bytes <= 0) return { ...out, more: true };
    let page;
    try {
      page = await couch.changes(since, Math.min(PAGE, documents), bytes);
    } catch (error) {
      // Past the budget's bytes after the first page: the rest is for the next run.
      if (error instanceof CouchError && error.kind === 'too-large' && pages > 0) {
        return { ...out, more: true };
      }
      throw error;
    }
    bytes -= page.bytes;
    documents -= page.results.length;
    const changes: IncomingChange[] = [];
    for (const { deleted, doc } of page.results) {
      const parsed = !deleted && doc ? parseSyncDoc(doc) : null;
      if (!parsed) continue;
      if (!('ignored' in parsed)) changes.push(parsed);
      else if (parsed.unsafe && doc) out.unsafe.push(doc._id);
    }
    out.received += await apply(changes);
    if (applyDocs) {
      const docs = page.results.flatMap(({ deleted, doc }) => (!deleted && doc ? [doc] : []));
      out.received += await applyDocs(docs);
    }
    // A server that answers a full page without moving on would otherwise be asked forever.
    const stuck = page.lastSeq === since;
    since = page.lastSeq;
    if (!(await reached(since))) return out;
    if (page.results.length < PAGE || stuck) return out;
  }
}

/** What the run left out, for the sync status; null when nothing was. */
export function receivingNote(
  { unsafe, more }: Received,
  trimmed: number,
  cap: number,
  budget: RunBudget = RUN_BUDGET,
): string | null {
  const notes: string[] = [];
  if (unsafe.length) {
    notes.push(
      tn('bg_syncUnsafe', unsafe.length, [`${unsafe[0]}${unsafe.length > 1 ? ', …' : ''}`]),
    );
  }
  if (trimmed) {
    notes.push(tn('bg_syncTrimmed', trimmed, [formatNumber(cap)]));
  }
  if (more) {
    notes.push(
      t('bg_syncMore', [
        formatNumber(budget.documents),
        formatNumber(Math.round(budget.bytes / 1_000_000)),
      ]),
    );
  }
  return notes.length ? notes.join(' ') : null;
}
