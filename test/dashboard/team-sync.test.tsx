// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSync } from '../../src/dashboard/TeamSync';
import { SYNC_OFF, type SyncState } from '../../src/messages/protocol';
import { formatDateTime } from '../../src/shared/i18n';

afterEach(cleanup);

const OFF = SYNC_OFF;
const AT = '2025-03-04T10:20:00.000Z';
const ON: SyncState = {
  ...OFF,
  server: { url: 'https://couch.example.org/medical-affairs', user: 'ana' },
  lastSyncAt: AT,
  sent: 3,
  received: 5,
};

type Msg = { type: string; [k: string]: unknown };

/** A background answering each sync request from `replies`; a string there is a refusal. */
function setup(
  replies: Record<string, SyncState | string>,
  granted = true,
  dataCollection?: readonly ('websiteContent' | 'authenticationInfo')[],
) {
  const sendMessage = vi.fn(async (m: Msg) => {
    const reply = replies[m.type];
    return typeof reply === 'string' ? { ok: false, error: reply } : { ok: true, data: reply };
  });
  const permissions = { request: vi.fn(async () => granted) };
  render(
    <TeamSync
      runtime={{ sendMessage }}
      permissions={permissions}
      dataCollection={dataCollection}
    />,
  );
  const sentTypes = () => sendMessage.mock.calls.map(([m]) => m.type);
  return { sendMessage, permissions, sentTypes };
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

function fill(url: string, user = '', password = '') {
  fireEvent.input(field('Database address'), { target: { value: url } });
  fireEvent.input(field('User name'), { target: { value: user } });
  fireEvent.input(field('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('team sync', () => {
  it('offers the connect form while team sync is off', async () => {
    setup({ 'sync/get': OFF });
    expect(screen.getByText('Loading…')).toBeTruthy();
    await screen.findByRole('button', { name: 'Connect' });
    expect(field('Database address').type).toBe('url');
    expect(field('Password').type).toBe('password');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.queryByText(/Syncing with/)).toBeNull();
  });

  it('shows what the last sync left out, and a refused redirect as the error', async () => {
    const note =
      "2 teammate's posts refused: the address did not belong to the post (linkedin:4001, …).";
    const error =
      "The sync server couch.example.org sent the request elsewhere (HTTP 307 to evil.example). HCP Lens never follows a redirect, so nothing was sent there: connect with the database's own address.";
    setup({ 'sync/get': { ...ON, note, error } });
    expect((await screen.findByText(note)).className).toBe('muted');
    expect(screen.getByRole('alert').textContent).toBe(error);
  });

  it('shows a failure to read the state', async () => {
    setup({ 'sync/get': 'HCP Lens background did not answer.' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'HCP Lens background did not answer.',
    );
  });

  it('asks for the host, then connects with trimmed values and forgets the password', async () => {
    const { sendMessage, permissions } = setup({
      'sync/get': OFF,
      'sync/connect': ON,
      'sync/disconnect': OFF,
    });
    await screen.findByRole('button', { name: 'Connect' });
    fill('  https://couch.example.org/medical-affairs ', ' ana ', ' s3cret ');
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    const button = screen.getByRole('button', { name: 'Connecting…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await screen.findByText('Syncing with https://couch.example.org/medical-affairs as ana');
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'sync/connect',
      url: 'https://couch.example.org/medical-affairs',
      user: 'ana',
      password: ' s3cret ',
    });
    // The password is gone once connected: disconnecting shows an empty field.
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    await screen.findByRole('button', { name: 'Connect' });
    expect(field('Password').value).toBe('');
  });

  it('sends nothing when the browser permission is refused', async () => {
    const { sentTypes } = setup({ 'sync/get': OFF, 'sync/connect': ON }, false);
    await screen.findByRole('button', { name: 'Connect' });
    fill('https://couch.example.org/db', 'ana', 'pw');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'HCP Lens needs your permission to reach couch.example.org.',
    );
    expect(sentTypes()).toEqual(['sync/get']);
    expect(screen.getByRole('button', { name: 'Connect' })).toBeTruthy();
  });

  it.each([
    ['http://couch.example.org/db', /must start with https:\/\//],
    ['couch example', /is not a web address/],
    ['https://couch.example.org/', /Add the database name/],
  ])('refuses %j without asking the browser', async (address, message) => {
    const { permissions, sentTypes } = setup({ 'sync/get': OFF });
    await screen.findByRole('button', { name: 'Connect' });
    fill(address);
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(permissions.request).not.toHaveBeenCalled();
    expect(sentTypes()).toEqual(['sync/get']);
  });

  it('allows plain http to a database on this machine', async () => {
    const { permissions } = setup({ 'sync/get': OFF, 'sync/connect': ON });
    await screen.findByRole('button', { name: 'Connect' });
    fill('http://localhost:5984/team');
    await screen.findByText(/Syncing with/);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['http://localhost/*'] });
  });

  it('asks in Firefox for the data collection team sync needs, with the server access', async () => {
    const { permissions } = setup({ 'sync/get': OFF, 'sync/connect': ON }, true, [
      'websiteContent',
      'authenticationInfo',
    ]);
    await screen.findByRole('button', { name: 'Connect' });
    fill('http://localhost:5984/team');
    await screen.findByText(/Syncing with/);
    expect(permissions.request).toHaveBeenCalledWith({
      origins: ['http://localhost/*'],
      data_collection: ['websiteContent', 'authenticationInfo'],
    });
  });

  it('shows the server refusing the login and keeps what was typed', async () => {
    const refusal =
      'The sync server couch.example.org refused the user name or password (HTTP 401).';
    setup({ 'sync/get': OFF, 'sync/connect': refusal });
    await screen.findByRole('button', { name: 'Connect' });
    fill('https://couch.example.org/db', 'ana', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe(refusal);
    expect(field('Database address').value).toBe('https://couch.example.org/db');
    expect(field('User name').value).toBe('ana');
    expect(field('Password').value).toBe('wrong');
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Connect' }) as HTMLButtonElement).disabled).toBe(
        false,
      ),
    );
  });

  it('shows the last sync, the pending changes and the last error', async () => {
    setup({ 'sync/get': { ...ON, pending: 1, error: 'The sync server is unreachable.' } });
    await screen.findByText(`Last synced ${formatDateTime(new Date(AT))}: 3 sent, 5 received`);
    expect(screen.getByText('1 change waiting to be sent')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('The sync server is unreachable.');
  });

  it('says when nothing was synced yet and counts pending changes', async () => {
    setup({
      'sync/get': {
        ...ON,
        server: { url: 'https://c.example/db', user: '' },
        lastSyncAt: null,
        pending: 4,
      },
    });
    await screen.findByText('Syncing with https://c.example/db');
    expect(screen.getByText('Not synced yet')).toBeTruthy();
    expect(screen.getByText('4 changes waiting to be sent')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('syncs now and shows the new counts', async () => {
    let release = () => {};
    const { sendMessage } = setup({ 'sync/get': { ...ON, pending: 2 } });
    sendMessage.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ ok: true, data: { ...ON, sent: 5, received: 7 } });
        }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'sync/now' });
    const waiting = await screen.findByRole('button', { name: 'Syncing…' });
    expect((waiting as HTMLButtonElement).disabled).toBe(true);
    release();
    await screen.findByText(/: 5 sent, 7 received$/);
    expect(screen.queryByText(/waiting to be sent/)).toBeNull();
  });

  it('disconnects and offers the form again', async () => {
    const { sendMessage } = setup({ 'sync/get': ON, 'sync/disconnect': OFF });
    fireEvent.click(await screen.findByRole('button', { name: 'Disconnect' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Disconnected. Annotations stay in this browser.',
    );
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'sync/disconnect' });
    expect(screen.getByRole('button', { name: 'Connect' })).toBeTruthy();
    expect(screen.queryByText(/Syncing with/)).toBeNull();
  });

  /** A connected section whose background answers `sync/get` with whatever `reply` holds. */
  function connected(refreshMs: number) {
    const reply = { state: { ...ON, pending: 0 } as SyncState };
    const sendMessage = vi.fn(async () => ({ ok: true, data: reply.state }));
    const listener: { deliver?: (m: unknown) => void } = {};
    const onMessage = { addListener: (cb: (m: unknown) => void) => (listener.deliver = cb) };
    render(
      <TeamSync
        runtime={{ sendMessage, onMessage }}
        permissions={{ request: vi.fn() }}
        refreshMs={refreshMs}
      />,
    );
    return { reply, listener };
  }

  it('reads the state again when an annotation changes anywhere', async () => {
    const { reply, listener } = connected(3_600_000);
    await screen.findByText(/Syncing with/);
    await waitFor(() => expect(listener.deliver).toBeDefined());
    // A post tagged in a tab: its change waits to be sent.
    reply.state = { ...ON, pending: 1 };
    listener.deliver!({ type: 'annotation/changed', key: 'linkedin:1', view: {} });
    await screen.findByText('1 change waiting to be sent');
  });

  it('reads the state again now and then, to show what the background sent on its own', async () => {
    const { reply } = connected(300);
    await screen.findByText(/Syncing with/);
    reply.state = { ...ON, pending: 0, sent: 4 };
    await screen.findByText(/: 4 sent, 5 received$/);
  });

  it('gives back the permission asked for a connection that failed, not one given before', async () => {
    const refusal =
      'The sync server couch.example.org refused the user name or password (HTTP 401).';
    for (const before of [[], ['https://couch.example.org/*']]) {
      const sendMessage = vi.fn(async (m: Msg) =>
        m.type === 'sync/get' ? { ok: true, data: OFF } : { ok: false, error: refusal },
      );
      const permissions = {
        request: vi.fn(async () => true),
        getAll: vi.fn(async () => ({ origins: before })),
        remove: vi.fn(async () => true),
      };
      render(<TeamSync runtime={{ sendMessage }} permissions={permissions} />);
      await screen.findByRole('button', { name: 'Connect' });
      await waitFor(() => expect(permissions.getAll).toHaveBeenCalled());
      fill('https://couch.example.org/team', 'ana', 'wrong');
      expect((await screen.findByRole('alert')).textContent).toBe(refusal);
      if (before.length) expect(permissions.remove).not.toHaveBeenCalled();
      else
        expect(permissions.remove).toHaveBeenCalledWith({
          origins: ['https://couch.example.org/*'],
        });
      cleanup();
    }
  });
});
