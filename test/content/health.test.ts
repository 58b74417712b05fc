// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEGRADED_AFTER_MS,
  HealthProbe,
  looksLikeFeed,
  type HealthReport,
} from '../../src/content/health';

const items = (n: number) => '<article>post</article>'.repeat(n);

let reports: HealthReport[];
let containers: number;
let probe: HealthProbe;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  history.replaceState(null, '', '/feed/');
  document.body.innerHTML = `<main>${items(5)}</main>`;
  reports = [];
  containers = 0;
  probe = new HealthProbe(
    'linkedin',
    () => containers,
    (r) => reports.push(r),
  );
  probe.start();
});

afterEach(() => {
  probe.stop();
  vi.useRealTimers();
});

describe('health probe', () => {
  it('reports degraded after 10 s of a feed-like page where no post is found', () => {
    vi.advanceTimersByTime(DEGRADED_AFTER_MS - 1);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual([
      {
        type: 'health/report',
        platform: 'linkedin',
        host: location.host,
        status: 'degraded',
        at: '2026-11-24T10:00:10.000Z',
      },
    ]);
    // Reported once, not every 10 s.
    vi.advanceTimersByTime(60_000);
    expect(reports).toHaveLength(1);
  });

  it('stays silent on a page that does not look like a feed', () => {
    document.body.innerHTML = '<main><h1>Settings</h1><p>Short page</p></main>';
    vi.advanceTimersByTime(30_000);
    expect(reports).toEqual([]);
  });

  it('stays silent on pages that list people or jobs, not posts', () => {
    history.replaceState(null, '', '/mynetwork/grow/');
    probe.navigated();
    vi.advanceTimersByTime(30_000);
    expect(reports).toEqual([]);
  });

  it('stays silent when the adapter finds containers, even off screen', () => {
    containers = 2;
    vi.advanceTimersByTime(30_000);
    expect(reports).toEqual([]);
  });

  it('reports ok with the time of the match as soon as posts are read, then at most once a minute', () => {
    vi.advanceTimersByTime(2000);
    probe.seen(3);
    expect(reports).toEqual([
      expect.objectContaining({
        status: 'ok',
        at: '2026-11-24T10:00:02.000Z',
        lastMatchedAt: '2026-11-24T10:00:02.000Z',
      }),
    ]);
    vi.advanceTimersByTime(30_000);
    probe.seen(4);
    expect(reports).toHaveLength(1);
    vi.advanceTimersByTime(30_000);
    probe.seen(5);
    expect(reports).toHaveLength(2);
    expect(reports[1]!.lastMatchedAt).toBe('2026-11-24T10:01:02.000Z');
    // Never degraded while posts are found.
    expect(reports.every((r) => r.status === 'ok')).toBe(true);
  });

  it('restarts the 10 s clock on SPA navigation', () => {
    probe.seen(3);
    vi.advanceTimersByTime(5000);
    probe.seen(0);
    history.pushState(null, '', '/feed/other/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(DEGRADED_AFTER_MS - 1);
    expect(reports.map((r) => r.status)).toEqual(['ok']);
    vi.advanceTimersByTime(1);
    expect(reports.map((r) => r.status)).toEqual(['ok', 'degraded']);
  });

  it('notices a pushState navigation the events missed, and reports ok again at once', () => {
    vi.advanceTimersByTime(8000);
    history.pushState(null, '', '/feed/?page=2');
    probe.seen(0);
    vi.advanceTimersByTime(8000);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(2000);
    expect(reports.map((r) => r.status)).toEqual(['degraded']);
    // Posts back: the change of status is not held back by the once-a-minute limit.
    probe.seen(2);
    expect(reports.map((r) => r.status)).toEqual(['degraded', 'ok']);
  });

  it('stops its clock on stop', () => {
    probe.stop();
    vi.advanceTimersByTime(30_000);
    expect(reports).toEqual([]);
  });
});

describe('looksLikeFeed', () => {
  it('counts article and list items', () => {
    document.body.innerHTML = `<main>${items(2)}</main>`;
    expect(looksLikeFeed(document)).toBe(false);
    document.body.innerHTML = `<ul>${'<li role="listitem">x</li>'.repeat(3)}</ul>`;
    expect(looksLikeFeed(document)).toBe(true);
  });

  it('accepts a tall page with many links and long text', () => {
    const links = '<a href="/x">link</a>'.repeat(25);
    const text = `<p>${'Lorem ipsum dolor sit amet. '.repeat(100)}</p>`;
    document.body.innerHTML = `<div>${links}${text}</div>`;
    const tall = { innerHeight: 800 } as Window;
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(5000);
    expect(looksLikeFeed(document, tall)).toBe(true);
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(1000);
    expect(looksLikeFeed(document, tall)).toBe(false);
    vi.restoreAllMocks();
  });
});
