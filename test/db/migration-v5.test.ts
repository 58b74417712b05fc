import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDb, listCases, SCHEMA_V3, UPGRADE_AUTHOR } from '../../src/db';
import { openCases } from '../../src/db/ae-cases';
import { postRecord, snapshot, verdict } from '../helpers/posts';

const name = 'migration-v5-test';
afterEach(() => Dexie.delete(name));

const AE_TEXT =
  'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.';

/** A database as version 3 left it: two posts flagged as possible AEs, one annotated. */
async function buildV3() {
  const v3 = new Dexie(name);
  v3.version(3).stores(SCHEMA_V3);
  await v3.open();
  await v3.table('posts').bulkPut([
    postRecord('1', { text: AE_TEXT, verdict: verdict({ ae: true }) }),
    postRecord('2', {
      text: '',
      verdict: verdict({ ae: true }),
      firstSeenAt: '2026-11-23T08:00:00.000Z',
    }),
    postRecord('3', { text: 'annotated, no AE' }),
  ]);
  await v3.table('annotations').bulkPut(
    ['linkedin:1', 'linkedin:3'].map((key) => ({
      key,
      category: 'creating',
      tags: [],
      flagged: false,
      note: '',
      collections: [],
      annotatedAt: '2026-11-24T10:00:00.000Z',
      sessionId: 1,
    })),
  );
  v3.close();
}

describe('database upgrade to version 5 (the adverse-event queue)', () => {
  it('opens a case for every post already flagged, keeping day zero and the text it had', async () => {
    await buildV3();
    const db = new LensDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.annotations.count()).toBe(2);
    expect(await db.posts.count()).toBe(3);
    const cases = await listCases(db);
    expect(cases.map((c) => c.case.key).sort()).toEqual(['linkedin:1', 'linkedin:2']);
    const withText = cases.find((c) => c.case.key === 'linkedin:1')!;
    expect(withText.case).toMatchObject({
      state: 'new',
      text: AE_TEXT,
      firstSeenAt: '2026-11-24T09:00:00.000Z',
      products: ['apixaban'],
    });
    expect(withText.trail).toEqual([
      expect.objectContaining({ field: 'opened', next: 'detected', by: UPGRADE_AUTHOR }),
    ]);
    // The case opened without text gets it the next time the post is seen; day zero stays.
    const seen = snapshot('2', { text: AE_TEXT });
    await db.transaction('rw', db.aeCases, db.aeAudit, () =>
      openCases(
        db,
        [{ post: seen, firstSeenAt: '2026-12-01T00:00:00.000Z', origin: 'detected' }],
        new Date(),
        'me',
      ),
    );
    expect(await db.aeCases.get('linkedin:2')).toMatchObject({
      text: AE_TEXT,
      firstSeenAt: '2026-11-23T08:00:00.000Z',
      products: ['apixaban'],
    });
    db.close();
  });
});
