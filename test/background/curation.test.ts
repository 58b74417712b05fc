import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createRouter, type Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import type { Broadcast } from '../../src/messages';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let n = 0;
const tab: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/', tab: { id: 3 } };
const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
beforeEach(() => {
  db = new LensDb(`curation-${++n}`);
});
afterEach(() => db.delete());

function setup() {
  const broadcasts: Broadcast[] = [];
  const handlers = createHandlers({
    db,
    now: () => new Date('2026-11-24T10:00:00Z'),
    classify: () => verdict(),
    broadcast: (b) => broadcasts.push(b),
  });
  const route = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => undefined,
  });
  return { route, broadcasts };
}

async function annotated(route: ReturnType<typeof setup>['route'], ids: string[]) {
  for (const id of ids) {
    await route({ type: 'posts/seen', posts: [snapshot(id)] }, tab);
    await route(
      { type: 'annotation/set', key: `linkedin:${id}`, patch: { collections: ['Q4'] } },
      tab,
    );
  }
}

describe('curation messages', () => {
  it('lets a page of the site ask for collection names only, never read or export posts', async () => {
    const { route } = setup();
    await annotated(route, ['1']);
    expect(await route({ type: 'labels/names', kind: 'collection' }, tab)).toEqual({
      ok: true,
      data: { names: ['Q4'] },
    });
    for (const message of [
      { type: 'posts/query', filter: {}, sort: 'annotated-desc', offset: 0, limit: 10 },
      { type: 'export/view', filter: { collection: 'Q4' }, sort: 'annotated-desc' },
      { type: 'labels/list', kind: 'collection' },
      { type: 'annotations/bulk', keys: ['linkedin:1'], change: { note: 'x' } },
    ]) {
      expect(await route(message, tab)).toMatchObject({ ok: false });
    }
  });

  it('refuses a filter that does not parse, with a readable error', async () => {
    const { route } = setup();
    const reply = await route(
      {
        type: 'posts/query',
        filter: { hcp: 'maybe' },
        sort: 'annotated-desc',
        offset: 0,
        limit: 10,
      },
      page,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('posts/query') });
  });

  it('announces each post a bulk edit changed, so open bars show it', async () => {
    const { route, broadcasts } = setup();
    await annotated(route, ['1', '2']);
    broadcasts.length = 0;
    const reply = await route(
      {
        type: 'annotations/bulk',
        keys: ['linkedin:1', 'linkedin:2', 'linkedin:404'],
        change: { category: 'creating', addTags: ['kol'] },
      },
      page,
    );
    expect(reply).toEqual({ ok: true, data: { changed: 2 } });
    expect(broadcasts.map((b) => b.type === 'annotation/changed' && b.key)).toEqual([
      'linkedin:1',
      'linkedin:2',
    ]);
    expect(await db.annotations.get('linkedin:2')).toMatchObject({
      category: 'creating',
      tags: ['kol'],
      collections: ['Q4'],
    });
  });

  it('exports a collection with the contract columns, named after it', async () => {
    const { route } = setup();
    await annotated(route, ['1', '2']);
    await route({ type: 'posts/seen', posts: [snapshot('3')] }, tab);
    await route({ type: 'annotation/set', key: 'linkedin:3', patch: { tags: ['x'] } }, tab);
    const reply = (await route(
      { type: 'export/view', filter: { collection: 'Q4' }, sort: 'annotated-asc', name: 'Q4' },
      page,
    )) as { ok: true; data: { filename: string; csv: string; rows: number } };
    expect(reply.data.rows).toBe(2);
    expect(reply.data.filename).toBe('hcp-lens-q4-2026-11-24T1000Z.csv');
    const lines = reply.data.csv.trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['linkedin:1', 'linkedin:2']);
  });
});
