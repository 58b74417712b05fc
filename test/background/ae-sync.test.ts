import { describe, expect, it } from 'vitest';
import type { AeCaseView } from '../../src/db';
import { snapshot } from '../helpers/posts';
import { browser, page, tab, useSyncWorld, world } from '../helpers/sync-browsers';

useSyncWorld();

const AE_TEXT =
  'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.';
type Browser = ReturnType<typeof browser>;

const report = (who: Browser, id: string) =>
  who.handlers['ae/report']({ type: 'ae/report', post: snapshot(id, { text: AE_TEXT }) }, tab);
const change = (who: Browser, id: string, c: Record<string, unknown>) =>
  who.handlers['ae/change']({ type: 'ae/change', key: `linkedin:${id}`, change: c }, page);
const queue = async (who: Browser) => who.handlers['ae/list']({ type: 'ae/list' }, page);
const only = async (who: Browser): Promise<AeCaseView> => {
  const { cases } = await queue(who);
  expect(cases).toHaveLength(1);
  return cases[0]!;
};

describe('team sync of the adverse-event queue', () => {
  it("gives the PV team every colleague's case, with its evidence and history", async () => {
    const ana = browser();
    const ben = browser();
    await ana.connect('pw', 'ana');
    await ben.connect('pw', 'ana');
    await report(ana, '1');
    await change(ana, '1', { products: ['Eliquis'] });
    await ana.syncNow();
    await ben.syncNow();
    const { case: c, trail } = await only(ben);
    expect(c).toMatchObject({ text: AE_TEXT, products: ['Eliquis'], origin: 'reported' });
    expect(trail.map((e) => e.field)).toEqual(['opened', 'products']);
    expect(ben.broadcasts).toContainEqual({ type: 'ae/changed', key: 'linkedin:1', state: 'new' });
    expect(world.server.docs().find((d) => d._id === 'ae:linkedin:1')).toMatchObject({
      type: 'hcp-lens.ae-case',
      state: 'new',
    });
  });

  it('keeps every audit entry of concurrent changes, and the state follows the latest', async () => {
    const ana = browser();
    const ben = browser();
    await ana.connect();
    await ben.connect();
    await report(ana, '2');
    await ana.syncNow();
    await ben.syncNow();
    // Both decide while the server is away: Ana forwards, then Ben (later) dismisses.
    world.server.down = true;
    await change(ana, '2', { state: 'forwarded', caseRef: 'PV-9' });
    await change(ben, '2', { state: 'dismissed', dismissReason: 'Duplicate of PV-9' });
    await ana.syncNow();
    await ben.syncNow();
    expect((await ben.handlers['sync/get']({ type: 'sync/get' }, page)).pending).toBe(1);
    world.server.down = false;
    await ana.syncNow();
    const benState = await ben.syncNow(); // conflict: merged with Ana's and sent again
    expect(benState).toMatchObject({ error: null, pending: 0 });
    await ana.syncNow();
    for (const who of [ana, ben]) {
      const { case: c, trail } = await only(who);
      expect(trail.map((e) => `${e.field}:${String(e.next)}`)).toEqual([
        'opened:reported',
        'caseRef:PV-9',
        'state:forwarded',
        'dismissReason:Duplicate of PV-9',
        'state:dismissed',
      ]);
      expect(c).toMatchObject({ state: 'dismissed', caseRef: 'PV-9' });
    }
    const doc = world.server.docs().find((d) => d._id === 'ae:linkedin:2');
    expect(doc?.trail).toHaveLength(5);
  });

  it('refuses a malformed case from the server with its reason, and still takes the others', async () => {
    const ana = browser();
    const ben = browser();
    await ana.connect();
    await report(ana, '3');
    await ana.syncNow();
    world.server.put({
      _id: 'ae:linkedin:4',
      type: 'hcp-lens.ae-case',
      evidence: { key: 'linkedin:4' },
      trail: [],
    });
    await ben.connect();
    const { cases, refused } = await queue(ben);
    expect(cases.map((c) => c.case.key)).toEqual(['linkedin:3']);
    expect(refused).toEqual([expect.stringMatching(/^ae:linkedin:4 \(evidence\.platform: /)]);
    expect((await ben.handlers['sync/get']({ type: 'sync/get' }, page)).error).toBeNull();
  });
});
