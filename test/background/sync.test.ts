import { describe, expect, it } from 'vitest';
import { SYNC_ALARM } from '../../src/background/sync-handlers';
import { FakeCouch } from '../helpers/fake-couch';
import { snapshot } from '../helpers/posts';
import { browser, page, tab, useSyncWorld, world } from '../helpers/sync-browsers';

useSyncWorld();

describe('team sync', () => {
  it('sends the annotations made before connecting, and a teammate receives them with their posts', async () => {
    const ana = browser();
    await ana.annotate('1', { category: 'creating', tags: ['kol'], note: 'Ask for a webinar' });
    const state = await ana.connect();
    expect(state).toMatchObject({
      server: { url: world.server.url, user: 'ana' },
      sent: 1,
      pending: 0,
      error: null,
    });
    expect(ana.alarms.create).toHaveBeenCalledWith(SYNC_ALARM, expect.anything());
    expect(world.server.docs()).toHaveLength(1);

    const ben = browser();
    const joined = await ben.connect();
    expect(joined.received).toBe(1);
    const [view] = await ben.listed();
    expect(view?.annotation).toMatchObject({ category: 'creating', tags: ['kol'] });
    expect(view?.annotation?.note).toBe('Ask for a webinar');
    expect(view?.post.text).toBe('Post 1');
    // Ben's browser judged the post itself rather than trusting a verdict from the world.server.
    expect(ben.classify).toHaveBeenCalled();
    expect(ben.broadcasts.some((b) => b.type === 'annotation/changed')).toBe(true);
  });

  it('keeps a change made while the server is down, says why, and sends it once it answers', async () => {
    const ana = browser();
    await ana.connect();
    world.server.down = true;
    await ana.annotate('2', { flagged: true });
    const failed = await ana.syncNow();
    expect(failed.pending).toBe(1);
    expect(failed.error).toMatch(/couch\.example\.org could not be reached/);
    expect(world.server.docs()).toHaveLength(0);

    world.server.down = false;
    const ok = await ana.syncNow();
    expect(ok).toMatchObject({ pending: 0, sent: 1, error: null });
    expect(world.server.docs()[0]).toMatchObject({
      _id: 'linkedin:2',
      annotation: { flagged: true },
    });
  });

  it('keeps the newer of two changes to one post, in both browsers', async () => {
    const ana = browser();
    const ben = browser();
    await ana.annotate('3', { category: 'creating' });
    await ana.connect();
    await ben.connect();
    await ana.annotate('3', { category: 'connecting' });
    await ben.annotate('3', { category: 'catalyzing' }); // later: this one wins
    await ana.syncNow();
    await ben.syncNow(); // conflicts with Ana's revision, and wins
    await ana.syncNow();
    for (const who of [ana, ben]) {
      const [view] = await who.listed();
      expect(view?.annotation?.category).toBe('catalyzing');
    }
    expect(world.server.docs()[0]).toMatchObject({ annotation: { category: 'catalyzing' } });
  });

  it("clears a teammate's annotation when it is cleared here", async () => {
    const ana = browser();
    const ben = browser();
    await ana.annotate('4', { tags: ['ae-review'] });
    await ana.connect();
    await ben.connect();
    expect(await ben.listed()).toHaveLength(1);
    await ana.annotate('4', { tags: [] });
    await ana.syncNow();
    await ben.syncNow();
    expect(await ben.listed()).toHaveLength(0);
  });

  it('ignores documents that are not HCP Lens annotations, or are malformed, and syncs the rest', async () => {
    world.server.put({ _id: '_design/views', views: {} });
    world.server.put({ _id: 'linkedin:9', type: 'hcp-lens.annotation', updatedAt: 'yesterday' });
    world.server.put({ _id: 'linkedin:8', type: 'other-tool', note: 'x' });
    const ana = browser();
    await ana.annotate('5', { category: 'creating' });
    const state = await ana.connect();
    expect(state).toMatchObject({ error: null, received: 0, sent: 1 });
    expect((await ana.listed()).map((v) => v.post.key)).toEqual(['linkedin:5']);
  });

  it("does not apply this browser's own changes again when they come back", async () => {
    const ana = browser();
    await ana.annotate('6', { category: 'creating' });
    ana.broadcasts.length = 0;
    // Connecting sends the annotation and then reads the server's changes, which include it.
    const state = await ana.connect();
    expect(state).toMatchObject({ sent: 1, received: 0 });
    expect(ana.broadcasts).toEqual([]);
    expect(await ana.syncNow()).toMatchObject({ sent: 0, received: 0 });
  });

  it('sends the rest when the server refuses one annotation, and keeps that one to send again', async () => {
    // A server-side validation rule that refuses one document, as CouchDB's validate_doc_update can.
    world.transport = async (input, init) => {
      if (!String(input).endsWith('/_bulk_docs')) return world.server.fetch(input, init);
      const { docs } = JSON.parse(String(init?.body)) as { docs: { _id: string }[] };
      const allowed = docs.filter((d) => d._id !== 'linkedin:11');
      const stored = (await (
        await world.server.fetch(input, { ...init, body: JSON.stringify({ docs: allowed }) })
      ).json()) as object[];
      const results = docs.map((d) =>
        d._id === 'linkedin:11'
          ? { id: d._id, error: 'forbidden', reason: 'tags must be approved' }
          : stored.shift(),
      );
      return new Response(JSON.stringify(results), { status: 201 });
    };
    const ana = browser();
    await ana.annotate('10', { category: 'creating' });
    await ana.annotate('11', { category: 'creating' });
    const state = await ana.connect();
    expect(state.sent).toBe(1);
    expect(state.pending).toBe(1);
    expect(state.error).toBe(
      'The sync server refused the annotation of linkedin:11 (forbidden); it is kept here and sent again at the next sync.',
    );
    expect(world.server.docs().map((d) => d._id)).toEqual(['linkedin:10']);
  });

  it("keeps only a snippet of a teammate's post when this browser keeps snippets", async () => {
    const ana = browser();
    const long = snapshot('12', { text: 'x'.repeat(1000) });
    await ana.handlers['posts/seen']({ type: 'posts/seen', posts: [long] }, tab);
    await ana.handlers['annotation/set'](
      { type: 'annotation/set', key: long.key, patch: { flagged: true }, post: long },
      tab,
    );
    await ana.connect();
    expect(world.server.docs()[0]).toMatchObject({ post: { text: long.text } });
    const ben = browser();
    await ben.handlers['settings/set'](
      { type: 'settings/set', patch: { textRetention: 'snippet' } },
      page,
    );
    await ben.connect();
    const [view] = await ben.listed();
    expect(view?.post.text).toBe(`${'x'.repeat(280)}…`);
  });

  it('refuses a wrong password on connecting and saves nothing', async () => {
    const ana = browser();
    await expect(ana.connect('wrong')).rejects.toThrow(/refused the user name or password/);
    expect(await ana.handlers['sync/get']({ type: 'sync/get' }, page)).toMatchObject({
      server: null,
    });
    expect(ana.alarms.create).not.toHaveBeenCalled();
  });

  it('forgets the server on disconnecting and keeps every annotation', async () => {
    const ana = browser();
    await ana.annotate('7', { category: 'creating' });
    await ana.connect();
    expect(ana.releaseOrigin).not.toHaveBeenCalled();
    const state = await ana.handlers['sync/disconnect']({ type: 'sync/disconnect' }, page);
    expect(state).toMatchObject({ server: null, pending: 0 });
    expect(ana.alarms.clear).toHaveBeenCalledWith(SYNC_ALARM);
    // The permission granted to reach the server is given back with it.
    expect(ana.releaseOrigin).toHaveBeenCalledWith('https://couch.example.org/*');
    expect(await ana.listed()).toHaveLength(1);
    expect(await ana.db.syncDocs.count()).toBe(0);
  });

  it('never shows the password to the pages that ask for the state', async () => {
    const ana = browser();
    await ana.connect();
    const state = await ana.handlers['sync/get']({ type: 'sync/get' }, page);
    expect(JSON.stringify(state)).not.toContain('pw');
  });

  it('says which teammate made a change, and keeps that when the annotation is sent again', async () => {
    // A server that lets anyone in, so that Ana and Ben sign in as themselves.
    world.server = new FakeCouch({ origin: 'https://couch.example.org' });
    world.transport = world.server.fetch;
    const ana = browser();
    const ben = browser();
    await ana.annotate('30', { category: 'creating' });
    await ana.connect('', 'ana');
    await ben.connect('', 'ben');
    expect((await ben.listed())[0]?.annotation?.by).toBe('ana');
    // The team moves to a new database, and Ben's browser is the first to fill it: still Ana's.
    const first = world.server;
    world.server = new FakeCouch({ origin: 'https://couch.example.org' });
    world.transport = world.server.fetch;
    await ben.handlers['sync/disconnect']({ type: 'sync/disconnect' }, page);
    await ben.connect('', 'ben');
    expect(world.server.docs()[0]).toMatchObject({ _id: 'linkedin:30', by: 'ana' });
    world.server = first;
    world.transport = first.fetch;
    await ben.handlers['sync/disconnect']({ type: 'sync/disconnect' }, page);
    await ben.connect('', 'ben');
    // Ben's own change is his, in his browser (no author shown) and in Ana's.
    await ben.annotate('30', { category: 'connecting' });
    expect((await ben.listed())[0]?.annotation?.by).toBeUndefined();
    await ben.syncNow();
    await ana.syncNow();
    expect((await ana.listed())[0]?.annotation).toMatchObject({
      category: 'connecting',
      by: 'ben',
    });
  });
});
