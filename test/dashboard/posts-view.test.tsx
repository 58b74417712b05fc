// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { postRecord, snapshot } from '../helpers/posts';

const downloads: { filename: string; text: string }[] = [];
vi.mock('../../src/ui/download', () => ({
  downloadText: (filename: string, text: string) => downloads.push({ filename, text }),
}));
vi.mock('webextension-polyfill', () => ({ default: { permissions: {} } }));

let bg: Background;
beforeEach(() => {
  bg = backgroundFor();
  downloads.length = 0;
  location.hash = '';
});
afterEach(async () => {
  cleanup();
  await bg.close();
});

async function seed() {
  await bg.annotate(snapshot('1', { authorName: 'Ana Ruiz, MD' }), { category: 'creating' });
  await bg.annotate(snapshot('2', { authorName: 'Not Bo Li' }), { flagged: true });
  await bg.annotate(snapshot('3', { authorName: 'Cara Diaz' }), { tags: ['kol'] });
}

const rows = () => document.querySelectorAll<HTMLElement>('.post-slot [data-post-key]');
const keysShown = () => [...rows()].map((r) => r.dataset.postKey);
const go = (hash: string) =>
  act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('dashboard navigation', () => {
  it('shows one view at a time, each at its own address', async () => {
    render(<Dashboard runtime={bg.runtime} />);
    const nav = screen.getByRole('navigation', { name: 'Dashboard' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Posts',
      'Collections',
      'Tags',
      'Authors',
      'AE queue',
      'Target lists',
      'Author memory',
      'Site rules',
      'Team sync',
      'Settings',
    ]);
    expect(links[0]!.getAttribute('aria-current')).toBe('page');
    await go('#/collections');
    expect(within(nav).getByText('Collections').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('heading', { name: 'Collections' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Annotated posts' })).toBeNull();
    await go('#/nowhere');
    expect(screen.getByText(/No such view/)).toBeTruthy();
  });
});

describe('posts view', () => {
  it('lists every annotated post, newest first, and filters from the address', async () => {
    await seed();
    await go('#/posts');
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toEqual(['linkedin:3', 'linkedin:2', 'linkedin:1']));
    expect(screen.getByText('3 posts in this view')).toBeTruthy();
    await go('#/posts?hcp=no');
    await waitFor(() => expect(keysShown()).toEqual(['linkedin:2']));
    await go('#/posts?followUp=open&hcp=yes');
    await waitFor(() => expect(screen.getByText('0 posts in this view')).toBeTruthy());
    await go('#/posts?tag=kol&sort=annotated-asc&hcp=maybe');
    await waitFor(() => expect(keysShown()).toEqual(['linkedin:3']));
    expect(screen.getByText(/Ignored from the address: hcp/)).toBeTruthy();
  });

  it('counts the view’s confirmed categories apart from suggestions, once asked', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toHaveLength(3));
    expect(bg.runtime.sent.some((m) => m.type === 'posts/counts')).toBe(false);
    const details = document.querySelector('details.view-counts') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() =>
      expect(details.querySelector('summary')?.textContent).toBe(
        'Categories in this view: 1 confirmed, 2 suggested only',
      ),
    );
    const creating = details.querySelector('[data-category="creating"]')!;
    expect(creating.querySelector('.bar-value')?.textContent).toBe('1');
    expect(creating.querySelector('.bar-suggested')?.textContent).toBe('+2 suggested');
  });

  it('puts a filter chosen on screen into the address', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toHaveLength(3));
    const filters = screen.getByRole('search', { name: 'Filters' });
    fireEvent.change(within(filters).getByRole('combobox', { name: 'Follow-up' }), {
      target: { value: 'open' },
    });
    expect(location.hash).toBe('#/posts?followUp=open');
    await waitFor(() => expect(keysShown()).toEqual(['linkedin:2']));
  });

  it('edits a category and closes a follow-up in place', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toHaveLength(3));
    const row = (key: string) => document.querySelector<HTMLElement>(`[data-post-key="${key}"]`)!;
    fireEvent.change(within(row('linkedin:3')).getByRole('combobox', { name: 'Category' }), {
      target: { value: 'catalyzing' },
    });
    fireEvent.change(within(row('linkedin:2')).getByRole('combobox', { name: 'Follow-up' }), {
      target: { value: 'done' },
    });
    await waitFor(async () => {
      expect((await bg.db.annotations.get('linkedin:3'))?.category).toBe('catalyzing');
      expect(await bg.db.annotations.get('linkedin:2')).toMatchObject({
        flagged: false,
        followUpDone: true,
      });
    });
  });

  it('edits the selected posts in bulk and exports only them', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toHaveLength(3));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select post 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select post 3' }));
    const bulk = screen.getByRole('region', { name: 'Edit selected posts' });
    expect(within(bulk).getByText('2 posts selected')).toBeTruthy();
    fireEvent.input(within(bulk).getByRole('textbox', { name: 'Collection for selected' }), {
      target: { value: 'Q4 KOLs' },
    });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Add to collection' }));
    fireEvent.change(within(bulk).getByRole('combobox', { name: 'Set follow-up of selected' }), {
      target: { value: 'open' },
    });
    await waitFor(async () => {
      const [a, b, c] = await bg.db.annotations.bulkGet(['linkedin:1', 'linkedin:2', 'linkedin:3']);
      expect(a).toMatchObject({ collections: ['Q4 KOLs'], flagged: true, category: 'creating' });
      expect(b?.collections).toEqual([]);
      expect(c).toMatchObject({ collections: ['Q4 KOLs'], flagged: true, tags: ['kol'] });
    });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Export selected' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.text).toMatch(/^\ufeffpost_key,platform,post_url/);
    const lines = downloads[0]!.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(['linkedin:1', 'linkedin:3']);
  });

  it('exports what the filters show, not everything', async () => {
    await seed();
    await go('#/posts?hcp=yes');
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toEqual(['linkedin:3', 'linkedin:1']));
    fireEvent.click(screen.getByRole('button', { name: 'Export view as CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const keys = downloads[0]!.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(keys).toEqual(['linkedin:3', 'linkedin:1']);
    expect(downloads[0]!.filename).toMatch(/^hcp-lens-view-.*\.csv$/);
  });

  it('edits a note, tags and collections in the side editor', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(keysShown()).toHaveLength(3));
    const row = document.querySelector<HTMLElement>('[data-post-key="linkedin:1"]')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const editor = screen.getByRole('region', { name: 'Edit post' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Invite to advisory board' },
    });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save note' }));
    const tag = within(editor).getByRole('textbox', { name: 'Add a tag' });
    fireEvent.input(tag, { target: { value: 'speaker' } });
    fireEvent.keyDown(tag, { key: 'Enter' });
    await waitFor(async () =>
      expect(await bg.db.annotations.get('linkedin:1')).toMatchObject({
        note: 'Invite to advisory board',
        tags: ['speaker'],
      }),
    );
    await waitFor(() => expect(within(row).getByText(/Invite to advisory board/)).toBeTruthy());
  });

  it('keeps only the rows in view in the page, however many posts there are', async () => {
    const posts = Array.from({ length: 400 }, (_, i) => snapshot(String(i)));
    await bg.db.posts.bulkPut(posts.map((p) => postRecord(p.key.split(':')[1]!)));
    await bg.db.annotations.bulkPut(
      posts.map((p) => ({
        key: p.key,
        category: 'creating' as const,
        tags: [],
        flagged: false,
        note: '',
        collections: [],
        annotatedAt: '2026-11-24T09:00:00.000Z',
        sessionId: 1,
      })),
    );
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(screen.getByText('400 posts in this view')).toBeTruthy());
    await waitFor(() => expect(rows().length).toBeGreaterThan(5));
    expect(rows().length).toBeLessThan(30);
    // One page of rows was asked for, not all 400.
    const queries = bg.runtime.sent.filter((m) => m.type === 'posts/query');
    expect(queries.every((q) => (q as unknown as { limit: number }).limit <= 100)).toBe(true);
  });
});
