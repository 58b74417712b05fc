// @vitest-environment happy-dom
// The post watcher when the background fails: it cannot answer, or cannot store a change.
import { describe, expect, it, vi } from 'vitest';
import { describeFailure } from '../../src/background/failure';
import { Bridge } from '../../src/content/bridge';
import { PostWatcher } from '../../src/content/watcher';
import type { PostView } from '../../src/db/records';
import type { PostSnapshot } from '../../src/platforms/types';
import { postRecord } from '../helpers/posts';
import { adapter, fakeRuntime, NearObserver, settle, useWatcher } from './watcher-harness';
import { overlayRoot } from '../../src/content/overlay/mount';

const t = useWatcher();

type AnnotateMessage = { type: string; patch?: unknown; post?: PostSnapshot };

/**
 * Restarts the watcher (synthetic clicks allowed) on a background that answers `annotation/set`
 * with `answer`; every patch sent is recorded in `annotateCalls`.
 */
function restartWithAnnotations(answer: (m: AnnotateMessage) => unknown) {
  t.watcher.stop();
  const annotateCalls: unknown[] = [];
  const runtime = fakeRuntime(t.sent);
  const seen = runtime.sendMessage.getMockImplementation()!;
  runtime.sendMessage.mockImplementation(async (m: AnnotateMessage) => {
    if (m.type !== 'annotation/set') return seen(m);
    annotateCalls.push(m.patch);
    return answer(m);
  });
  t.watcher = new PostWatcher(adapter, new Bridge(runtime, () => undefined), window, false);
  t.watcher.start();
  return { runtime, annotateCalls };
}

/** The first post's bar: the pointer comes onto it (its controls open), then flags the post. */
async function flagFirstPost(): Promise<Element> {
  const host = document.querySelector('[data-hcp-lens-post="linkedin:1"]')!;
  overlayRoot(host)!.querySelector('.lens')!.dispatchEvent(new Event('pointerenter'));
  await vi.advanceTimersByTimeAsync(250);
  overlayRoot(host)!.querySelector<HTMLButtonElement>('button.flag')!.click();
  return host;
}

describe('post watcher, when the background fails', () => {
  it('keeps watching a post the background could not answer, and reports it again when it comes back', async () => {
    t.watcher.stop();
    const runtime = fakeRuntime(t.sent);
    runtime.sendMessage.mockImplementation(async (m: { type: string }) => {
      t.sent.push(m);
      return { ok: false, error: 'QuotaExceededError: the disk is full' };
    });
    t.watcher = new PostWatcher(adapter, new Bridge(runtime, () => undefined));
    t.watcher.start();
    await settle();
    const [observer] = [...NearObserver.all].slice(-1);
    const first = document.querySelector('article')!;
    observer!.leave(first);
    expect(observer!.observed.has(first)).toBe(true);
    const reports = () =>
      t.sent.flatMap((m) => m.posts ?? []).filter((p) => p.key === 'linkedin:1');
    const before = reports().length;
    observer!.enter(first);
    await settle();
    expect(reports().length).toBe(before + 1);
  });

  it('keeps a change the background could not store, shows why, and saves it on retry', async () => {
    // What the background answers when the disk is full.
    const diskFull = describeFailure(new DOMException('Quota exceeded.', 'QuotaExceededError'));
    let failures = 2;
    const { annotateCalls } = restartWithAnnotations((m) => {
      if (failures-- > 0) return { ok: false, error: diskFull };
      const view: PostView = {
        post: { ...postRecord('x'), ...m.post! },
        annotation: {
          key: m.post!.key,
          category: null,
          tags: [],
          flagged: true,
          note: '',
          collections: [],
          annotatedAt: '',
          sessionId: 1,
        },
      };
      return { ok: true, data: { view } };
    });
    await settle();
    const host = await flagFirstPost();
    const flag = () => overlayRoot(host)!.querySelector<HTMLButtonElement>('button.flag')!;
    await vi.advanceTimersByTimeAsync(20);
    // Shown as flagged in the next frame, with the reason it is not stored yet.
    expect(flag().getAttribute('aria-pressed')).toBe('true');
    expect(overlayRoot(host)!.querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved yet. Browser storage is full (QuotaExceededError): free some disk space on ' +
        'this computer. Retrying…',
    );
    await vi.advanceTimersByTimeAsync(5000);
    expect(annotateCalls).toEqual([{ flagged: true }, { flagged: true }, { flagged: true }]);
    expect(overlayRoot(host)!.querySelector('[role="alert"]')).toBeNull();
    expect(flag().getAttribute('aria-pressed')).toBe('true');
  });

  it('saves a held change as soon as the background says storage is back, not at the next retry', async () => {
    let blocked = true;
    const { runtime, annotateCalls } = restartWithAnnotations((m) => {
      if (blocked) return { ok: false, error: 'Database upgrade is waiting' };
      const view: PostView = { post: { ...postRecord('x'), ...m.post! }, annotation: null };
      return { ok: true, data: { view } };
    });
    await settle();
    const host = await flagFirstPost();
    // Refused twice: the next retry is 2 s away.
    await vi.advanceTimersByTimeAsync(1100);
    expect(annotateCalls).toHaveLength(2);
    blocked = false;
    const deliver = runtime.onMessage.addListener.mock.calls[0]![0] as (m: unknown) => void;
    deliver({ type: 'storage/ready' });
    await vi.advanceTimersByTimeAsync(10);
    expect(annotateCalls).toHaveLength(3);
    expect(overlayRoot(host)!.querySelector('[role="alert"]')).toBeNull();
    // The retry that was due finds nothing left to save.
    await vi.advanceTimersByTimeAsync(5000);
    expect(annotateCalls).toHaveLength(3);
  });
  it('writes a reason that ends its own sentence without a doubled full stop', async () => {
    restartWithAnnotations(() => ({ ok: false, error: 'HCP Lens background did not answer.' }));
    await settle();
    const host = await flagFirstPost();
    await vi.advanceTimersByTimeAsync(20);
    expect(overlayRoot(host)!.querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved yet. HCP Lens background did not answer. Retrying…',
    );
  });
});
