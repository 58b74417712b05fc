// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteHealth } from '../../src/db/health';
import { Popup, type PopupRuntime } from '../../src/popup/Popup';
import { SiteHealthNotice, timeAgo } from '../../src/popup/SiteHealth';

afterEach(cleanup);

const NOW = Date.parse('2026-11-24T10:00:00Z');

function runtime(sites: SiteHealth[] | (() => SiteHealth[])) {
  const sent: { type: string }[] = [];
  const rt: PopupRuntime = {
    sendMessage: vi.fn(async (m: unknown) => {
      const message = m as { type: string };
      sent.push(message);
      if (message.type === 'health/get')
        return { ok: true, data: { sites: typeof sites === 'function' ? sites() : sites } };
      return { ok: false, error: 'not in this test' };
    }),
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
  return { rt, sent };
}

const health = (fields: Partial<SiteHealth>): SiteHealth => ({
  platform: 'linkedin',
  host: 'www.linkedin.com',
  status: 'ok',
  lastMatchedAt: '2026-11-24T09:58:00.000Z',
  lastCheckedAt: '2026-11-24T09:59:00.000Z',
  refusedPosts: 0,
  refusedAt: null,
  ...fields,
});

const notice = (rt: PopupRuntime) => (
  <SiteHealthNotice runtime={rt} platform="linkedin" host="www.linkedin.com" now={() => NOW} />
);

describe('site health in the popup', () => {
  it('says when authors’ bios could not be fetched, also while detection works', async () => {
    const failure = { at: '2026-11-24T09:55:00.000Z', reason: 'the server answered HTTP 503' };
    const { rt } = runtime([
      health({ platform: 'bluesky', host: 'bsky.app', bioFetchFailure: failure }),
    ]);
    render(<SiteHealthNotice runtime={rt} platform="bluesky" host="bsky.app" now={() => NOW} />);
    expect((await screen.findByTestId('health-bios')).textContent).toBe(
      'Authors’ bios could not be fetched from Bluesky’s public profiles (the server answered HTTP 503, 5 min ago); their posts are judged on name and text alone.',
    );
    expect(screen.getByTestId('health').textContent).toMatch(/^Posts detected/);
  });

  it('names the Mastodon instance whose profiles could not be read, and is silent once they can', async () => {
    let failure: SiteHealth['bioFetchFailure'] = { at: new Date(NOW).toISOString(), reason: 'x' };
    const { rt } = runtime(() => [
      health({ platform: 'mastodon', host: 'med-mastodon.com', bioFetchFailure: failure }),
    ]);
    render(
      <SiteHealthNotice runtime={rt} platform="mastodon" host="med-mastodon.com" now={() => NOW} />,
    );
    expect((await screen.findByTestId('health-bios')).textContent).toMatch(
      /from med-mastodon.com’s public profiles \(x, just now\)/,
    );
    failure = undefined;
    await waitFor(() => expect(screen.queryByTestId('health-bios')).toBeNull(), { timeout: 4000 });
  });

  it('warns, as an alert, when detection is degraded, with when it last worked', async () => {
    const { rt, sent } = runtime([health({ status: 'degraded' })]);
    render(notice(rt));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'HCP Lens can’t find posts on this page. LinkedIn may have changed its layout; detection is degraded. Last worked: 2 min ago.',
    );
    expect(sent[0]).toEqual({ type: 'health/get', platform: 'linkedin', host: 'www.linkedin.com' });
  });

  it('says "never" when posts were never found on the site', async () => {
    const { rt } = runtime([health({ status: 'degraded', lastMatchedAt: null })]);
    render(notice(rt));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Last worked: never\.$/);
  });

  it('says when a page of the site reported too many new posts in the last hour', async () => {
    const { rt } = runtime([health({ refusedPosts: 9700, refusedAt: '2026-11-24T09:30:00.000Z' })]);
    render(notice(rt));
    expect((await screen.findByTestId('health-refused')).textContent).toBe(
      'A page of this site reported more new posts than anyone reads (over 300 a minute): 9,700 posts not kept.',
    );
  });

  it('shows a muted line when posts are detected', async () => {
    const { rt } = runtime([health({})]);
    render(notice(rt));
    await waitFor(() =>
      expect(screen.getByTestId('health').textContent).toBe(
        'Posts detected · last match 2 min ago',
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('health').className).toContain('muted');
  });

  it('shows nothing before the site has reported', async () => {
    const { rt, sent } = runtime([]);
    render(notice(rt));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(screen.queryByTestId('health')).toBeNull();
  });

  it('picks up a report made while the popup is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let sites: SiteHealth[] = [];
    const { rt } = runtime(() => sites);
    render(notice(rt));
    sites = [health({ status: 'degraded' })];
    await vi.advanceTimersByTimeAsync(3500);
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    vi.useRealTimers();
  });

  it('is part of the popup on a supported site, not elsewhere', async () => {
    const { rt } = runtime([health({ status: 'degraded' })]);
    render(<Popup runtime={rt} site={{ platform: 'linkedin', host: 'www.linkedin.com' }} />);
    await waitFor(() =>
      expect(
        screen.getAllByRole('alert').some((a) => /detection is degraded/.test(a.textContent ?? '')),
      ).toBe(true),
    );
    cleanup();
    const other = runtime([health({ status: 'degraded' })]);
    render(<Popup runtime={other.rt} />);
    await waitFor(() => expect(other.sent.length).toBeGreaterThan(0));
    expect(other.sent.some((m) => m.type === 'health/get')).toBe(false);
  });

  it('formats times ago', () => {
    expect(timeAgo('2026-11-24T09:59:40.000Z', NOW)).toBe('just now');
    expect(timeAgo('2026-11-24T07:00:00.000Z', NOW)).toBe('3 h ago');
    expect(timeAgo('2026-11-23T10:00:00.000Z', NOW)).toBe('1 day ago');
    expect(timeAgo('2026-11-20T10:00:00.000Z', NOW)).toBe('4 days ago');
  });
});
