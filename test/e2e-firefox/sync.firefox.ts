import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeCouch } from '../helpers/fake-couch';
import { serveCouch, type ServedCouch } from '../helpers/http-couch';
import { snapshot } from '../helpers/posts';
import { launchFirefoxWithExtension, type FirefoxLens } from './firefox';

describe('Team sync in Firefox', () => {
  let lens: FirefoxLens;
  let couch: FakeCouch;
  let http: ServedCouch;
  let elsewhere: ServedCouch;

  beforeAll(async () => {
    http = await serveCouch({ user: 'ana', password: 'pw' });
    elsewhere = await serveCouch({ user: 'ana', password: 'pw' });
    couch = http.couch;
    lens = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await lens?.close();
    await http?.close();
    await elsewhere?.close();
  });

  it("connects from the dashboard with the user's click, then sends and receives", async () => {
    const theirs = snapshot('81', { authorName: 'Dr. Ines Duarte', text: 'Registry results.' });
    couch.put({
      _id: theirs.key,
      type: 'hcp-lens.annotation',
      updatedAt: '2026-12-01T09:00:00.000Z',
      annotation: {
        category: 'creating',
        tags: ['kol'],
        flagged: false,
        note: '',
        collections: [],
      },
      post: theirs,
    });

    const dashboard = await lens.openExtensionPage('src/dashboard/index.html#/sync');
    await dashboard.waitForSelector('section.team-sync input[type="url"]');
    await dashboard.type('section.team-sync input[type="url"]', `${couch.url}/`);
    await dashboard.type('section.team-sync input[autocomplete="username"]', 'ana');
    await dashboard.type('section.team-sync input[type="password"]', 'pw');
    // A real click: the browser grants the server's host permission only during the gesture.
    await dashboard.click('section.team-sync button[type="submit"]');
    await dashboard.waitForFunction(
      () => document.querySelector('section.team-sync')?.textContent?.includes('1 received'),
      { timeout: 15_000 },
    );
    expect(couch.requests.some((r) => r.path.startsWith('/team/_changes'))).toBe(true);

    // A post tagged here reaches the server.
    const mine = snapshot('82', { text: 'Our own registry readout.' });
    const ask = (message: unknown) =>
      dashboard.evaluate(
        (m) =>
          (
            globalThis as unknown as {
              browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            }
          ).browser.runtime.sendMessage(m),
        message,
      );
    await ask({ type: 'posts/seen', posts: [mine] });
    await ask({ type: 'annotation/set', key: mine.key, patch: { flagged: true }, post: mine });
    expect(await ask({ type: 'sync/now' })).toMatchObject({ ok: true, data: { sent: 1 } });
    expect(couch.docs().map((d) => d._id)).toEqual(['linkedin:81', 'linkedin:82']);

    // The teammate's post is in this browser's list of tagged posts.
    // Opened anew: under WebDriver BiDi an extension page's own reload is never seen to finish.
    const again = await lens.openExtensionPage('src/dashboard/index.html#/posts');
    await again.waitForFunction(() => document.body.textContent?.includes('Registry results.'), {
      timeout: 15_000,
    });
  });

  it('refuses a redirect of an upload: nothing reaches the other server, the change waits', async () => {
    const dashboard = await lens.openExtensionPage('src/dashboard/index.html');
    const ask = (message: unknown) =>
      dashboard.evaluate(
        (m) =>
          (
            globalThis as unknown as {
              browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            }
          ).browser.runtime.sendMessage(m),
        message,
      );
    const post = snapshot('83', { text: 'Note for medical.' });
    await ask({ type: 'posts/seen', posts: [post] });
    await ask({ type: 'annotation/set', key: post.key, patch: { flagged: true }, post });
    http.misbehave = (req, res) => {
      if (!req.url?.includes('_bulk_docs')) return false;
      res.writeHead(307, { Location: `${elsewhere.origin}/team/_bulk_docs` }).end();
      return true;
    };
    const refused = (await ask({ type: 'sync/now' })) as {
      data: { pending: number; error: string };
    };
    http.misbehave = undefined;
    expect(elsewhere.requests).toEqual([]);
    expect(refused.data.pending).toBe(1);
    expect(refused.data.error).toContain('sent the request elsewhere');
    expect(await ask({ type: 'sync/now' })).toMatchObject({ ok: true, data: { pending: 0 } });
  });
});
