import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_DELAY_MS, Bridge } from '../../src/content/bridge';
import type { PostSnapshot } from '../../src/platforms/types';
import { postRecord, snapshot } from '../helpers/posts';

type Seen = { type: 'posts/seen'; posts: PostSnapshot[] };

/** A background that stores every post it is sent, or fails while `down` is set. */
function fakeRuntime() {
  const sent: Seen[] = [];
  const runtime = {
    down: false,
    sendMessage: vi.fn((message: unknown) => {
      const m = message as Seen;
      sent.push(m);
      if (runtime.down) return Promise.reject(new Error('Could not establish connection.'));
      const views = m.posts.map((p) => ({
        post: postRecord(p.key.slice('linkedin:'.length)),
        annotation: null,
      }));
      return Promise.resolve({ ok: true, data: { views } });
    }),
    onMessage: { addListener: () => {} },
  };
  return { runtime, sent };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('bridge: posts seen', () => {
  it('sends the posts of a fast scroll in one message, and answers each', async () => {
    const { runtime, sent } = fakeRuntime();
    const bridge = new Bridge(runtime, () => {});
    const answers = ['1', '2', '3'].map((id) => bridge.seen(snapshot(id)));
    // Within the batch window nothing has gone yet; once it ends, one message carries all three.
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS - 1);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.posts.map((p) => p.key)).toEqual(['linkedin:1', 'linkedin:2', 'linkedin:3']);
    const views = await Promise.all(answers);
    expect(views.map((v) => v.post.key)).toEqual(['linkedin:1', 'linkedin:2', 'linkedin:3']);
  });

  it('sends a post seen twice in one window once, and answers both callers', async () => {
    const { runtime, sent } = fakeRuntime();
    const bridge = new Bridge(runtime, () => {});
    const both = [bridge.seen(snapshot('7')), bridge.seen(snapshot('7'))];
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
    expect(sent[0]!.posts).toHaveLength(1);
    expect((await Promise.all(both)).map((v) => v.post.key)).toEqual(['linkedin:7', 'linkedin:7']);
  });

  it('splits a thousand posts into bounded messages and answers every one', async () => {
    const { runtime, sent } = fakeRuntime();
    const bridge = new Bridge(runtime, () => {});
    const answers = Array.from({ length: 1000 }, (_, i) => bridge.seen(snapshot(String(i))));
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS + 100);
    expect(sent.length).toBeGreaterThan(1);
    expect(Math.max(...sent.map((m) => m.posts.length))).toBeLessThanOrEqual(100);
    expect(sent.reduce((n, m) => n + m.posts.length, 0)).toBe(1000);
    expect(await Promise.all(answers)).toHaveLength(1000);
  });

  it('fails every post of a batch the background did not take, with its reason', async () => {
    const { runtime } = fakeRuntime();
    runtime.down = true;
    const bridge = new Bridge(runtime, () => {});
    const answers = [bridge.seen(snapshot('1')), bridge.seen(snapshot('2'))];
    const settled = Promise.allSettled(answers);
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
    for (const r of await settled) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason.message).toBe('Could not establish connection.');
    }
    // The next post seen once the background is back goes out and is answered.
    runtime.down = false;
    const next = bridge.seen(snapshot('3'));
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
    expect((await next).post.key).toBe('linkedin:3');
  });
});
