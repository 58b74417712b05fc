// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionSummary } from '../../src/db/records';
import { Popup, type PopupRuntime } from '../../src/popup/Popup';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';

beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(() => {
  cleanup();
  setMessageSource(catalogueApi('en'));
});

const byCategory = (creating: number) => ({
  collaborating: 0,
  communicating: 0,
  connecting: 0,
  creating,
  catalyzing: 0,
  none: 0,
});

const summary: SessionSummary = {
  sessionId: 7,
  startedAt: '2026-11-24T12:00:00.000Z',
  durationMs: 83 * 60_000,
  postsSeen: 1240,
  hcpPostsSeen: 317,
  postsTagged: 5,
  taggedByCategory: byCategory(5),
  confirmedByCategory: byCategory(4),
  suggestedByCategory: byCategory(1),
};

function runtime(): PopupRuntime {
  const replies: Record<string, unknown> = {
    'session/summary': summary,
    'ae/count': { open: 3, overdue: 1 },
    'export/csv': { filename: 'hcp-lens-session.csv', csv: '\ufeffpost_key', rows: 5 },
  };
  return {
    sendMessage: vi.fn(async (m: unknown) => {
      const type = (m as { type: string }).type;
      return type in replies ? { ok: true, data: replies[type] } : { ok: false, error: 'no' };
    }),
    onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
  };
}

describe('the popup in German', () => {
  it('shows the session with German words, numbers and dates', async () => {
    render(<Popup runtime={runtime()} />);
    // German digit grouping: a full stop, not a comma.
    await waitFor(() => expect(screen.getByTestId('posts-seen').textContent).toBe('1.240'));
    expect(screen.getByTestId('posts-seen').parentElement!.textContent).toBe(
      '1.240Beiträge gesehen',
    );
    const duration = screen.getByTestId('duration');
    expect(duration.textContent).toBe('Sitzung: 1 Std. 23 Min.');
    // Day.month.year, whatever the machine's time zone.
    expect(duration.title).toMatch(/^Begonnen am 2[45]\.11\.2026, \d\d:\d\d$/);
    expect(
      screen.getByRole('list', { name: 'Markierte Beiträge je Kategorie' }).textContent,
    ).toContain('Gestalten');
    expect(screen.getByTestId('ae-count').textContent).toBe(
      '⚑ 3 mögliche unerwünschte Ereignisse an die PV weiterzuleiten (1 überfällig): siehe Dashboard.',
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'CSV exportieren' }));
    await screen.findByText('5 markierte Beiträge exportiert.');
    expect(screen.getByRole('button', { name: 'Neue Sitzung' })).toBeTruthy();
  });
});
