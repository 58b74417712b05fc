// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/dashboard/Dashboard';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { snapshot } from '../helpers/posts';

const downloads: { filename: string; text: string }[] = [];
vi.mock('../../src/ui/download', () => ({
  downloadText: (filename: string, text: string) => downloads.push({ filename, text }),
}));
vi.mock('webextension-polyfill', () => ({ default: { permissions: {} } }));

let bg: Background;
beforeEach(async () => {
  bg = backgroundFor();
  downloads.length = 0;
  await go('#/collections');
});
afterEach(async () => {
  cleanup();
  await bg.close();
});

function go(hash: string) {
  return act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const table = (name: string) => screen.getByRole('table', { name });
const names = (name: string) =>
  within(table(name))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .slice(1, 3)
        .map((c) => c.textContent)
        .join(' '),
    );

async function seed() {
  await bg.annotate(snapshot('1', { authorName: 'Ana Ruiz, MD' }), {
    collections: ['Q4 KOLs'],
    tags: ['kol'],
  });
  await bg.annotate(snapshot('2', { authorName: 'Bo Li' }), { collections: ['Cardio'] });
  await bg.annotate(snapshot('3', { authorName: 'Cara Diaz' }), { tags: ['speaker'] });
}

describe('collections view', () => {
  it('lists collections with their counts, and creates an empty collection', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(names('Collections')).toEqual(['Cardio 1', 'Q4 KOLs 1']));
    fireEvent.input(screen.getByRole('textbox', { name: 'New collection name' }), {
      target: { value: 'Oncology 2027' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create collection' }));
    await waitFor(() =>
      expect(names('Collections')).toEqual(['Cardio 1', 'Oncology 2027 0', 'Q4 KOLs 1']),
    );
  });

  it('renames, merges and deletes collections; the posts keep everything else', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(names('Collections')).toHaveLength(2));
    const row = (name: string) =>
      within(table('Collections'))
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(name))!;
    fireEvent.click(within(row('Cardio')).getByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'New name for Cardio' });
    fireEvent.input(input, { target: { value: 'Cardiology' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(names('Collections')).toEqual(['Cardiology 1', 'Q4 KOLs 1']));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select collection Cardiology' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select collection Q4 KOLs' }));
    const into = screen.getByRole('combobox', { name: 'Merged collection name' });
    fireEvent.input(into, { target: { value: 'KOLs 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(names('Collections')).toEqual(['KOLs 2026 2']));
    expect(await bg.db.annotations.get('linkedin:1')).toMatchObject({
      collections: ['KOLs 2026'],
      tags: ['kol'],
    });

    // Deleting asks first, saying how many posts it is on; Cancel keeps it.
    fireEvent.click(within(row('KOLs 2026')).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Confirm deletion' });
    expect(confirm.textContent).toContain(
      'Delete the collection “KOLs 2026”? It is on 2 posts; they stay, without it.',
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await bg.db.annotations.get('linkedin:2')).toMatchObject({ collections: ['KOLs 2026'] });
    fireEvent.click(within(row('KOLs 2026')).getByRole('button', { name: 'Delete' }));
    fireEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(screen.getByText(/No collection yet/)).toBeTruthy());
    expect(await bg.db.annotations.get('linkedin:1')).toMatchObject({ tags: ['kol'] });
    // Post 2 held nothing but its collection: its annotation is gone, the post is kept.
    expect(await bg.db.annotations.get('linkedin:2')).toBeUndefined();
    expect(await bg.db.posts.get('linkedin:2')).toBeTruthy();
  });

  it('gives tags a page of their own: rename, merge, list a tag’s posts, export, delete with a yes', async () => {
    await seed();
    await bg.annotate(snapshot('4', { authorName: 'Dev Patel' }), { tags: ['speakers'] });
    await go('#/tags');
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(names('Tags')).toEqual(['kol 1', 'speaker 1', 'speakers 1']));
    expect(screen.getByRole('link', { name: 'Tags', current: 'page' })).toBeTruthy();
    const row = (name: string) =>
      within(table('Tags'))
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('link', { name }))!;
    fireEvent.click(within(row('speaker')).getByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'New name for speaker' });
    fireEvent.input(input, { target: { value: 'kol' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(names('Tags')).toEqual(['kol 2', 'speakers 1']));

    // Merged: "speakers" into "kol".
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select tag kol' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select tag speakers' }));
    fireEvent.input(screen.getByRole('combobox', { name: 'Merged tag name' }), {
      target: { value: 'kol' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(names('Tags')).toEqual(['kol 3']));

    fireEvent.click(within(row('kol')).getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.filename).toMatch(/^hcp-lens-kol-.*\.csv$/);
    expect(downloads[0]!.text.trim().split('\r\n')).toHaveLength(4);

    // The tag's own page lists its posts.
    const link = within(table('Tags')).getByRole('link', { name: 'kol' });
    expect(link.getAttribute('href')).toBe('#/tags/kol');
    await go('#/tags/kol');
    expect(screen.getByRole('heading', { name: 'Tag: kol' })).toBeTruthy();
    await waitFor(() =>
      expect(document.querySelectorAll('.post-slot [data-post-key]')).toHaveLength(3),
    );

    await go('#/tags');
    await waitFor(() => expect(names('Tags')).toEqual(['kol 3']));
    fireEvent.click(within(row('kol')).getByRole('button', { name: 'Delete' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Confirm deletion' });
    expect(confirm.textContent).toContain('Delete the tag “kol”? It is on 3 posts');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByText(/No tag yet/)).toBeTruthy());
    expect(await bg.db.annotations.get('linkedin:1')).toMatchObject({ tags: [] });
  });

  it('opens a collection’s own page, which lists its posts and exports them', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(names('Collections')).toHaveLength(2));
    const link = within(table('Collections')).getByRole('link', { name: 'Q4 KOLs' });
    expect(link.getAttribute('href')).toBe('#/collections/Q4%20KOLs');
    await go(link.getAttribute('href')!);
    expect(screen.getByRole('heading', { name: 'Collection: Q4 KOLs' })).toBeTruthy();
    await waitFor(() =>
      expect(
        [...document.querySelectorAll<HTMLElement>('.post-slot [data-post-key]')].map(
          (r) => r.dataset.postKey,
        ),
      ).toEqual(['linkedin:1']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export view as CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.filename).toMatch(/^hcp-lens-q4-kols-.*\.csv$/);
    const lines = downloads[0]!.text.trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['post_key', 'linkedin:1']);
  });

  it('exports one collection from the list', async () => {
    await seed();
    render(<Dashboard runtime={bg.runtime} />);
    await waitFor(() => expect(names('Collections')).toHaveLength(2));
    const row = within(table('Collections'))
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Cardio'))!;
    fireEvent.click(within(row).getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const lines = downloads[0]!.text.trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['post_key', 'linkedin:2']);
    expect(lines[1]).toContain('Cardio');
  });
});
