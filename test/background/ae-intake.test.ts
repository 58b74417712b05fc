import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import { createHandlers } from '../../src/background/handlers';
import { createRouter, type Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import type { Broadcast } from '../../src/messages';
import { snapshot } from '../helpers/posts';

const tab: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };
const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
export const AE_TEXT =
  'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.';
let db: LensDb;
let n = 0;
let clock: number;

beforeEach(() => {
  db = new LensDb(`ae-intake-${++n}`);
  clock = Date.parse('2026-12-01T09:00:00Z');
});
afterEach(async () => {
  await db.delete();
});

/** The background as the browser runs it: the real classifier, the router in front. */
function background() {
  const broadcasts: Broadcast[] = [];
  const handlers = createHandlers({
    db,
    now: () => new Date(clock),
    classify,
    broadcast: (b) => broadcasts.push(b),
  });
  const route = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => undefined,
  });
  const ask = async <T>(message: unknown, from: Sender = page): Promise<T> => {
    const reply = await route(message, from);
    if (!reply.ok) throw new Error(reply.error);
    return reply.data as T;
  };
  return { handlers, ask, broadcasts };
}

type Listed = { cases: { case: Record<string, unknown>; trail: Record<string, unknown>[] }[] };

describe('adverse-event intake', () => {
  it('keeps a post the classifier flags, with its text, day zero and case elements', async () => {
    const { ask, broadcasts } = background();
    const post = snapshot('1', { text: AE_TEXT, authorName: 'Dr. Ken Alder' });
    const seen = await ask<{ views: { ae?: string }[] }>(
      { type: 'posts/seen', posts: [post] },
      tab,
    );
    expect(seen.views[0]?.ae).toBe('new');
    clock += 3_600_000;
    const { cases } = await ask<Listed>({ type: 'ae/list' });
    expect(cases).toHaveLength(1);
    expect(cases[0]!.case).toMatchObject({
      key: 'linkedin:1',
      state: 'new',
      origin: 'detected',
      text: AE_TEXT,
      language: 'en',
      firstSeenAt: '2026-12-01T09:00:00.000Z',
      reporter: 'Dr. Ken Alder, https://www.linkedin.com/in/author-1/',
      products: ['apixaban'],
    });
    expect(cases[0]!.case.patient).toEqual(expect.arrayContaining(['My patient', '71F']));
    expect((cases[0]!.case.events as string[]).length).toBeGreaterThan(0);
    expect(cases[0]!.trail).toEqual([
      expect.objectContaining({ field: 'opened', next: 'detected', by: 'this browser' }),
    ]);
    expect(broadcasts).toContainEqual({ type: 'ae/changed', key: 'linkedin:1', state: 'new' });
    // The post itself, never annotated, still keeps no text.
    expect((await db.posts.get('linkedin:1'))?.text).toBe('');
  });

  it('keeps a post the user reports, and the case outlives clearing the annotation', async () => {
    const { ask } = background();
    const post = snapshot('2', { text: 'Feeling odd after the new pill, my dad too.' });
    await ask({ type: 'annotation/set', key: post.key, patch: { tags: ['x'] }, post }, tab);
    const { case: opened } = await ask<{ case: { state: string; origin: string } }>(
      { type: 'ae/report', post },
      tab,
    );
    expect(opened).toMatchObject({ state: 'new', origin: 'reported' });
    await ask({ type: 'annotation/set', key: post.key, patch: { tags: [] }, post }, tab);
    const { cases } = await ask<Listed>({ type: 'ae/list' });
    expect(cases[0]!.case.text).toBe(post.text);
    expect((await db.posts.get(post.key))?.text).toBe('');
  });

  it('records every decision in an append-only trail: edit, forward with a reference, dismiss with a reason', async () => {
    const { ask } = background();
    await ask({ type: 'ae/settings/set', patch: { reviewer: 'Ana Ruiz' } });
    await ask({ type: 'posts/seen', posts: [snapshot('3', { text: AE_TEXT })] }, tab);
    clock += 1000;
    await ask({ type: 'ae/change', key: 'linkedin:3', change: { products: ['Eliquis'] } });
    await expect(
      ask({ type: 'ae/change', key: 'linkedin:3', change: { state: 'dismissed' } }),
    ).rejects.toThrow(/why this is not an adverse event/);
    clock += 1000;
    const fwd = await ask<Listed['cases'][number]>({
      type: 'ae/change',
      key: 'linkedin:3',
      change: { state: 'forwarded', caseRef: 'PV-2026-0042' },
    });
    expect(fwd.case).toMatchObject({
      state: 'forwarded',
      caseRef: 'PV-2026-0042',
      forwardedBy: 'Ana Ruiz',
      forwardedAt: '2026-12-01T09:00:02.000Z',
      products: ['Eliquis'],
    });
    expect(fwd.trail.map((e) => [e.field, e.old, e.next, e.by])).toEqual([
      ['opened', '', 'detected', 'Ana Ruiz'],
      ['products', ['apixaban'], ['Eliquis'], 'Ana Ruiz'],
      ['caseRef', '', 'PV-2026-0042', 'Ana Ruiz'],
      ['state', 'new', 'forwarded', 'Ana Ruiz'],
    ]);
    // No request deletes or edits an entry: a malformed one is refused by the router.
    await expect(
      ask({ type: 'ae/change', key: 'linkedin:3', change: { trail: [] } }),
    ).rejects.toThrow(/malformed/);
  });

  it('exports the queue or the selection as CSV and JSON with the elements and the trail', async () => {
    const { ask } = background();
    await ask(
      {
        type: 'posts/seen',
        posts: [
          snapshot('4', { text: AE_TEXT }),
          snapshot('5', { text: `=HYPERLINK("x") ${AE_TEXT}` }),
        ],
      },
      tab,
    );
    await ask({
      type: 'ae/change',
      key: 'linkedin:4',
      change: { state: 'forwarded', caseRef: '=cmd|x' },
    });
    const csv = await ask<{ content: string; rows: number; filename: string }>({
      type: 'ae/export',
      format: 'csv',
      keys: ['linkedin:4'],
    });
    expect(csv.rows).toBe(1);
    expect(csv.filename).toBe('hcp-lens-ae-cases-2026-12-01T0900Z.csv');
    expect(csv.content.split('\r\n')[0]).toBe(
      '\ufeffcase_key,state,day_zero,source,platform,post_url,language,reporter,reporter_profile_url,patient,products,events,text,case_reference,forwarded_by,forwarded_at,not_ae_reason,audit_trail',
    );
    expect(csv.content).toContain(`,"'=cmd|x",`);
    expect(csv.content).toContain('this browser: state new → forwarded');
    const all = await ask<{ content: string; rows: number }>({ type: 'ae/export', format: 'csv' });
    expect(all.rows).toBe(2);
    expect(all.content).toContain(`"'=HYPERLINK(""x"")`);
    const json = await ask<{ content: string }>({ type: 'ae/export', format: 'json' });
    const doc = JSON.parse(json.content) as { format: string; cases: Record<string, unknown>[] };
    expect(doc.format).toBe('hcp-lens.ae-cases/1');
    const forwarded = doc.cases.find((c) => c.caseKey === 'linkedin:4')!;
    expect(Object.keys(forwarded)).toEqual([
      'caseKey',
      'state',
      'dayZero',
      'source',
      'platform',
      'postUrl',
      'language',
      'reporter',
      'patient',
      'products',
      'events',
      'text',
      'caseReference',
      'forwardedBy',
      'forwardedAt',
      'notAeReason',
      'auditTrail',
    ]);
    expect(forwarded.auditTrail).toEqual([
      expect.objectContaining({ field: 'opened', old: '', new: 'detected' }),
      expect.objectContaining({ field: 'caseRef', old: '', new: '=cmd|x' }),
      expect.objectContaining({ field: 'state', old: 'new', new: 'forwarded' }),
    ]);
  });

  it('counts new cases for the popup, overdue past the alert age the user set', async () => {
    const { ask } = background();
    await ask({ type: 'posts/seen', posts: [snapshot('6', { text: AE_TEXT })] }, tab);
    clock += 5 * 3_600_000;
    await ask({ type: 'posts/seen', posts: [snapshot('7', { text: AE_TEXT })] }, tab);
    expect(await ask({ type: 'ae/count' })).toEqual({ open: 2, overdue: 0 });
    await ask({ type: 'ae/settings/set', patch: { alertHours: 4 } });
    expect(await ask({ type: 'ae/count' })).toEqual({ open: 2, overdue: 1 });
    await expect(ask({ type: 'ae/settings/set', patch: { alertHours: 0 } })).rejects.toThrow(
      /malformed/,
    );
  });

  it('deletes forwarded and dismissed cases after the retention the user set, never new ones', async () => {
    const { ask } = background();
    await ask({ type: 'posts/seen', posts: [snapshot('8', { text: AE_TEXT })] }, tab);
    await ask({ type: 'posts/seen', posts: [snapshot('9', { text: AE_TEXT })] }, tab);
    await ask({ type: 'ae/change', key: 'linkedin:8', change: { state: 'forwarded' } });
    await ask({ type: 'ae/settings/set', patch: { closedRetentionDays: 30 } });
    clock += 29 * 86_400_000;
    expect((await ask<Listed>({ type: 'ae/list' })).cases).toHaveLength(2);
    clock += 2 * 86_400_000;
    const { cases } = await ask<Listed>({ type: 'ae/list' });
    expect(cases.map((c) => c.case.key)).toEqual(['linkedin:9']);
    expect(await db.aeAudit.where('caseKey').equals('linkedin:8').count()).toBe(0);
  });

  it('loses nothing across a service-worker restart', async () => {
    const first = background();
    await first.ask({ type: 'posts/seen', posts: [snapshot('10', { text: AE_TEXT })] }, tab);
    await first.ask({ type: 'ae/change', key: 'linkedin:10', change: { caseRef: 'R1' } });
    db.close();
    db = new LensDb(`ae-intake-${n}`);
    const second = background();
    const { cases } = await second.ask<Listed>({ type: 'ae/list' });
    expect(cases[0]!.case).toMatchObject({ caseRef: 'R1', text: AE_TEXT });
    expect(cases[0]!.trail).toHaveLength(2);
    // Seen again after the restart: the same case, its day zero unchanged.
    clock += 86_400_000;
    await second.ask({ type: 'posts/seen', posts: [snapshot('10', { text: AE_TEXT })] }, tab);
    const again = await second.ask<Listed>({ type: 'ae/list' });
    expect(again.cases).toHaveLength(1);
    expect(again.cases[0]!.case.firstSeenAt).toBe('2026-12-01T09:00:00.000Z');
  });
});
