import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptKeepAwake } from '../../src/background/keep-awake';
import { KEEP_AWAKE_MS, KEEP_AWAKE_PORT, keepBackgroundAwake } from '../../src/shared/keep-awake';

afterEach(() => vi.useRealTimers());

function port(name: string, url?: string) {
  return {
    name,
    sender: url === undefined ? undefined : { url },
    onMessage: { addListener: vi.fn() },
    disconnect: vi.fn(),
    postMessage: vi.fn(),
  };
}

describe('keeping the background awake while the dashboard is open', () => {
  it('says it is still there more often than the browser stops an idle worker, until closed', () => {
    vi.useFakeTimers();
    const p = port(KEEP_AWAKE_PORT);
    const connect = vi.fn(() => p);
    const stop = keepBackgroundAwake({ connect });
    expect(connect).toHaveBeenCalledWith({ name: KEEP_AWAKE_PORT });
    expect(KEEP_AWAKE_MS).toBeLessThan(30_000);
    vi.advanceTimersByTime(95_000);
    expect(p.postMessage).toHaveBeenCalledTimes(Math.floor(95_000 / KEEP_AWAKE_MS));
    stop();
    vi.advanceTimersByTime(60_000);
    expect(p.postMessage).toHaveBeenCalledTimes(Math.floor(95_000 / KEEP_AWAKE_MS));
    expect(p.disconnect).toHaveBeenCalled();
  });

  it('holds the port of its own page and refuses other names and other origins', () => {
    const own = 'chrome-extension://abc/';
    const dashboard = port(KEEP_AWAKE_PORT, `${own}src/dashboard/index.html`);
    acceptKeepAwake(dashboard, own);
    expect(dashboard.disconnect).not.toHaveBeenCalled();
    expect(dashboard.onMessage.addListener).toHaveBeenCalled();
    for (const stranger of [
      port('other', `${own}src/dashboard/index.html`),
      port(KEEP_AWAKE_PORT, 'https://www.linkedin.com/feed/'),
      port(KEEP_AWAKE_PORT),
    ]) {
      acceptKeepAwake(stranger, own);
      expect(stranger.disconnect).toHaveBeenCalled();
    }
  });
});
