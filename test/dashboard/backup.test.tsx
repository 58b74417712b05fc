// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Backup } from '../../src/dashboard/Backup';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type Msg = { type: string; json?: string };
const PLAN = {
  annotations: { add: 12, change: 3 },
  authors: { add: 0, change: 0 },
  targetLists: { add: 1, change: 0 },
  aeCases: { add: 2, change: 1 },
  settingsChange: true,
};

function setup(preview: (json: string) => unknown) {
  const sent: Msg[] = [];
  const sendMessage = vi.fn(async (raw: unknown) => {
    const m = raw as Msg;
    sent.push(m);
    if (m.type === 'backup/preview') {
      try {
        return { ok: true, data: preview(m.json!) };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }
    if (m.type === 'backup/restore') return { ok: true, data: PLAN };
    return { ok: false, error: 'unexpected' };
  });
  render(<Backup runtime={{ sendMessage }} />);
  return sent;
}

const choose = (text: string) =>
  fireEvent.change(screen.getByLabelText('Restore from a backup file'), {
    target: { files: [new File([text], 'backup.json', { type: 'application/json' })] },
  });

describe('Backup', () => {
  it('shows what a restore will add and change before anything is restored', async () => {
    const sent = setup(() => PLAN);
    choose('{"format":"hcp-lens-backup"}');
    await screen.findByText('Annotations: 12 to add, 3 to change');
    expect(screen.getByText('Target lists: 1 to add')).toBeTruthy();
    expect(screen.getByText('AE cases and their audit trails: 2 to add, 1 to change')).toBeTruthy();
    expect(screen.getByText('Settings: to change')).toBeTruthy();
    expect(screen.queryByText(/Authors remembered/)).toBeNull();
    expect(sent.some((m) => m.type === 'backup/restore')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('Backup restored.');
    expect(sent.find((m) => m.type === 'backup/restore')?.json).toBe(
      '{"format":"hcp-lens-backup"}',
    );
  });

  it('shows why a file is refused, and offers no restore', async () => {
    setup(() => {
      throw new Error('This file is not an HCP Lens backup. Nothing was changed.');
    });
    choose('{"rows":[]}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is not an HCP Lens backup. Nothing was changed.',
    );
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
  });
});
