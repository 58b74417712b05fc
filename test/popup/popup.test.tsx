// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionSummary } from '../../src/db/records';
import { Popup, type PopupRuntime } from '../../src/popup/Popup';

afterEach(cleanup);

const summary: SessionSummary = {
  sessionId: 7,
  startedAt: '2026-11-24T09:00:00.000Z',
  durationMs: 83 * 60_000,
  postsSeen: 42,
  hcpPostsSeen: 17,
  postsTagged: 5,
  taggedByCategory: {
    collaborating: 2,
    communicating: 0,
    connecting: 1,
    creating: 2,
    catalyzing: 0,
    none: 0,
  },
  // Of the two Creating posts, one was confirmed and one carries only the suggestion.
  confirmedByCategory: {
    collaborating: 2,
    communicating: 0,
    connecting: 1,
    creating: 1,
    catalyzing: 0,
    none: 0,
  },
  suggestedByCategory: {
    collaborating: 0,
    communicating: 0,
    connecting: 0,
    creating: 1,
    catalyzing: 0,
    none: 0,
  },
};

function fakeRuntime(
  reply: (m: { type: string }) => unknown,
): PopupRuntime & { listeners: ((m: unknown) => void)[] } {
  const listeners: ((m: unknown) => void)[] = [];
  return {
    listeners,
    sendMessage: vi.fn(async (m: unknown) => reply(m as { type: string })),
    onMessage: { addListener: (cb) => listeners.push(cb), removeListener: vi.fn() },
  };
}

describe('popup', () => {
  it('shows the session: duration, posts seen, HCP posts, tagged, and tagged per category', async () => {
    render(<Popup runtime={fakeRuntime(() => ({ ok: true, data: summary }))} />);
    await waitFor(() => expect(screen.getByTestId('posts-seen').textContent).toBe('42'));
    expect(screen.getByTestId('hcp-seen').textContent).toBe('17');
    expect(screen.getByTestId('tagged').textContent).toBe('5');
    expect(screen.getByTestId('duration').textContent).toBe('Session: 1 h 23 min');
    const bars = screen.getByRole('list', { name: 'Tagged posts per category' });
    expect(bars.querySelector('[data-category="creating"] .bar-value')?.textContent).toBe('1');
  });

  it('counts confirmed categories apart from suggestions nobody confirmed', async () => {
    render(<Popup runtime={fakeRuntime(() => ({ ok: true, data: summary }))} />);
    await waitFor(() => expect(screen.getByTestId('tagged').textContent).toBe('5'));
    const row = (c: string) =>
      screen
        .getByRole('list', { name: 'Tagged posts per category' })
        .querySelector(`[data-category="${c}"]`)!;
    expect(row('creating').querySelector('.bar-value')?.textContent).toBe('1');
    expect(row('creating').querySelector('.bar-suggested')?.textContent).toBe('+1 suggested');
    expect(row('collaborating').querySelector('.bar-suggested')?.textContent).toBe('');
  });

  it('refreshes when a post is tagged in any tab', async () => {
    let tagged = 5;
    const runtime = fakeRuntime(() => ({ ok: true, data: { ...summary, postsTagged: tagged } }));
    render(<Popup runtime={runtime} />);
    await waitFor(() => expect(screen.getByTestId('tagged').textContent).toBe('5'));
    tagged = 6;
    for (const l of runtime.listeners)
      l({ type: 'annotation/changed', key: 'linkedin:1', view: {} });
    await waitFor(() => expect(screen.getByTestId('tagged').textContent).toBe('6'));
  });

  it('shows the background’s error instead of empty numbers', async () => {
    render(<Popup runtime={fakeRuntime(() => ({ ok: false, error: 'Storage is full' }))} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Storage is full'));
  });

  it('asks again every few seconds while the session cannot be read, and clears the notice', async () => {
    vi.useFakeTimers();
    try {
      let reply: unknown = { ok: false, error: 'Database upgrade is waiting' };
      render(<Popup runtime={fakeRuntime(() => reply)} />);
      await vi.advanceTimersByTimeAsync(100);
      expect(screen.getByRole('alert').textContent).toBe('Database upgrade is waiting');
      reply = { ok: true, data: summary };
      await vi.advanceTimersByTimeAsync(3000);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByTestId('posts-seen').textContent).toBe('42');
    } finally {
      vi.useRealTimers();
    }
  });

  it('exports the session as a CSV download', async () => {
    const runtime = fakeRuntime((m) =>
      m.type === 'export/csv'
        ? { ok: true, data: { filename: 'hcp-lens-session.csv', csv: '\ufeffpost_key', rows: 5 } }
        : { ok: true, data: summary },
    );
    const clicked = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(<Popup runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Exported 5 tagged posts.'),
    );
    expect(clicked).toHaveBeenCalledOnce();
  });
});
