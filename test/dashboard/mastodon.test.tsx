// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instanceOrigin, MastodonInstances } from '../../src/dashboard/MastodonInstances';

afterEach(cleanup);

describe('Mastodon instances', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social/*'],
    ['https://med-mastodon.com/@drjo', 'https://med-mastodon.com/*'],
    ['  Fosstodon.org ', 'https://fosstodon.org/*'],
    ['http://insecure.example', null],
    ['localhost', null],
    ['not a host', null],
  ])('reads %j as %j', (input, origin) => {
    expect(instanceOrigin(input)).toBe(origin);
  });

  it('asks for one instance, lists it, and withdraws it', async () => {
    let origins = ['https://www.linkedin.com/*'];
    const permissions = {
      getAll: vi.fn(async () => ({ origins })),
      request: vi.fn(
        async (p: { origins: string[] }) => ((origins = [...origins, ...p.origins]), true),
      ),
      remove: vi.fn(
        async (p: { origins: string[] }) => (
          (origins = origins.filter((o) => !p.origins.includes(o))),
          true
        ),
      ),
    };
    render(<MastodonInstances permissions={permissions} />);
    await screen.findByText('No instance enabled yet.');
    fireEvent.input(screen.getByRole('textbox', { name: 'Mastodon instance' }), {
      target: { value: 'med-mastodon.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enable' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('HCP Lens is on for med-mastodon.com.'),
    );
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://med-mastodon.com/*'] });
    await screen.findByText(/med-mastodon\.com/, { selector: 'li' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByText('No instance enabled yet.');
  });

  it('does not list the team sync server, granted the same way, as an instance', async () => {
    const origins = [
      'https://mastodon.social/*',
      'https://couch.example.org/*',
      'http://localhost/*',
    ];
    const permissions = {
      getAll: vi.fn(async () => ({ origins })),
      request: vi.fn(),
      remove: vi.fn(),
    };
    render(
      <MastodonInstances
        permissions={permissions}
        notInstances={async () => ['https://couch.example.org/*']}
      />,
    );
    await screen.findByText(/mastodon\.social/, { selector: 'li' });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'mastodon.social Remove',
    ]);
  });

  it('refuses what is not an https host without asking the browser', async () => {
    const permissions = { getAll: vi.fn(async () => ({})), request: vi.fn(), remove: vi.fn() };
    render(<MastodonInstances permissions={permissions} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Mastodon instance' }), {
      target: { value: 'http://x.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enable' }));
    await screen.findByText(/is not an https address/);
    expect(permissions.request).not.toHaveBeenCalled();
  });
});
