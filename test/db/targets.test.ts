import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findTargets,
  importTargetList,
  LensDb,
  listTargetLists,
  removeTargetList,
} from '../../src/db';
import { parseTargetCsv } from '../../src/targets/parse';
import { snapshot } from '../helpers/posts';

let db: LensDb;
let n = 0;
const t0 = new Date('2026-11-24T09:00:00Z');
const t1 = new Date('2026-11-25T09:00:00Z');

beforeEach(() => {
  db = new LensDb(`targets-${++n}`);
});
afterEach(() => db.delete());

const rows = (csv: string) => parseTargetCsv(csv).rows;
const KOLS = rows(
  'name,linkedin url,x handle,tier,specialty\n' +
    'Ana Ruiz,linkedin.com/in/ana-ruiz,,1,Cardiology\n' +
    'Bo Li,,@drboli,2,\n' +
    'Cy Dee,,,3,\n',
);

describe('target lists in the database', () => {
  it('imports a list with one entry per row, each with its match keys', async () => {
    const list = await importTargetList(db, { name: ' KOLs ', rows: KOLS }, t0);
    expect(list).toMatchObject({ name: 'KOLs', rows: 3, importedAt: t0.toISOString() });
    const stored = await db.targets.where('listId').equals(list.id).toArray();
    expect(stored.map((t) => t.matchKeys)).toEqual([
      ['linkedin:www.linkedin.com/in/ana-ruiz', 'name:ana ruiz'],
      ['x:@drboli', 'name:bo li'],
      ['name:cy dee'],
    ]);
    expect(stored[0]).not.toHaveProperty('line');
  });

  it('replaces a list in place: same id, new rows, no leftovers', async () => {
    const list = await importTargetList(db, { name: 'KOLs', rows: KOLS }, t0);
    const replaced = await importTargetList(
      db,
      { name: 'KOLs 2027', rows: rows('name\nDi Eve\n'), replaceListId: list.id },
      t1,
    );
    expect(replaced).toMatchObject({ id: list.id, name: 'KOLs 2027', rows: 1 });
    expect(await db.targets.count()).toBe(1);
    expect(await listTargetLists(db)).toEqual([replaced]);
  });

  it('refuses a second list with the same name, and replacing a list that is gone', async () => {
    await importTargetList(db, { name: 'KOLs', rows: KOLS }, t0);
    await expect(importTargetList(db, { name: 'kols', rows: KOLS }, t1)).rejects.toThrow(
      /already exists/,
    );
    await expect(
      importTargetList(db, { name: 'New', rows: KOLS, replaceListId: 'gone' }, t1),
    ).rejects.toThrow(/no longer exists/);
    expect(await db.targetLists.count()).toBe(1);
  });

  it('lists newest first, and removes a list with everyone on it', async () => {
    const a = await importTargetList(db, { name: 'A', rows: KOLS }, t0);
    const b = await importTargetList(db, { name: 'B', rows: KOLS }, t1);
    expect((await listTargetLists(db)).map((l) => l.name)).toEqual(['B', 'A']);
    await removeTargetList(db, a.id);
    expect(await listTargetLists(db)).toEqual([b]);
    expect(await db.targets.where('listId').equals(a.id).count()).toBe(0);
    await expect(removeTargetList(db, a.id)).rejects.toThrow(/no longer exists/);
  });
});

describe('findTargets', () => {
  it('finds the best match for each post with one index query', async () => {
    await importTargetList(db, { name: 'KOLs', rows: KOLS }, t0);
    await importTargetList(db, { name: 'Watch', rows: rows('name,tier\nCy Dee,1\n') }, t0);
    const posts = [
      snapshot('1', { authorProfileUrl: 'https://www.linkedin.com/in/Ana-Ruiz/' }),
      snapshot('2', { platform: 'x', key: 'x:2', authorHandle: '@DrBoLi', authorName: 'Bo' }),
      snapshot('3', { authorName: 'Cy Dee, PharmD' }),
      snapshot('4', { authorName: 'Bo Li' }),
      snapshot('5'),
    ];
    const where = vi.spyOn(db.targets, 'where');
    const found = await findTargets(db, posts);
    expect(where).toHaveBeenCalledOnce();
    expect(Object.fromEntries(found)).toEqual({
      'linkedin:1': {
        listId: expect.any(String),
        listName: 'KOLs',
        tier: '1',
        specialty: 'Cardiology',
        by: 'profile',
      },
      'x:2': {
        listId: expect.any(String),
        listName: 'KOLs',
        tier: '2',
        specialty: '',
        by: 'profile',
      },
      'linkedin:3': {
        listId: expect.any(String),
        listName: 'Watch',
        tier: '1',
        specialty: '',
        by: 'name',
      },
      // Bo Li's row has only an X handle: on LinkedIn the name is all there is to go on.
      'linkedin:4': {
        listId: expect.any(String),
        listName: 'KOLs',
        tier: '2',
        specialty: '',
        by: 'name',
      },
    });
  });

  it('finds nothing once the list is removed', async () => {
    const list = await importTargetList(db, { name: 'KOLs', rows: KOLS }, t0);
    await removeTargetList(db, list.id);
    const post = snapshot('1', { authorProfileUrl: 'https://www.linkedin.com/in/ana-ruiz/' });
    expect((await findTargets(db, [post])).size).toBe(0);
  });
});
