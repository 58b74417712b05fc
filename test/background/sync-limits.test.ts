// Team sync against servers that misbehave: a redirect, a flood of documents, teammates' posts
// without end, addresses that are not the post's. Each must cost this browser little and lose
// nothing of the user's own.
import { afterEach, describe, expect, it } from 'vitest';
import type { CouchDoc } from '../../src/background/couch';
import { serveCouch, type ServedCouch } from '../helpers/http-couch';
import { snapshot } from '../helpers/posts';
import { browser, useSyncWorld, world } from '../helpers/sync-browsers';

useSyncWorld();
const servers: ServedCouch[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A teammate's annotated post as the server holds it. */
function theirs(id: string, overrides: Parameters<typeof snapshot>[1] = {}, at = 0) {
  const post = snapshot(id, overrides);
  return {
    _id: post.key,
    type: 'hcp-lens.annotation',
    updatedAt: new Date(Date.parse('2026-11-01T09:00:00Z') + at * 1000).toISOString(),
    annotation: { category: 'creating', tags: [], flagged: false, note: '', collections: [] },
    post,
    by: 'ben',
  } satisfies Omit<CouchDoc, '_rev'>;
}

describe('team sync limits', () => {
  it('refuses a redirect: the upload never reaches the other address and stays waiting', async () => {
    const real = await serveCouch({ user: 'ana', password: 'pw' });
    const elsewhere = await serveCouch();
    servers.push(real, elsewhere);
    // Over real HTTP, where fetch follows redirects unless told not to.
    world.server = real.couch;
    world.transport = (input, init) => fetch(input, init);
    const ana = browser();
    await ana.annotate('1', { note: 'Patient on keytruda, ask medical' });
    expect((await ana.connect()).error).toBeNull();

    await ana.annotate('1', { note: 'Second thoughts' });
    real.misbehave = (req, res) => {
      if (!req.url?.includes('_bulk_docs')) return false;
      res.writeHead(307, { Location: `${elsewhere.origin}/team/_bulk_docs` }).end();
      return true;
    };
    const state = await ana.syncNow();

    expect(elsewhere.requests).toEqual([]);
    expect(state.pending).toBe(1);
    expect(real.couch.docs()[0]).toMatchObject({
      annotation: { note: 'Patient on keytruda, ask medical' },
    });
    expect(state.error).toBe(
      `The sync server ${real.origin.slice(7)} sent the request elsewhere (HTTP 307 to ${elsewhere.origin.slice(7)}). HCP Lens never follows a redirect, so nothing was sent there: connect with the database's own address.`,
    );
    // Once the server answers at its own address again, the change goes there.
    real.misbehave = undefined;
    expect(await ana.syncNow()).toMatchObject({ sent: 1, pending: 0, error: null });
    expect(real.couch.docs()[0]).toMatchObject({ annotation: { note: 'Second thoughts' } });
  });

  it('reads at most its byte budget of a flood of documents per run, and the rest later', async () => {
    const big = 'x'.repeat(20_000);
    for (let i = 0; i < 300; i++) world.server.put(theirs(`${1000 + i}`, { text: big }, i));
    const ana = browser(0, { budget: { documents: 2_000, bytes: 2_500_000, pages: 20 } });

    const first = await ana.connect();
    const stored = await ana.db.posts.count();
    // About 20 KB a document: 2.5 MB is a page of 100 of them, not the 300 (6 MB) on offer.
    expect(stored).toBe(100);
    expect(first.note).toContain('More teammates’ changes wait on the server'.replace('’', "'"));
    expect(first.error).toBeNull();

    let runs = 1;
    for (let state = first; state.note !== null && runs < 10; runs++) state = await ana.syncNow();
    expect(await ana.db.posts.count()).toBe(300);
    expect(runs).toBe(3);
  }, 20_000);

  it('reads at most its budget of documents and pages per run', async () => {
    for (let i = 0; i < 250; i++) world.server.put(theirs(`${2000 + i}`, {}, i));
    const ana = browser(0, { budget: { documents: 150, bytes: 16_000_000, pages: 20 } });
    await ana.connect();
    expect(await ana.db.posts.count()).toBe(150);
    const pages = browser(0, { budget: { documents: 2_000, bytes: 16_000_000, pages: 1 } });
    await pages.connect();
    expect(await pages.db.posts.count()).toBe(100);
  }, 20_000);

  it("keeps the newest teammates' posts up to the cap, and every post of the user's own", async () => {
    const ana = browser(0, { teamPosts: 3 });
    await ana.annotate('1', { category: 'creating' });
    for (let i = 0; i < 5; i++) world.server.put(theirs(`${3000 + i}`, {}, i));
    const state = await ana.connect();

    const kept = (await ana.listed()).map((v) => v.post.key).sort();
    expect(kept).toEqual(['linkedin:1', 'linkedin:3002', 'linkedin:3003', 'linkedin:3004']);
    expect(await ana.db.posts.get('linkedin:3000')).toBeUndefined();
    expect(state.note).toBe(
      "Only the newest 3 teammates' posts are kept: 2 older ones not stored.",
    );
  });

  it("refuses a teammate's post whose address is not its own, and applies the rest", async () => {
    world.server.put(theirs('4001', { url: 'https://evil.example/phish' }));
    world.server.put(
      theirs('4002', { url: 'https://www.linkedin.com/feed/update/urn:li:activity:4999/' }),
    );
    world.server.put(theirs('4003'));
    const ana = browser();
    const state = await ana.connect();

    expect((await ana.listed()).map((v) => v.post.key)).toEqual(['linkedin:4003']);
    expect(state).toMatchObject({ received: 1, error: null });
    expect(state.note).toBe(
      "2 teammate's posts refused: the address did not belong to the post (linkedin:4001, …).",
    );
  });
});
