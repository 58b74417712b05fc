// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_OFF, type SyncState } from '../../src/messages/protocol';
import { SyncNotice } from '../../src/popup/SyncNotice';

afterEach(cleanup);

const NOW = Date.parse('2026-12-05T10:00:00Z');
const OFF = SYNC_OFF;
const ON: SyncState = {
  ...OFF,
  server: { url: 'https://couch.example.org/medical-affairs', user: 'ana' },
  lastSyncAt: '2026-12-05T09:55:00.000Z',
};

function show(state: SyncState) {
  const sendMessage = vi.fn(async () => ({ ok: true, data: state }));
  return render(<SyncNotice runtime={{ sendMessage }} now={() => NOW} />);
}

describe('team sync in the popup', () => {
  it('says nothing while team sync is off', async () => {
    const { container } = show(OFF);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });

  it('says when it last synced, and what waits', async () => {
    show({ ...ON, pending: 2 });
    expect((await screen.findByTestId('sync')).textContent).toBe(
      'Team sync · last synced 5 min ago · 2 changes waiting',
    );
  });

  it('warns when the last sync failed, with the reason', async () => {
    show({ ...ON, error: 'The sync server couch.example.org could not be reached (timed out).' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Team sync: The sync server couch.example.org could not be reached (timed out).',
    );
  });
});
