// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivacySettings } from '../../src/dashboard/PrivacySettings';

afterEach(cleanup);

describe('privacy settings', () => {
  it('shows the stored choice and saves a new one', async () => {
    let stored = { textRetention: 'full', panelModeSites: [] };
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
    let stored = { textRetention: 'full', panelModeSites: [], fetchBios: true };
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
});
