// @vitest-environment happy-dom
// Escape in a field, or closing a dialog, leaves a keyboard user where they were: the focus goes
// back to the control that had it when the field opened.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../src/dashboard/ExportDialog';
import { CollectionPicker } from '../../src/ui/CollectionPicker';
import { NoteEditor } from '../../src/ui/NoteEditor';

afterEach(cleanup);

/** A button that opens `field`; the field's `onClose` closes it again. */
function Opener({ field }: { field: (close: () => void) => preact.ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Elsewhere</button>
      {open && field(() => setOpen(false))}
    </div>
  );
}

function openFrom(name: string) {
  const opener = screen.getByRole('button', { name });
  opener.focus();
  fireEvent.click(opener);
  return opener;
}

describe('the focus after Escape', () => {
  it('goes back from the note field to the control that opened it', () => {
    render(<Opener field={(close) => <NoteEditor note="" onSave={vi.fn()} onClose={close} />} />);
    const opener = openFrom('Open');
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('goes back from the collection picker to the control that opened it', () => {
    render(
      <Opener
        field={(close) => <CollectionPicker selected={[]} onChange={vi.fn()} onClose={close} />}
      />,
    );
    const opener = openFrom('Open');
    const input = screen.getByRole('textbox', { name: 'New collection' });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(document.activeElement).toBe(opener);
  });

  it('closes the export dialog and goes back to its opener', async () => {
    const runtime = {
      sendMessage: vi.fn(async () => ({ ok: false, error: 'offline' })),
    };
    render(
      <Opener
        field={(close) => (
          <ExportDialog
            runtime={runtime}
            target={{ keys: ['linkedin:1'] }}
            name="view"
            label="1 post"
            onClose={close}
          />
        )}
      />,
    );
    const opener = openFrom('Open');
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    // The focus moves into the dialog.
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
