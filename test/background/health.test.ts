import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createRouter, type Sender } from '../../src/background/router';
import { LensDb, MAX_HEALTH_SITES, noteBioFetch, readHealth, recordHealth } from '../../src/db';
import { verdict } from '../helpers/posts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const feed: Sender = { id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } };
const popup: Sender = { id: ID, url: `${ORIGIN}src/popup/index.html` };

let db: LensDb;
let n = 0;
let clock: Date;

beforeEach(() => {
  db = new LensDb(`health-${++n}`);
  clock = new Date('2026-11-24T10:00:00Z');
});
afterEach(() => db.delete());

function router() {
  const handlers = createHandlers({
    db,
    now: () => clock,
    classify: () => verdict(),
    broadcast: () => undefined,
  });
  return createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log: () => undefined });
}

const report = (fields: Record<string, unknown> = {}) => ({
  type: 'health/report',
  platform: 'linkedin',
  host: 'www.linkedin.com',
  status: 'degraded',
  at: '2026-11-24T10:00:00.000Z',
  ...fields,
});

describe('detection health', () => {
  it('stores a degraded report per site and gives it to the popup', async () => {
    const route = router();
    expect(await route(report(), feed)).toMatchObject({ ok: true });
    const reply = await route(
      { type: 'health/get', platform: 'linkedin', host: 'www.linkedin.com' },
      popup,
    );
    expect(reply).toEqual({
      ok: true,
      data: {
        sites: [
          {
            platform: 'linkedin',
            host: 'www.linkedin.com',
            status: 'degraded',
            lastMatchedAt: null,
            lastCheckedAt: '2026-11-24T10:00:00.000Z',
            refusedPosts: 0,
            refusedAt: null,
          },
        ],
      },
    });
  });

  it('remembers when selectors last matched across a later degraded report', async () => {
    const route = router();
    await route(report({ status: 'ok', lastMatchedAt: '2026-11-24T09:59:58.000Z' }), feed);
    clock = new Date('2026-11-24T11:00:00Z');
    await route(report(), feed);
    const [site] = await readHealth(db, { platform: 'linkedin' });
    expect(site).toMatchObject({
      status: 'degraded',
      lastMatchedAt: '2026-11-24T09:59:58.000Z',
      lastCheckedAt: '2026-11-24T11:00:00.000Z',
    });
  });

  it('never takes a match time from the future', async () => {
    const health = await recordHealth(
      db,
      { platform: 'x', host: 'x.com', status: 'ok', lastMatchedAt: '2030-01-01T00:00:00.000Z' },
      clock,
    );
    expect(health.lastMatchedAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('lists every site, newest first, and filters by network and host', async () => {
    await recordHealth(db, { platform: 'linkedin', host: 'www.linkedin.com', status: 'ok' }, clock);
    clock = new Date('2026-11-24T10:05:00Z');
    await recordHealth(
      db,
      { platform: 'mastodon', host: 'Mastodon.Social', status: 'degraded' },
      clock,
    );
    const route = router();
    const all = (await route({ type: 'health/get' }, popup)) as {
      data: { sites: { host: string }[] };
    };
    expect(all.data.sites.map((s) => s.host)).toEqual(['mastodon.social', 'www.linkedin.com']);
    expect(await readHealth(db, { host: 'mastodon.social' })).toHaveLength(1);
    expect(await readHealth(db, { platform: 'x' })).toEqual([]);
    // Settings are untouched by health records, and health survives a corrupted row.
    await db.settings.put({ key: 'health:x:x.com', value: { status: 42 } });
    expect(await readHealth(db)).toHaveLength(2);
  });

  it('keeps at most the most recent sites', async () => {
    for (let i = 0; i <= MAX_HEALTH_SITES; i++) {
      clock = new Date(Date.UTC(2026, 10, 24, 10, i));
      await recordHealth(db, { platform: 'mastodon', host: `m${i}.example`, status: 'ok' }, clock);
    }
    const sites = await readHealth(db);
    expect(sites).toHaveLength(MAX_HEALTH_SITES);
    expect(sites.map((s) => s.host)).not.toContain('m0.example');
  });

  it.each([
    ['an unknown status', report({ status: 'broken' })],
    ['a bad host', report({ host: 'www.linkedin.com/feed' })],
    ['a bad time', report({ at: 'yesterday' })],
    ['an extra field', report({ selectors: ['.x'] })],
  ])('refuses %s', async (_, message) => {
    expect(await router()(message, feed)).toMatchObject({ ok: false });
    expect(await readHealth(db)).toEqual([]);
  });

  it('refuses a report for another site than the page’s own', async () => {
    const reply = await router()(report({ host: 'x.com', platform: 'x' }), feed);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/own site/) });
  });

  it('answers health/get only to the extension’s own pages', async () => {
    expect(await router()({ type: 'health/get' }, feed)).toMatchObject({ ok: false });
  });
});

describe('bio fetch failures in the site health', () => {
  const bsky = { platform: 'bluesky' as const, host: 'bsky.app' };

  it('outlive the page’s own reports until a fetch succeeds', async () => {
    await noteBioFetch(db, bsky, 'the server answered HTTP 503', clock);
    clock = new Date('2026-11-24T10:01:00Z');
    await recordHealth(db, { ...bsky, status: 'ok' }, clock);
    expect(await readHealth(db, bsky)).toMatchObject([
      {
        status: 'ok',
        lastCheckedAt: '2026-11-24T10:01:00.000Z',
        bioFetchFailure: { reason: 'the server answered HTTP 503', at: '2026-11-24T10:00:00.000Z' },
      },
    ]);
    await noteBioFetch(db, bsky, null, clock);
    const [health] = await readHealth(db, bsky);
    expect(health).toMatchObject({ status: 'ok', lastCheckedAt: '2026-11-24T10:01:00.000Z' });
    expect(health?.bioFetchFailure).toBeUndefined();
  });

  it('a success writes nothing for a site with no failure noted', async () => {
    await noteBioFetch(db, bsky, null, clock);
    expect(await readHealth(db)).toEqual([]);
  });
});
