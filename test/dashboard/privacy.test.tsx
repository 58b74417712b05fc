// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivacySettings } from '../../src/dashboard/PrivacySettings';

afterEach(cleanup);

describe('privacy settings', () => {
  it('shows the stored choice and saves a new one', async () => {
    let stored = { textRetention: 'full', panelModeSites: [], retentionDays: 30 };
    const sendMessage = vi.fn(async (m: { type: string; patch?: object }) => {
      if (m.type === 'settings/set') stored = { ...stored, ...m.patch };
      return { ok: true, data: stored };
    });
    render(<PrivacySettings runtime={{ sendMessage, onMessage: { addListener: vi.fn() } }} />);
    const snippet = await screen.findByRole('radio', { name: /A snippet/ });
    expect(
      (screen.getByRole('radio', { name: /The whole post/ }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(snippet);
    await waitFor(() => expect(stored.textRetention).toBe('snippet'));
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'settings/set',
      patch: { textRetention: 'snippet' },
    });
  });

  it('turns fetching authors’ bios off and on, and says what is sent', async () => {
    let stored = { textRetention: 'full', panelModeSites: [], fetchBios: true, retentionDays: 30 };
    const sendMessage = vi.fn(async (m: { type: string; patch?: object }) => {
      if (m.type === 'settings/set') stored = { ...stored, ...m.patch };
      return { ok: true, data: stored };
    });
    render(<PrivacySettings runtime={{ sendMessage, onMessage: { addListener: vi.fn() } }} />);
    const box = (await screen.findByRole('checkbox', {
      name: /Fetch the public bio of authors whose posts show none/,
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText(/only the author’s handle is sent/)).toBeTruthy();
    fireEvent.click(box);
    await waitFor(() => expect(stored.fetchBios).toBe(false));
    expect(sendMessage).toHaveBeenCalledWith({ type: 'settings/set', patch: { fetchBios: false } });
    await waitFor(() => expect(box.checked).toBe(false));
    fireEvent.click(box);
    await waitFor(() => expect(stored.fetchBios).toBe(true));
  });

  it('saves the retention period chosen', async () => {
    let stored = { textRetention: 'full', panelModeSites: [], retentionDays: 30 };
    const sendMessage = vi.fn(async (m: { type: string; patch?: object }) => {
      if (m.type === 'settings/set') stored = { ...stored, ...m.patch };
      return { ok: true, data: stored };
    });
    render(<PrivacySettings runtime={{ sendMessage, onMessage: { addListener: vi.fn() } }} />);
    const period = (await screen.findByRole('combobox', {
      name: /Keep posts you did not annotate/,
    })) as HTMLSelectElement;
    expect(period.value).toBe('30');
    fireEvent.change(period, { target: { value: '7' } });
    await waitFor(() => expect(stored.retentionDays).toBe(7));
  });

  it('clears browsing history only once the user confirms, and says what was removed', async () => {
    const sendMessage = vi.fn(async (m: { type: string }) => {
      if (m.type === 'history/clear') return { ok: true, data: { posts: 1240, bios: 1 } };
      return { ok: true, data: { textRetention: 'full', panelModeSites: [], retentionDays: 30 } };
    });
    render(<PrivacySettings runtime={{ sendMessage, onMessage: { addListener: vi.fn() } }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear browsing history…' }));
    const sent = () => sendMessage.mock.calls.filter(([m]) => m.type === 'history/clear');
    expect(sent()).toHaveLength(0);
    expect(screen.getByRole('group', { name: /Confirm clearing/ }).textContent).toContain(
      'Your annotations, HCP marks',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear browsing history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Cleared 1,240 posts and 1 remembered bio.',
    );
    expect(sent()).toHaveLength(1);
  });
});
