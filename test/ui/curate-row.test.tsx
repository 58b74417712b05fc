// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PostView } from '../../src/db/records';
import { Overlay } from '../../src/ui/Overlay';
import { postRecord } from '../helpers/posts';

afterEach(cleanup);

const bar = () => screen.getByRole('group', { name: 'HCP Lens' });
const press = (key: string, target: Element = bar()) => fireEvent.keyDown(target, { key });

function view(note = '', collections: string[] = []): PostView {
  return {
    post: postRecord('1'),
    annotation:
      note || collections.length
        ? {
            key: 'linkedin:1',
            category: null,
            tags: [],
            flagged: false,
            note,
            collections,
            annotatedAt: '2026-11-24T09:00:00.000Z',
            sessionId: 1,
          }
        : null,
  };
}

describe('the bar’s note (N)', () => {
  it('opens with N, saves with Ctrl+Enter, and typing sets no category', () => {
    const onPatch = vi.fn();
    render(<Overlay view={view()} error={null} onPatch={onPatch} />);
    press('n');
    const box = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'Ask about the registry' } });
    press('3', box);
    press('Enter', box);
    expect(onPatch).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(onPatch).toHaveBeenCalledExactlyOnceWith({ note: 'Ask about the registry' });
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    // The bar keeps the focus: its keys work again at once.
    expect(document.activeElement).toBe(bar());
  });

  it('edits the note there is, and Escape leaves it as it was', () => {
    const onPatch = vi.fn();
    render(<Overlay view={view('Call back')} error={null} onPatch={onPatch} alwaysOpen />);
    expect(screen.getByText('Call back')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '✎ Edit note' }));
    const box = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(box.value).toBe('Call back');
    fireEvent.input(box, { target: { value: 'changed' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onPatch).not.toHaveBeenCalled();
    // The note is text on screen, never an attribute the page could read.
    expect(document.body.innerHTML.match(/="[^"]*Call back/)).toBeNull();
  });
});

describe('the bar’s collections (L)', () => {
  it('lists the user’s collections, ticks the post’s, and adds it to another', async () => {
    const onPatch = vi.fn();
    const names = vi.fn(async () => ['Q4 KOLs', 'Oncology']);
    render(
      <Overlay
        view={view('', ['Q4 KOLs'])}
        error={null}
        onPatch={onPatch}
        collectionNames={names}
      />,
    );
    press('l');
    await waitFor(() => expect(screen.getByLabelText('Oncology')).toBeTruthy());
    expect((screen.getByLabelText('Q4 KOLs') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Oncology'));
    expect(onPatch).toHaveBeenLastCalledWith({ collections: ['Q4 KOLs', 'Oncology'] });
    fireEvent.click(screen.getByLabelText('Q4 KOLs'));
    expect(onPatch).toHaveBeenLastCalledWith({ collections: [] });
  });

  it('makes a new collection from the name typed, and keys typed there set no category', () => {
    const onPatch = vi.fn();
    render(<Overlay view={view()} error={null} onPatch={onPatch} />);
    press('l');
    const input = screen.getByRole('textbox', { name: 'New collection' });
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: ' Cardiology KOLs ' } });
    press('1', input);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPatch).toHaveBeenCalledExactlyOnceWith({ collections: ['Cardiology KOLs'] });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Collections' })).toBeNull();
  });
});
