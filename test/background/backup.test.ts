import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import type { Sender } from '../../src/background/router';
import { LensDb } from '../../src/db';
import { FakeCouch } from '../helpers/fake-couch';
import { createCouch } from '../../src/background/couch';
import { snapshot, verdict } from '../helpers/posts';

const page: Sender = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };
const tab: Sender = { id: 'ext', url: 'https://www.linkedin.com/feed/' };
const dbs: LensDb[] = [];
let n = 0;
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

function browser(server?: FakeCouch) {
  const db = new LensDb(`backup-${++n}`);
  dbs.push(db);
  const classify = vi.fn(() => verdict({ isHcp: true }));
  const h = createHandlers({
    db,
    now: () => new Date('2026-12-01T10:00:00Z'),
    classify,
    broadcast: () => undefined,
    ...(server ? { couch: (s) => createCouch(s, { fetch: server.fetch }) } : {}),
  });
  const annotate = async (id: string, patch: object) => {
    await h['posts/seen']({ type: 'posts/seen', posts: [snapshot(id)] }, tab);
    await h['annotation/set'](
      { type: 'annotation/set', key: `linkedin:${id}`, patch, post: snapshot(id) },
      tab,
    );
  };
  const backup = async () => (await h['backup/create']({ type: 'backup/create' }, page)).json;
  const preview = (json: string) => h['backup/preview']({ type: 'backup/preview', json }, page);
  const restore = (json: string) => h['backup/restore']({ type: 'backup/restore', json }, page);
  const listed = async () =>
    (await h['annotations/list']({ type: 'annotations/list', limit: 100 }, page)).views;
  return { db, h, classify, annotate, backup, preview, restore, listed };
}

/** A browser with some of everything: annotations, an author mark, a target list, settings. */
async function filled(server?: FakeCouch) {
  const a = browser(server);
  await a.annotate('1', { category: 'creating', tags: ['kol'], note: 'Invite to advisory board' });
  await a.annotate('2', { flagged: true, collections: ['Q1 launch'] });
  await a.h['author/mark']({ type: 'author/mark', post: snapshot('3'), isHcp: false }, tab);
  await a.h['targets/import'](
    { type: 'targets/import', name: 'Cardio KOLs', csv: 'name,tier\nAna Ruiz,1\nBo Li,2\n' },
    page,
  );
  await a.h['settings/set'](
    {
      type: 'settings/set',
      patch: {
        textRetention: 'snippet',
        exportOptions: { separator: ';', dates: 'spreadsheet', format: 'csv' },
      },
    },
    page,
  );
  return a;
}

describe('backup and restore', () => {
  it('restores everything the user made into another browser, after showing what it adds', async () => {
    const a = await filled();
    const json = await a.backup();
    const b = browser();
    expect(await b.preview(json)).toEqual({
      annotations: { add: 2, change: 0 },
      // The three authors remembered from their headlines, one of them marked "not HCP".
      authors: { add: 3, change: 0 },
      targetLists: { add: 1, change: 0 },
      aeCases: { add: 0, change: 0 },
      settingsChange: true,
    });
    expect(await b.db.annotations.count()).toBe(0); // a preview writes nothing
    await b.restore(json);
    const views = await b.listed();
    expect(views.map((v) => v.annotation?.note).sort()).toEqual(['', 'Invite to advisory board']);
    expect(views.find((v) => v.post.key === 'linkedin:1')?.post.text).toBe('Post 1');
    expect((await b.db.authors.get('linkedin:www.linkedin.com/in/author-3'))?.hcpOverride).toBe(
      false,
    );
    const { lists } = await b.h['targets/lists']({ type: 'targets/lists' }, page);
    expect(lists).toMatchObject([{ name: 'Cardio KOLs', rows: 2 }]);
    const settings = await b.h['settings/get']({ type: 'settings/get' }, page);
    expect(settings).toMatchObject({
      textRetention: 'snippet',
      exportOptions: { separator: ';', dates: 'spreadsheet' },
    });
    // Restoring the same file again changes nothing.
    expect(await b.preview(json)).toEqual({
      annotations: { add: 0, change: 0 },
      authors: { add: 0, change: 0 },
      targetLists: { add: 0, change: 0 },
      aeCases: { add: 0, change: 0 },
      settingsChange: false,
    });
  });

  it('keeps AE cases with their whole audit trail, merged with the cases already here', async () => {
    const a = await filled();
    await a.h['ae/report'](
      { type: 'ae/report', post: snapshot('7', { text: 'My dad got a rash on drug X' }) },
      tab,
    );
    await a.h['ae/change'](
      { type: 'ae/change', key: 'linkedin:7', change: { state: 'forwarded', caseRef: 'PV-118' } },
      page,
    );
    const json = await a.backup();
    expect(JSON.parse(json)).toMatchObject({
      version: 2,
      aeCases: [{ evidence: { key: 'linkedin:7' } }],
    });

    // Another browser has the same case, with a change of its own the backup lacks.
    const b = browser();
    await b.h['ae/report'](
      { type: 'ae/report', post: snapshot('7', { text: 'My dad got a rash on drug X' }) },
      tab,
    );
    await b.h['ae/change'](
      { type: 'ae/change', key: 'linkedin:7', change: { products: ['drug X'] } },
      page,
    );
    expect((await b.preview(json)).aeCases).toEqual({ add: 0, change: 1 });
    await b.restore(json);
    const [restored] = (await b.h['ae/list']({ type: 'ae/list' }, page)).cases;
    expect(restored?.case).toMatchObject({
      state: 'forwarded',
      caseRef: 'PV-118',
      products: ['drug X'],
    });
    // Both openings, both browsers' changes: nothing lost, nothing doubled.
    const fields = restored!.trail.map((e) => e.field).sort();
    expect(fields).toEqual(['caseRef', 'opened', 'opened', 'products', 'state']);
    expect((await b.preview(json)).aeCases).toEqual({ add: 0, change: 0 });

    // A third browser with no cases gets it whole.
    const c = browser();
    expect((await c.preview(json)).aeCases).toEqual({ add: 1, change: 0 });
    await c.restore(json);
    expect((await c.h['ae/list']({ type: 'ae/list' }, page)).cases[0]?.trail).toHaveLength(3);
  });

  it('restores a version 1 backup, made before AE cases were in one', async () => {
    const a = await filled();
    const { aeCases: _none, ...v1 } = { ...JSON.parse(await a.backup()), version: 1 };
    const b = browser();
    expect((await b.preview(JSON.stringify(v1))).annotations).toEqual({ add: 2, change: 0 });
    await b.restore(JSON.stringify(v1));
    expect(await b.listed()).toHaveLength(2);
    // A version 1 file that carries cases is not a version 1 file.
    await expect(b.preview(JSON.stringify({ ...v1, aeCases: [] }))).rejects.toThrow(/damaged/);
  });

  it('counts a decision that differs here as a change, and the backup’s wins', async () => {
    const a = await filled();
    const json = await a.backup();
    await a.annotate('1', { category: 'connecting' });
    expect((await a.preview(json)).annotations).toEqual({ add: 0, change: 1 });
    await a.restore(json);
    const one = (await a.listed()).find((v) => v.post.key === 'linkedin:1');
    expect(one?.annotation?.category).toBe('creating');
  });

  it('never puts the team sync password in a backup', async () => {
    const server = new FakeCouch({
      origin: 'https://couch.example.org',
      user: 'ana',
      password: 'S3cret-pw',
    });
    const a = await filled(server);
    await a.h['sync/connect'](
      { type: 'sync/connect', url: `${server.url}/`, user: 'ana', password: 'S3cret-pw' },
      page,
    );
    const json = await a.backup();
    expect(json).not.toContain('S3cret-pw');
    expect(json).not.toContain('couch.example.org');
  });

  it('refuses a truncated, foreign, newer or damaged file with a clear message and changes nothing', async () => {
    const a = await filled();
    const json = await a.backup();
    const b = browser();
    await b.annotate('9', { tags: ['mine'] });
    const newer = JSON.stringify({ ...JSON.parse(json), version: 3 });
    const damaged = JSON.stringify({ ...JSON.parse(json), annotations: [{ key: 'nope' }] });
    const cases: [string, RegExp][] = [
      [json.slice(0, json.length / 2), /ends early or is not JSON/],
      ['{"rows":[1,2,3]}', /not an HCP Lens backup/],
      [newer, /newer HCP Lens \(backup version 3/],
      [damaged, /damaged \(annotations\.0\./],
    ];
    for (const [text, message] of cases) {
      await expect(b.preview(text)).rejects.toThrow(message);
      await expect(b.restore(text)).rejects.toThrow(message);
    }
    expect((await b.listed()).map((v) => v.post.key)).toEqual(['linkedin:9']);
    expect(await b.db.targetLists.count()).toBe(0);
  });

  it('applies all of a restore or nothing when storing part of it fails', async () => {
    const a = await filled();
    const json = await a.backup();
    const b = browser();
    vi.spyOn(b.db.targets, 'bulkAdd').mockRejectedValueOnce(new Error('disk trouble'));
    await expect(b.restore(json)).rejects.toThrow(/disk trouble/);
    expect(await b.db.annotations.count()).toBe(0);
    expect(await b.db.posts.count()).toBe(0);
    expect(await b.db.authors.count()).toBe(0);
    expect((await b.h['settings/get']({ type: 'settings/get' }, page)).textRetention).toBe('full');
  });
});
