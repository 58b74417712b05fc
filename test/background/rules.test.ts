import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { REMEMBERED_LABEL } from '../../src/background/remembered';
import { createRouter, type Handlers } from '../../src/background/router';
import { createRulesRelay, type TabsApi } from '../../src/background/rules-handlers';
import type { ClassifyInput } from '../../src/classify/types';
import { LensDb } from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const RULES = { container: '[data-dox-post]' };
const REPLY = { containers: 3, posts: 3, sample: [], tabUrl: 'https://www.doximity.com/newsfeed' };

let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`rules-${++n}`);
});
afterEach(() => db.delete());

/** The background's router with a relay that answers every rule test with REPLY. */
function backgroundWithRelay(ready?: () => Promise<void>) {
  const testRules = vi.fn(async () => REPLY);
  const handlers = createHandlers({
    db,
    now: () => new Date(),
    classify: () => verdict(),
    broadcast: () => undefined,
    testRules,
  });
  const route = createRouter(handlers as Handlers, {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    log: () => undefined,
    ready,
  });
  return { testRules, route };
}

function fakeTabs(tabs: Awaited<ReturnType<TabsApi['query']>>, answers: Record<number, unknown>) {
  return {
    query: vi.fn(async () => tabs),
    sendMessage: vi.fn(async (id: number) => {
      if (!(id in answers)) throw new Error('Could not establish connection.');
      return answers[id];
    }),
  };
}

describe('rules test relay', () => {
  it('asks the active tab of that site first, skipping other sites and silent tabs', async () => {
    const tabs = fakeTabs(
      [
        { id: 1, url: 'https://x.com/home', active: true },
        { id: 2, url: 'https://www.doximity.com/newsfeed', lastAccessed: 50 },
        { id: 3, url: 'https://www.doximity.com/newsfeed', active: true },
        { id: 4, url: 'https://www.doximity.com/colleagues', lastAccessed: 90 },
        { id: 5 },
      ],
      { 2: REPLY, 4: { nonsense: true } },
    );
    const reply = await createRulesRelay(tabs)('doximity', RULES);
    expect(reply).toEqual(REPLY);
    expect(tabs.sendMessage.mock.calls.map((c) => c[0])).toEqual([3, 4, 2]);
    expect(tabs.sendMessage).toHaveBeenCalledWith(3, {
      type: 'rules/test',
      platform: 'doximity',
      rules: RULES,
    });
  });

  it('says what to do when no tab of that site is open, or none answers', async () => {
    await expect(createRulesRelay(fakeTabs([], {}))('doximity', RULES)).rejects.toThrow(
      'Open a Doximity page in a tab first',
    );
    const silent = fakeTabs([{ id: 2, url: 'https://www.doximity.com/newsfeed' }], {});
    await expect(createRulesRelay(silent)('doximity', RULES)).rejects.toThrow('reload it');
  });

  it('is a page request: a content script may not send it, an invalid rule never reaches a tab', async () => {
    const { testRules, route } = backgroundWithRelay();
    const msg = { type: 'rules/test', platform: 'doximity', rules: RULES };
    const page = { id: ID, url: `${ORIGIN}src/dashboard/index.html` };
    expect(await route(msg, { id: ID, url: 'https://www.doximity.com/newsfeed' })).toMatchObject({
      ok: false,
    });
    expect(await route({ ...msg, rules: { container: 'div[' } }, page)).toMatchObject({
      ok: false,
    });
    expect(await route({ ...msg, platform: 'linkedin' }, page)).toMatchObject({ ok: false });
    expect(testRules).not.toHaveBeenCalled();
    expect(await route(msg, page)).toEqual({ ok: true, data: REPLY });
    expect(testRules).toHaveBeenCalledWith('doximity', RULES);
  });

  it('is answered while the database waits for an upgrade: it never touches storage', async () => {
    const { route } = backgroundWithRelay(() =>
      Promise.reject(new Error('Database upgrade is waiting')),
    );
    const page = { id: ID, url: `${ORIGIN}src/dashboard/index.html` };
    const msg = { type: 'rules/test', platform: 'doximity', rules: RULES };
    expect(await route(msg, page)).toEqual({ ok: true, data: REPLY });
    // Everything that needs storage still says why it cannot be answered.
    expect(await route({ type: 'session/summary' }, page)).toEqual({
      ok: false,
      error: 'Database upgrade is waiting',
    });
  });
});

describe('site mode carries the site’s rules', () => {
  it('answers with the saved override for that platform only', async () => {
    const handlers = createHandlers({
      db,
      now: () => new Date(),
      classify: () => verdict(),
      broadcast: () => undefined,
    });
    const sender = { id: ID, url: 'https://www.doximity.com/newsfeed' };
    expect(
      await handlers['site/mode']({ type: 'site/mode', platform: 'doximity' }, sender),
    ).toEqual({ panelMode: false });
    await handlers['settings/set'](
      { type: 'settings/set', patch: { ruleOverrides: { doximity: RULES } } },
      sender,
    );
    expect(
      await handlers['site/mode']({ type: 'site/mode', platform: 'doximity' }, sender),
    ).toEqual({
      panelMode: false,
      rules: RULES,
    });
    expect(await handlers['site/mode']({ type: 'site/mode', platform: 'x' }, sender)).toEqual({
      panelMode: false,
    });
  });
});

describe('remembered bios', () => {
  const sender = { id: ID, url: 'https://x.com/home' };
  const post = (id: string, headline: string) =>
    snapshot(id, {
      key: `x:${id}`,
      platform: 'x',
      url: `https://x.com/ana/status/${id}`,
      authorName: 'Ana Ruiz',
      authorHandle: 'anaruiz',
      authorHeadline: headline,
      authorProfileUrl: 'https://x.com/anaruiz',
    });
  // A classifier that sees the headline: cardiologists are HCPs, nobody else.
  const classify = (i: ClassifyInput) =>
    /cardiolog/i.test(i.authorHeadline)
      ? verdict({ isHcp: true })
      : verdict({ isHcp: false, specialty: '', signals: [] });

  it('labels a verdict that used a bio remembered from an earlier page, and only then', async () => {
    const handlers = createHandlers({
      db,
      now: () => new Date(),
      classify,
      broadcast: () => undefined,
    });
    const seen = async (headline: string, id: string) =>
      (await handlers['posts/seen']({ type: 'posts/seen', posts: [post(id, headline)] }, sender))
        .views[0]!.post.verdict;
    // Shown on the page: no label.
    const first = await seen('Cardiologist at Lakeside', '1');
    expect(first.signals.map((s) => s.label)).not.toContain(REMEMBERED_LABEL);
    // A later post without a bio: the remembered one decides, and says so.
    const later = await seen('', '2');
    expect(later.isHcp).toBe(true);
    expect(later.signals).toContainEqual({
      kind: 'hcp',
      label: REMEMBERED_LABEL,
      weight: 0,
      reason: { code: 'bioRemembered' },
    });
  });

  it('adds no label when the remembered bio changed nothing', async () => {
    const handlers = createHandlers({
      db,
      now: () => new Date(),
      classify,
      broadcast: () => undefined,
    });
    await handlers['posts/seen']({ type: 'posts/seen', posts: [post('1', 'Runner, dad')] }, sender);
    const { views } = await handlers['posts/seen'](
      { type: 'posts/seen', posts: [post('2', '')] },
      sender,
    );
    expect(views[0]!.post.verdict.signals).toEqual([]);
  });
});
