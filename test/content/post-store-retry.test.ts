import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../src/content/bridge';
import { PostStore } from '../../src/content/post-store';
import type { PostView } from '../../src/db/records';
import { postRecord, snapshot, verdict } from '../helpers/posts';

afterEach(() => vi.useRealTimers());

const FULL = 'Browser storage is full (QuotaExceededError): free some disk space on this computer';

describe('a post the background could not store', () => {
  it('is reported again on a timer, so a possible adverse event in it reaches the queue', async () => {
    vi.useFakeTimers();
    const flagged: PostView = {
      post: postRecord('1', { verdict: verdict({ ae: true }) }),
      annotation: null,
      ae: 'new',
    };
    const seen = vi
      .fn<Bridge['seen']>()
      .mockRejectedValueOnce(new Error(FULL))
      .mockRejectedValueOnce(new Error(FULL))
      .mockResolvedValue(flagged);
    const bridge = { seen, onStorageReady: vi.fn(), onAeChanged: vi.fn() } as unknown as Bridge;
    const store = new PostStore(bridge, () => undefined);
    store.report(snapshot('1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.propsFor('linkedin:1').error).toBe(`HCP Lens could not save this post: ${FULL}`);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toHaveBeenCalledTimes(2);
    // The pause grows: nothing more at 2 s, the third report at 4 s.
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toHaveBeenCalledTimes(3);
    const props = store.propsFor('linkedin:1');
    expect(props).toMatchObject({ error: null, ae: { state: 'new' } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(seen).toHaveBeenCalledTimes(3);
  });
});
