import { describe, expect, it, vi } from 'vitest';
import { snapshot } from '../helpers/posts';
import { browser, page, useSyncWorld, world } from '../helpers/sync-browsers';

useSyncWorld();

describe('team sync: conflicts, clocks, reconnecting and long histories', () => {
  it("applies a teammate's later change even when this browser's clock runs ahead", async () => {
    const ben = browser(60_000);
    const ana = browser();
    await ben.annotate('20', { category: 'creating' });
    await ben.connect();
    await ana.connect();
    await ana.annotate('20', { category: 'connecting' }); // later, by a slower clock
    await ana.syncNow();
    await ben.syncNow();
    await ana.syncNow();
    for (const who of [ana, ben]) {
      const [view] = await who.listed();
      expect(view?.annotation?.category).toBe('connecting');
    }
    // And Ben's next edit, made after he saw Ana's, wins in turn.
    await ben.annotate('20', { category: 'collaborating' });
    await ben.syncNow();
    await ana.syncNow();
    expect((await ana.listed())[0]?.annotation?.category).toBe('collaborating');
    // So does Ana's, though her clock is behind the time Ben's change carries.
    await ana.annotate('20', { category: 'communicating' });
    await ana.syncNow();
    await ben.syncNow();
    expect((await ben.listed())[0]?.annotation?.category).toBe('communicating');
  });

  it("takes the server's copy when a conflict shows it is newer than the change waiting here", async () => {
    const ana = browser();
    const ben = browser();
    await ana.annotate('21', { category: 'creating' });
    await ana.connect();
    await ben.connect();
    world.server.down = true;
    await ana.annotate('21', { category: 'connecting' }); // waits: the server is away
    await ana.syncNow();
    world.server.down = false;
    await ben.annotate('21', { category: 'catalyzing' }); // later, and sent first
    await ben.syncNow();
    const state = await ana.syncNow(); // conflict: the server's copy is newer
    expect(state).toMatchObject({ pending: 0, error: null });
    expect((await ana.listed())[0]?.annotation?.category).toBe('catalyzing');
    expect(world.server.docs()[0]).toMatchObject({ annotation: { category: 'catalyzing' } });
  });

  it('keeps a clear still waiting to be sent through a disconnect (a new password) and sends it', async () => {
    const ana = browser();
    const ben = browser();
    await ana.annotate('22', { tags: ['kol'] });
    await ana.connect();
    await ben.connect();
    world.server.down = true;
    await ana.annotate('22', { tags: [] });
    await ana.syncNow();
    await ana.handlers['sync/disconnect']({ type: 'sync/disconnect' }, page);
    world.server.down = false;
    await ana.connect();
    expect(await ana.listed()).toHaveLength(0);
    await ben.syncNow();
    expect(await ben.listed()).toHaveLength(0);
  });

  it("keeps the session's tagged posts in the popup, and the user's own changes as theirs, after reconnecting", async () => {
    const ana = browser();
    await ana.connect();
    await ana.annotate('23', { category: 'creating' });
    await ana.annotate('24', { tags: ['kol'] });
    await ana.syncNow();
    // A new password, as the README suggests: disconnect, then connect again.
    await ana.handlers['sync/disconnect']({ type: 'sync/disconnect' }, page);
    const state = await ana.connect();
    expect(state).toMatchObject({ pending: 0, error: null });
    const summary = await ana.handlers['session/summary']({ type: 'session/summary' }, page);
    expect(summary.postsTagged).toBe(2);
    const views = await ana.listed();
    expect(views).toHaveLength(2);
    for (const v of views) expect(v.annotation?.by).toBeUndefined();
    const exported = await ana.handlers['export/csv'](
      { type: 'export/csv', scope: 'session' },
      page,
    );
    expect(exported.rows).toBe(2);
  });

  it("never shows a change made under the user's own sync name, in another of their browsers, as a teammate's", async () => {
    const laptop = browser();
    const desktop = browser();
    await laptop.connect();
    await desktop.connect();
    await laptop.annotate('25', { category: 'catalyzing' });
    await laptop.syncNow();
    await desktop.syncNow();
    const [view] = await desktop.listed();
    expect(view?.annotation?.category).toBe('catalyzing');
    expect(view?.annotation?.by).toBeUndefined();
  });

  it('reads a long history of changes page by page, and only once', async () => {
    for (let i = 0; i < 230; i++) {
      const post = snapshot(String(100 + i));
      world.server.put({
        _id: post.key,
        type: 'hcp-lens.annotation',
        updatedAt: '2026-11-01T09:00:00.000Z',
        annotation: { category: null, tags: ['kol'], flagged: false, note: '', collections: [] },
        post,
      });
    }
    const ana = browser();
    expect(await ana.connect()).toMatchObject({ received: 230, error: null });
    expect(await ana.listed()).toHaveLength(230);
    const changesRead = () =>
      world.server.requests.filter((r) => r.path.includes('/_changes')).length;
    const before = changesRead();
    expect(await ana.syncNow()).toMatchObject({ received: 0 });
    expect(changesRead() - before).toBe(1);
  });

  it('runs again after a sync when a change came in while it ran', async () => {
    const ana = browser();
    await ana.connect();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reading = false;
    world.transport = async (input, init) => {
      if (String(input).includes('/_changes')) {
        reading = true;
        await held;
      }
      return world.server.fetch(input, init);
    };
    const first = ana.syncNow(); // held while it reads the server's changes
    await vi.waitFor(() => expect(reading).toBe(true));
    await ana.annotate('23', { flagged: true }); // after that sync's sending
    void ana.syncNow();
    release();
    await first;
    await vi.waitFor(() => expect(world.server.docs().map((d) => d._id)).toEqual(['linkedin:23']));
  });

  it('says so when the browser no longer lets it reach the server', async () => {
    const ana = browser();
    await ana.connect();
    world.server.down = true;
    world.reachable = false;
    expect((await ana.syncNow()).error).toBe(
      'HCP Lens is no longer allowed to reach couch.example.org (its site access was withdrawn in the browser): connect again from the dashboard.',
    );
  });
});
