import type { PostSnapshot } from '../platforms/types';
import { authorMatchKeys, bestMatch, rowMatchKeys, type Candidate } from '../targets/match';
import type { TargetMatch, ValidRow } from '../targets/types';
import type { TargetListRecord, TargetRecord } from './records';
import { t } from '../shared/i18n';
import type { LensDb } from './schema';

export interface TargetImport {
  name: string;
  rows: ValidRow[];
  /** The list this import replaces (same id, new rows); absent to add a new list. */
  replaceListId?: string;
}

const newId = () => globalThis.crypto.randomUUID();

/** Stores a list, or replaces one's rows in place, in one transaction: never half a list. */
export async function importTargetList(
  db: LensDb,
  { name, rows, replaceListId }: TargetImport,
  now: Date,
): Promise<TargetListRecord> {
  const listName = name.trim();
  return db.transaction('rw', db.targetLists, db.targets, async () => {
    if (replaceListId && !(await db.targetLists.get(replaceListId))) {
      throw new Error(t('bg_targetsReplacedGone'));
    }
    const clash = await db.targetLists.where('name').equalsIgnoreCase(listName).first();
    if (clash && clash.id !== replaceListId) {
      throw new Error(t('bg_targetsNameTaken', clash.name));
    }
    const list: TargetListRecord = {
      id: replaceListId ?? newId(),
      name: listName,
      importedAt: now.toISOString(),
      rows: rows.length,
    };
    await db.targets.where('listId').equals(list.id).delete();
    await db.targetLists.put(list);
    await db.targets.bulkAdd(
      rows.map(({ line: _line, ...row }): TargetRecord => ({
        ...row,
        listId: list.id,
        matchKeys: rowMatchKeys(row),
      })),
    );
    return list;
  });
}

/** Every list, newest import first. */
export async function listTargetLists(db: LensDb): Promise<TargetListRecord[]> {
  const lists = await db.targetLists.toArray();
  return lists.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

/** Removes a list and everyone on it. */
export async function removeTargetList(db: LensDb, listId: string): Promise<void> {
  await db.transaction('rw', db.targetLists, db.targets, async () => {
    if (!(await db.targetLists.get(listId))) throw new Error(t('bg_targetsListGone'));
    await db.targets.where('listId').equals(listId).delete();
    await db.targetLists.delete(listId);
  });
}

/**
 * The best list match for each post's author, by post key. One index query covers the whole
 * batch: every author's profile and name keys at once.
 */
export async function findTargets(
  db: LensDb,
  snapshots: PostSnapshot[],
): Promise<Map<string, TargetMatch>> {
  const found = new Map<string, TargetMatch>();
  if (!snapshots.length) return found;
  return db.transaction('r', db.targetLists, db.targets, async () => {
    // Most users have no list: one count then spares a cursor over the index for every batch.
    if ((await db.targetLists.count()) === 0) return found;
    const authors = snapshots.map((s) => ({ s, keys: authorMatchKeys(s) }));
    const lookup = new Set(
      authors.flatMap(({ keys }) => [...keys.profile, keys.name].filter(Boolean)),
    );
    const rows = await db.targets
      .where('matchKeys')
      .anyOf([...lookup])
      .distinct()
      .toArray();
    if (!rows.length) return found;
    const lists = new Map(
      (await db.targetLists.bulkGet([...new Set(rows.map((r) => r.listId))])).flatMap((l) =>
        l ? [[l.id, l.name] as const] : [],
      ),
    );
    const candidates: Candidate[] = rows.flatMap((r) => {
      const listName = lists.get(r.listId);
      return listName === undefined ? [] : [{ ...r, listName }];
    });
    for (const { s } of authors) {
      const match = bestMatch(s, candidates);
      if (match) found.set(s.key, match);
    }
    return found;
  });
}
