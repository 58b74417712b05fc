// The AE queue over team sync: one document per case (`ae:<post key>`) with its evidence and its
// whole audit trail, so the PV team sees every colleague's cases. A document from the server is
// untrusted input: checked with zod, refused with its reason, and never in the way of the others.
import {
  applyIncomingAe,
  countPendingAeCases,
  evidenceOf,
  forgetAeRevision,
  listCases,
  markAllAeCases,
  pendingAeCases,
  recordAeSent,
  type AeState,
  type IncomingAeCase,
  type LensDb,
} from '../db';
import { aeEntrySchema, aeEvidenceSchema } from '../messages/ae-case-schema';
import { cut } from '../shared/text';
import { z } from '../shared/zod';
import { t } from '../shared/i18n';
import { AE_REFUSED_KEY } from './ae-handlers';
import type { Couch, CouchDoc } from './couch';

export const AE_DOC_TYPE = 'hcp-lens.ae-case';
const PREFIX = 'ae:';
const BATCH = 100;
const MAX_ROUNDS = 5;
/** Refusals listed in the queue: the latest ones. */
const MAX_REFUSALS = 20;

const aeDocSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string().max(200),
  type: z.literal(AE_DOC_TYPE),
  evidence: aeEvidenceSchema,
  trail: z.array(aeEntrySchema).max(5000),
});

/** A server document as a case to merge, or why it is refused. */
export function parseAeDoc(doc: CouchDoc): IncomingAeCase | { refused: string } {
  const parsed = aeDocSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { refused: cut(`${where}${issue?.message ?? 'malformed'}`, 200) };
  }
  const { _id, _rev, evidence, trail } = parsed.data;
  if (_id !== PREFIX + evidence.key) return { refused: "its id is not its case's post key" };
  if (trail.some((e) => e.caseKey !== evidence.key))
    return { refused: 'its history holds another case’s entries' };
  return { rev: _rev, evidence, trail };
}

export interface AeSyncDeps {
  db: LensDb;
  /** A case changed here because of a teammate's change: bars and the queue show it. */
  changed: (key: string, state: AeState) => void;
}

/** Team sync's AE part: TeamSync calls it when connecting, sending and receiving. */
export function createAeSync({ db, changed }: AeSyncDeps) {
  const merge = async (incoming: IncomingAeCase) => {
    const merged = await applyIncomingAe(db, incoming);
    if (merged) changed(merged.key, merged.state);
    return merged !== null;
  };

  return {
    connected: () => markAllAeCases(db),
    pending: () => countPendingAeCases(db),

    /** Sends pending cases; a conflict merges the server's copy and sends the union again. */
    async send(couch: Couch): Promise<{ sent: number; refused: Map<string, string> }> {
      let sent = 0;
      const refused = new Map<string, string>();
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const rows = (await pendingAeCases(db, BATCH + refused.size)).filter(
          (c) => !refused.has(PREFIX + c.key),
        );
        if (rows.length === 0) break;
        const views = await listCases(
          db,
          rows.map((c) => c.key),
        );
        const docs: CouchDoc[] = views.map(({ case: c, trail }) => {
          const evidence = evidenceOf(c);
          return {
            _id: PREFIX + c.key,
            ...(c.rev ? { _rev: c.rev } : {}),
            type: AE_DOC_TYPE,
            evidence,
            trail,
            // For a person reading the database: the case as it stands.
            state: c.state,
            updatedAt: c.updatedAt,
          };
        });
        const entries = new Map(views.map((v) => [PREFIX + v.case.key, v.trail.length]));
        const conflicts: string[] = [];
        for (const result of await couch.bulkDocs(docs)) {
          const key = result.id.slice(PREFIX.length);
          if (result.rev && !result.error) {
            await recordAeSent(db, key, result.rev, entries.get(result.id) ?? 0);
            sent++;
          } else if (result.error === 'conflict') conflicts.push(result.id);
          else refused.set(result.id, result.error ?? 'no reason given');
        }
        if (conflicts.length === 0) continue;
        const current = await couch.getDocs(conflicts);
        for (const id of conflicts) {
          const doc = current.get(id);
          const parsed = doc ? parseAeDoc(doc) : null;
          if (!doc) await forgetAeRevision(db, id.slice(PREFIX.length));
          else if (parsed && 'refused' in parsed)
            refused.set(id, t('bg_syncUnreadableAe', parsed.refused));
          else if (parsed) await merge(parsed);
        }
      }
      return { sent, refused };
    },

    /** Merges teammates' cases from a page of changes; returns how many changed something here. */
    async receive(docs: CouchDoc[]): Promise<number> {
      let applied = 0;
      const refusals: string[] = [];
      for (const doc of docs) {
        if (doc.type !== AE_DOC_TYPE) continue;
        const parsed = parseAeDoc(doc);
        if ('refused' in parsed) refusals.push(`${cut(doc._id, 120)} (${parsed.refused})`);
        else if (await merge(parsed)) applied++;
      }
      if (refusals.length) {
        const old = (await db.settings.get(AE_REFUSED_KEY))?.value;
        const kept = Array.isArray(old) ? old.filter((r) => typeof r === 'string') : [];
        const next = [...kept.filter((r) => !refusals.includes(r)), ...refusals];
        await db.settings.put({ key: AE_REFUSED_KEY, value: next.slice(-MAX_REFUSALS) });
      }
      return applied;
    },
  };
}

export type AeSync = ReturnType<typeof createAeSync>;
