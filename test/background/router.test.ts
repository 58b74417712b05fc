import { describe, expect, it, vi } from 'vitest';
import { createRouter, MAX_MESSAGE_BYTES, type Handlers } from '../../src/background/router';
import { snapshot } from '../helpers/posts';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentSender = { id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } };
const popupSender = { id: ID, url: `${ORIGIN}src/popup/index.html` };

function setup() {
  const handlers = {
    'posts/seen': vi.fn(async () => ({ views: [] })),
    'annotation/set': vi.fn(async () => {
      throw new Error('disk full');
    }),
    'session/summary': vi.fn(async () => ({ sessionId: 1 })),
    'session/new': vi.fn(),
    'export/csv': vi.fn(async () => ({ filename: 'x.csv', csv: '', rows: 0 })),
    'annotations/list': vi.fn(),
  } as unknown as Handlers;
  const log = vi.fn();
  return {
    handlers,
    log,
    route: createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN, log }),
  };
}

describe('background message router', () => {
  it('passes a valid content message to its handler', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'posts/seen', posts: [snapshot('1')] }, contentSender);
    expect(reply).toEqual({ ok: true, data: { views: [] } });
    expect(handlers['posts/seen']).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown type', { type: 'db/drop' }],
    ['an extra field', { type: 'posts/seen', posts: [snapshot('1')], admin: true }],
    ['a wrong type', { type: 'posts/seen', posts: 'all' }],
    [
      'a bad post key',
      { type: 'posts/seen', posts: [snapshot('1', { key: 'javascript:alert(1)' })] },
    ],
    ['not an object', 'hello'],
    ['null', null],
  ])('refuses %s with a clear error and never calls a handler', async (_, message) => {
    const { route, handlers, log } = setup();
    const reply = await route(message, contentSender);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/malformed or unknown/),
    });
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses messages from other extensions and logs each reason once', async () => {
    const { route, log } = setup();
    const other = { ...contentSender, id: 'someotherextension' };
    await route({ type: 'session/summary' }, other);
    const reply = await route({ type: 'session/summary' }, other);
    expect(reply).toEqual({ ok: false, error: 'sender is not this extension' });
    expect(log).toHaveBeenCalledOnce();
  });

  it('accepts reads and exports only from the extension’s own pages', async () => {
    const { route, handlers } = setup();
    expect(await route({ type: 'export/csv', scope: 'all' }, contentSender)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only accepted from the extension's own pages/),
    });
    expect(handlers['export/csv']).not.toHaveBeenCalled();
    expect(await route({ type: 'export/csv', scope: 'all' }, popupSender)).toMatchObject({
      ok: true,
    });
  });

  it('refuses an oversized payload', async () => {
    const { route } = setup();
    const huge = Array.from({ length: 100 }, (_, i) =>
      snapshot(String(i), { text: 'x'.repeat(20_000), authorHeadline: 'y'.repeat(2000) }),
    );
    (huge[0] as { authorHeadline: string }).authorHeadline = 'z'.repeat(MAX_MESSAGE_BYTES);
    expect(await route({ type: 'posts/seen', posts: huge }, contentSender)).toEqual({
      ok: false,
      error: 'message is too large',
    });
  });

  it('turns a handler failure into a readable error', async () => {
    const { route } = setup();
    const reply = await route(
      { type: 'annotation/set', key: 'linkedin:1', patch: { flagged: true } },
      contentSender,
    );
    expect(reply).toEqual({ ok: false, error: 'disk full' });
  });

  it('answers with storage’s reason, without running the handler, while storage cannot be used', async () => {
    const { handlers } = setup();
    const route = createRouter(handlers, {
      extensionId: ID,
      extensionOrigin: ORIGIN,
      ready: () => Promise.reject(new Error('Database upgrade is waiting')),
    });
    const reply = await route({ type: 'posts/seen', posts: [snapshot('1')] }, contentSender);
    expect(reply).toEqual({ ok: false, error: 'Database upgrade is waiting' });
    expect(handlers['posts/seen']).not.toHaveBeenCalled();
  });
});
