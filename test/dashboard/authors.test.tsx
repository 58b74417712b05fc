// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Authors } from '../../src/dashboard/Authors';
import type { MetAuthor } from '../../src/db/author-stats';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const author = (name: string, over: Partial<MetAuthor>): MetAuthor => ({
  authorKey: `linkedin:${name}`,
  platform: 'linkedin',
  name,
  handle: '',
  profileUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\W+/g, '-')}/`,
  hcp: 1,
  specialty: 'cardiology',
  tier: '',
  byCategory: {
    collaborating: 0,
    communicating: 0,
    connecting: 0,
    creating: 0,
    catalyzing: 0,
    none: 0,
  },
  posts: 0,
  lastSeenAt: '2026-11-30T09:00:00.000Z',
  mark: null,
  ...over,
});

const AUTHORS = [
  author('Ana Ruiz, MD', {
    posts: 12,
    byCategory: { ...author('x', {}).byCategory, creating: 9, connecting: 3 },
    tier: '1',
    mark: true,
  }),
  author('Bo Li, RN', {
    platform: 'x',
    handle: '@boli',
    specialty: 'nursing',
    posts: 30,
    byCategory: { ...author('x', {}).byCategory, creating: 2, communicating: 28 },
    lastSeenAt: '2026-12-01T09:00:00.000Z',
  }),
  author('Cy Dee, DO', {
    specialty: 'oncology',
    posts: 5,
    byCategory: { ...author('x', {}).byCategory, creating: 5 },
  }),
];

function renderAuthors() {
  const sendMessage = vi.fn(async (m: unknown) =>
    (m as { type: string }).type === 'authors/met'
      ? { ok: true, data: { authors: AUTHORS } }
      : { ok: false, error: 'unexpected' },
  );
  render(<Authors runtime={{ sendMessage }} />);
}

const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')[0]!
        .textContent?.replace(/(linkedin|x)( ·.*)?$/, ''),
    );

describe('Authors', () => {
  it('lists the HCP authors met, thought leaders first, with their counts, tier and mark', async () => {
    renderAuthors();
    await screen.findByText('3 authors of 3');
    expect(names()).toEqual(['Ana Ruiz, MD', 'Cy Dee, DO', 'Bo Li, RN']);
    const ana = screen.getAllByRole('row')[1]!;
    expect(ana.textContent).toContain('Tier 1');
    expect(ana.textContent).toContain('Connecting 3 · Creating 9');
    expect(ana.textContent).toContain('HCP');
  });

  it('sorts by a column, and again the other way', async () => {
    renderAuthors();
    await screen.findByText('3 authors of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Posts seen' }));
    expect(names()).toEqual(['Bo Li, RN', 'Ana Ruiz, MD', 'Cy Dee, DO']);
    fireEvent.click(screen.getByRole('button', { name: 'Posts seen' }));
    expect(names()).toEqual(['Cy Dee, DO', 'Ana Ruiz, MD', 'Bo Li, RN']);
    fireEvent.click(screen.getByRole('button', { name: 'Specialty' }));
    expect(names()).toEqual(['Ana Ruiz, MD', 'Bo Li, RN', 'Cy Dee, DO']);
  });

  it('filters by specialty or name and by network, and exports what it shows', async () => {
    renderAuthors();
    await screen.findByText('3 authors of 3');
    fireEvent.input(screen.getByLabelText('Search authors'), { target: { value: 'oncol' } });
    expect(names()).toEqual(['Cy Dee, DO']);
    fireEvent.input(screen.getByLabelText('Search authors'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Network'), { target: { value: 'linkedin' } });
    await waitFor(() => expect(names()).toEqual(['Ana Ruiz, MD', 'Cy Dee, DO']));

    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved = b as Blob;
      return 'blob:authors';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export authors as CSV' }));
    const lines = (await saved!.text()).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(
      /^author_name,author_handle,profile_url,platform,specialty,posts_seen,/,
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^"Ana Ruiz, MD",,https:\/\/www\.linkedin\.com\/in\/ana-ruiz-md\/,linkedin,cardiology,12,.*,9,2026-11-30T09:00:00\.000Z,1,HCP$/,
    );
  });
});
