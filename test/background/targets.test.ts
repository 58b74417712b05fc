import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createRouter, type Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const page: Sender = { id: ID, url: `${ORIGIN}src/dashboard/index.html` };
const tab: Sender = { id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } };
const now = () => new Date('2026-11-24T10:00:00Z');

beforeEach(() => {
  db = new LensDb(`target-handlers-${++n}`);
});
afterEach(() => db.delete());

function setup() {
  const classify = vi.fn(() =>
    verdict({ isHcp: false, hcpConfidence: 0.7, specialty: '', signals: [] }),
  );
  const handlers = createHandlers({ db, now, classify, broadcast: () => undefined });
  const log = vi.fn();
  const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log });
  return { handlers, route };
}

const CSV =
  'Name,LinkedIn URL,Tier,Specialty,Email\n' +
  'Raj Malhotra,https://www.linkedin.com/in/rajmalhotra168/,1,Pharmacy,r@x.io\n';
const BAD = `${CSV}Bo Li,,2,,\n,,5,,\nCy Dee,linkedin.com/company/x,,,\nDi Eve,,,,\n`;
const raj = snapshot('1', {
  authorName: 'Raj Malhotra',
  authorProfileUrl: 'https://www.linkedin.com/in/rajmalhotra168/',
});

describe('target-list messages', () => {
  it('previews a file: count, sample, row errors and unknown columns', async () => {
    const { route } = setup();
    const reply = await route({ type: 'targets/preview', csv: BAD }, page);
    expect(reply).toMatchObject({
      ok: true,
      data: {
        rows: 3,
        errorCount: 2,
        unknownColumns: ['Email'],
        errors: [
          { line: 4, column: 'Name', message: 'name is empty' },
          { line: 5, column: 'LinkedIn URL' },
        ],
      },
    });
    const data = (reply as { data: { sample: { name: string }[] } }).data;
    expect(data.sample.map((r) => r.name)).toEqual(['Raj Malhotra', 'Bo Li', 'Di Eve']);
  });

  it('refuses to import a file with row errors unless told to skip them', async () => {
    const { route } = setup();
    expect(await route({ type: 'targets/import', name: 'KOLs', csv: BAD }, page)).toEqual({
      ok: false,
      error: '2 rows have errors: fix the file, or choose to skip invalid rows.',
    });
    expect(await db.targetLists.count()).toBe(0);
    const reply = await route(
      { type: 'targets/import', name: 'KOLs', csv: BAD, skipInvalid: true },
      page,
    );
    expect(reply).toMatchObject({ ok: true, data: { list: { name: 'KOLs', rows: 3 } } });
  });

  it('lists, replaces and removes lists', async () => {
    const { handlers } = setup();
    const { list } = await handlers['targets/import'](
      { type: 'targets/import', name: 'KOLs', csv: CSV },
      page,
    );
    await handlers['targets/import'](
      {
        type: 'targets/import',
        name: 'KOLs v2',
        csv: 'name\nAna Ruiz\nBo Li\n',
        replaceListId: list.id,
      },
      page,
    );
    expect((await handlers['targets/lists']({ type: 'targets/lists' }, page)).lists).toMatchObject([
      { id: list.id, name: 'KOLs v2', rows: 2 },
    ]);
    await handlers['targets/remove']({ type: 'targets/remove', listId: list.id }, page);
    expect((await handlers['targets/lists']({ type: 'targets/lists' }, page)).lists).toEqual([]);
  });

  it.each([
    ['an extra field', { type: 'targets/preview', csv: 'name', admin: true }],
    ['no name', { type: 'targets/import', name: '  ', csv: CSV }],
    ['a CSV over 5 MB', { type: 'targets/preview', csv: 'x'.repeat(5 * 1024 * 1024 + 1) }],
    ['a missing list id', { type: 'targets/remove' }],
    ['a non-boolean skip', { type: 'targets/import', name: 'A', csv: CSV, skipInvalid: 'yes' }],
  ])('refuses %s', async (_, message) => {
    const { route } = setup();
    expect(await route(message, page)).toMatchObject({ ok: false });
    expect(await db.targetLists.count()).toBe(0);
  });

  it('accepts target-list requests only from the extension’s pages', async () => {
    const { route } = setup();
    for (const message of [
      { type: 'targets/lists' },
      { type: 'targets/preview', csv: CSV },
      { type: 'targets/import', name: 'KOLs', csv: CSV },
      { type: 'targets/remove', listId: 'x' },
    ]) {
      expect(await route(message, tab)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/only accepted from the extension's own pages/),
      });
    }
    // Content scripts keep the ordinary size limit even for a `targets/` type.
    expect(await route({ type: 'targets/preview', csv: 'x'.repeat(3_000_000) }, tab)).toEqual({
      ok: false,
      error: 'message is too large',
    });
    expect(
      await route(
        { type: 'targets/preview', csv: `name\n${`${'A'.repeat(59)}\n`.repeat(50_000)}` },
        page,
      ),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('target lists in the verdicts', () => {
  it('marks a listed author as a sure HCP with the tier, on posts seen and on annotation', async () => {
    const { handlers } = setup();
    const seen = async () =>
      (await handlers['posts/seen']({ type: 'posts/seen', posts: [raj, snapshot('2')] }, tab))
        .views;
    expect((await seen())[0]!.post.verdict).toMatchObject({ isHcp: false });
    await handlers['targets/import']({ type: 'targets/import', name: 'KOLs', csv: CSV }, page);
    const [listed, other] = await seen();
    expect(listed!.post.verdict).toMatchObject({
      isHcp: true,
      hcpConfidence: 1,
      specialty: 'pharmacy',
      target: { listName: 'KOLs', tier: '1' },
    });
    expect(listed!.post.verdict.signals[0]).toEqual({
      kind: 'hcp',
      label: 'On your target list "KOLs" (tier 1)',
      weight: 10,
      reason: { code: 'targetListTier', params: ['KOLs', '1'] },
    });
    expect(other!.post.verdict).toMatchObject({ isHcp: false });
    expect(other!.post.verdict.target).toBeUndefined();

    const { view } = await handlers['annotation/set'](
      { type: 'annotation/set', key: raj.key, patch: { flagged: true }, post: raj },
      tab,
    );
    expect(view.post.verdict.target).toEqual({ listName: 'KOLs', tier: '1' });
  });
});
