// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorMemory } from '../../src/dashboard/AuthorMemory';
import type { AuthorRecord } from '../../src/db/records';

afterEach(cleanup);

const ANA: AuthorRecord = {
  authorKey: 'x:@anaruiz',
  platform: 'x',
  name: 'Ana Ruiz',
  handle: 'anaruiz',
  profileUrl: 'https://x.com/anaruiz',
  headline: 'Interventional cardiologist, Lakeside Heart',
  headlineSeenAt: '2026-11-24T09:00:00.000Z',
};
const BO: AuthorRecord = {
  authorKey: 'linkedin:www.linkedin.com/in/bo-li',
  platform: 'linkedin',
  name: 'Bo Li',
  handle: '',
  profileUrl: 'https://www.linkedin.com/in/bo-li/',
  headline: 'Market access lead at Norvance Bio',
  headlineSeenAt: '2026-11-23T09:00:00.000Z',
};

type Msg = { type: string; authorKey?: string };

function fakeRuntime(authors: AuthorRecord[]) {
  let current = [...authors];
  const sent: Msg[] = [];
  const sendMessage = vi.fn(async (raw: unknown) => {
    const m = raw as Msg;
    sent.push(m);
    if (m.type === 'authors/list') return { ok: true, data: { authors: current } };
    if (m.type === 'authors/forget') {
      current = m.authorKey ? current.filter((a) => a.authorKey !== m.authorKey) : [];
      return { ok: true, data: { forgotten: true } };
    }
    return { ok: false, error: 'unexpected' };
  });
  return { sendMessage, sent };
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Remembered authors' }))
    .getAllByRole('row')
    .slice(1);

describe('Author memory', () => {
  it('lists remembered authors with network, handle or profile, headline and date', async () => {
    render(<AuthorMemory runtime={fakeRuntime([ANA, BO])} />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const cells = within(rows()[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 5)).toEqual([
      'Ana Ruiz',
      'X',
      '@anaruiz',
      'Interventional cardiologist, Lakeside Heart',
      'Nov 24, 2026',
    ]);
    expect(within(rows()[1]!).getByRole('link', { name: 'profile' }).getAttribute('href')).toBe(
      BO.profileUrl,
    );
    expect(screen.getByTestId('author-count').textContent).toBe('2 of 2 authors');
  });

  it('searches by name, handle, headline or network', async () => {
    render(<AuthorMemory runtime={fakeRuntime([ANA, BO])} />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const search = screen.getByLabelText('Search remembered authors');
    fireEvent.input(search, { target: { value: 'norvance' } });
    expect(rows().map((r) => r.getAttribute('data-author-key'))).toEqual([BO.authorKey]);
    fireEvent.input(search, { target: { value: 'linkedin' } });
    expect(rows()).toHaveLength(1);
    expect(screen.getByTestId('author-count').textContent).toBe('1 of 2 authors');
  });

  it('forgets one author', async () => {
    const runtime = fakeRuntime([ANA, BO]);
    render(<AuthorMemory runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget Ana Ruiz' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(runtime.sent).toContainEqual({ type: 'authors/forget', authorKey: ANA.authorKey });
    expect(screen.getByRole('status').textContent).toBe('Forgot Ana Ruiz.');
  });

  it('forgets everyone only after the in-page confirmation', async () => {
    const runtime = fakeRuntime([ANA, BO]);
    render(<AuthorMemory runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget all' }));
    const confirm = screen.getByRole('group', { name: 'Confirm forgetting every author' });
    expect(confirm.textContent).toContain('Forget all 2 remembered authors?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(runtime.sent.some((m) => m.type === 'authors/forget')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Forget all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, forget all' }));
    await waitFor(() => expect(screen.getByText('No authors remembered yet.')).toBeTruthy());
    expect(runtime.sent).toContainEqual({ type: 'authors/forget' });
    expect((screen.getByRole('button', { name: 'Forget all' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
