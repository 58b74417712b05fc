import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncState } from '../../src/messages';
import { FakeCouch } from '../helpers/fake-couch';
import { snapshot } from '../helpers/posts';
import { launchWithExtension, type Lens } from './browser';

type Chrome = {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> };
    alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
  };
};

/** A request to the background, sent from an extension page as the dashboard sends it. */
async function ask<T>(page: Page, message: object): Promise<T> {
  const reply = await page.evaluate(
    (m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m),
    message,
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

describe('Team sync in Chromium', () => {
  let lens: Lens;
  let dashboard: Page;
  const server = new FakeCouch({
    origin: 'https://couch.example.org',
    user: 'ana',
    password: 'pw',
  });

  /** Set by a test: the server answers uploads with a redirect to another origin. */
  let redirectUploads = false;
  const elsewhere: string[] = [];

  beforeAll(async () => {
    lens = await launchWithExtension();
    await lens.context.route('https://elsewhere.example.net/**', async (route) => {
      elsewhere.push(route.request().url());
      await route.fulfill({ status: 201, contentType: 'application/json', body: '[]' });
    });
    // The team's server, answered here: the background's own requests go through this route.
    await lens.context.route('https://couch.example.org/**', async (route) => {
      const request = route.request();
      if (redirectUploads && request.url().includes('_bulk_docs')) {
        await route.fulfill({
          status: 307,
          headers: { Location: 'https://elsewhere.example.net/team/_bulk_docs' },
        });
        return;
      }
      const response = await server.fetch(request.url(), {
        method: request.method(),
        headers: await request.allHeaders(),
        body: request.postData() ?? undefined,
      });
      await route.fulfill({
        status: response.status,
        contentType: 'application/json',
        body: await response.text(),
      });
    });
    dashboard = await lens.openExtensionPage('src/dashboard/index.html#/sync');
  });
  afterAll(() => lens?.close());

  it("sends an annotation, receives a teammate's, and keeps its alarm", async () => {
    const post = snapshot('71', { text: 'Our registry readout is out.' });
    await ask(dashboard, { type: 'posts/seen', posts: [post] });
    await ask(dashboard, {
      type: 'annotation/set',
      key: post.key,
      patch: { category: 'creating', tags: ['registry'] },
      post,
    });

    const state = await ask<SyncState>(dashboard, {
      type: 'sync/connect',
      url: server.url,
      user: 'ana',
      password: 'pw',
    });
    expect(state).toMatchObject({ sent: 1, pending: 0, error: null });
    expect(server.docs()).toMatchObject([
      { _id: 'linkedin:71', annotation: { category: 'creating', tags: ['registry'] } },
    ]);
    expect(
      await dashboard.evaluate(() =>
        (globalThis as unknown as Chrome).chrome.alarms.get('hcp-lens-team-sync'),
      ),
    ).toMatchObject({
      periodInMinutes: 5,
    });

    const theirs = snapshot('72', { authorName: 'Dr. Ines Duarte', text: 'Safety signal?' });
    server.put({
      _id: theirs.key,
      type: 'hcp-lens.annotation',
      updatedAt: new Date().toISOString(),
      annotation: { category: null, tags: ['ae-review'], flagged: true, note: '', collections: [] },
      post: theirs,
      by: 'ines',
    });
    expect(await ask<SyncState>(dashboard, { type: 'sync/now' })).toMatchObject({
      received: 1,
      error: null,
    });
    await dashboard.reload();
    await dashboard.getByText(/Syncing with https:\/\/couch\.example\.org\/team as ana/).waitFor();
    await dashboard.evaluate(() => (location.hash = '#/posts'));
    await dashboard.getByText('Safety signal?').waitFor();
    // Whose tag it is: the teammate's name under the category.
    await dashboard
      .locator('[role="row"][data-post-key="linkedin:72"]')
      .getByText('by ines')
      .waitFor();
  });

  it('refuses a redirect of an upload: nothing reaches the other origin, the change waits', async () => {
    const post = snapshot('73', { text: 'Note for medical.' });
    await ask(dashboard, { type: 'posts/seen', posts: [post] });
    await ask(dashboard, { type: 'annotation/set', key: post.key, patch: { flagged: true }, post });
    redirectUploads = true;
    const state = await ask<SyncState>(dashboard, { type: 'sync/now' });
    redirectUploads = false;
    expect(elsewhere).toEqual([]);
    expect(state.pending).toBe(1);
    expect(state.error).toContain('sent the request elsewhere');
    expect(await ask<SyncState>(dashboard, { type: 'sync/now' })).toMatchObject({
      pending: 0,
      error: null,
    });
  });
});
