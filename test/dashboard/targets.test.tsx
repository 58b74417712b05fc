// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TargetLists } from '../../src/dashboard/TargetLists';
import type { TargetListRecord } from '../../src/db/records';
import type { TargetPreview } from '../../src/targets/types';

afterEach(cleanup);

const LIST: TargetListRecord = {
  id: 'l1',
  name: 'Cardio KOLs',
  importedAt: '2026-11-24T09:00:00.000Z',
  rows: 1240,
};

const row = (line: number, name: string) => ({
  line,
  name,
  linkedinUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(' ', '-')}/`,
  xHandle: '',
  npi: '',
  specialty: 'Cardiology',
  tier: '1',
  owner: '',
});

const CLEAN: TargetPreview = {
  rows: 2,
  sample: [row(2, 'Ana Ruiz'), row(3, 'Bo Li')],
  errors: [],
  errorCount: 0,
  unknownColumns: [],
};
const WITH_ERRORS: TargetPreview = {
  ...CLEAN,
  errors: [{ line: 7, column: 'NPI', message: 'NPI 123 is not 10 digits' }],
  errorCount: 1,
  unknownColumns: ['Email', 'Phone'],
};

type Msg = { type: string; [k: string]: unknown };

function fakeRuntime(preview: TargetPreview, lists: TargetListRecord[] = [LIST]) {
  let current = [...lists];
  const sent: Msg[] = [];
  const sendMessage = vi.fn(async (raw: unknown) => {
    const m = raw as Msg;
    sent.push(m);
    switch (m.type) {
      case 'targets/lists':
        return { ok: true, data: { lists: current } };
      case 'targets/preview':
        return { ok: true, data: preview };
      case 'targets/import': {
        const list = {
          id: 'l2',
          name: m.name as string,
          importedAt: '2026-11-25T09:00:00.000Z',
          rows: 2,
        };
        current = [list, ...current.filter((l) => l.id !== m.replaceListId)];
        return { ok: true, data: { list } };
      }
      case 'targets/remove':
        current = current.filter((l) => l.id !== m.listId);
        return { ok: true, data: { removed: true } };
    }
    return { ok: false, error: 'unexpected' };
  });
  return { runtime: { sendMessage }, sent };
}

const csvFile = (name = 'q4-kols.csv', text = 'name\nAna Ruiz\nBo Li\n') =>
  new File([text], name, { type: 'text/csv' });

async function choose(file: File) {
  fireEvent.change(screen.getByLabelText('CSV or Excel file'), { target: { files: [file] } });
  await screen.findByTestId('target-count');
}

describe('TargetLists', () => {
  it('lists imported lists with their size and date', async () => {
    render(<TargetLists runtime={fakeRuntime(CLEAN).runtime} />);
    const table = await screen.findByRole('table', { name: 'Imported target lists' });
    await waitFor(() => expect(within(table).getByText('Cardio KOLs')).toBeTruthy());
    expect(within(table).getByText('1,240')).toBeTruthy();
    expect(within(table).getByText('Nov 24, 2026')).toBeTruthy();
  });

  it('previews a clean file and imports it under the file’s name', async () => {
    const { runtime, sent } = fakeRuntime(CLEAN);
    render(<TargetLists runtime={runtime} />);
    await choose(csvFile());
    expect(screen.getByTestId('target-count').textContent).toBe('2 valid rows');
    const preview = screen.getByRole('table', { name: 'Preview of the first rows' });
    expect(within(preview).getByText('Bo Li')).toBeTruthy();
    expect((screen.getByLabelText('List name') as HTMLInputElement).value).toBe('q4-kols');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Imported 2 people into “q4-kols”.'),
    );
    expect(sent.find((m) => m.type === 'targets/import')).toEqual({
      type: 'targets/import',
      name: 'q4-kols',
      csv: 'name\nAna Ruiz\nBo Li\n',
    });
    await waitFor(() => expect(screen.getByText('q4-kols')).toBeTruthy());
    expect(screen.queryByRole('table', { name: 'Preview of the first rows' })).toBeNull();
  });

  it('lists row errors and unknown columns, and imports only once invalid rows may be skipped', async () => {
    const { runtime, sent } = fakeRuntime(WITH_ERRORS);
    render(<TargetLists runtime={runtime} />);
    await choose(csvFile());
    expect(screen.getByTestId('target-count').textContent).toBe('2 valid rows, 1 error');
    const errors = screen.getByRole('list', { name: 'Row errors' });
    expect(errors.textContent).toBe('line 7: NPI 123 is not 10 digits');
    expect(screen.getByText('Ignored columns: Email, Phone')).toBeTruthy();
    const importButton = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/Skip invalid rows/));
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);
    await waitFor(() => expect(sent.some((m) => m.type === 'targets/import')).toBe(true));
    expect(sent.find((m) => m.type === 'targets/import')).toMatchObject({ skipInvalid: true });
  });

  it('replaces a list with a new file', async () => {
    const { runtime, sent } = fakeRuntime(CLEAN);
    render(<TargetLists runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace Cardio KOLs' }));
    expect(screen.getByText(/Replacing “Cardio KOLs”/)).toBeTruthy();
    await choose(csvFile());
    expect((screen.getByLabelText('List name') as HTMLInputElement).value).toBe('Cardio KOLs');
    fireEvent.click(screen.getByRole('button', { name: 'Replace “Cardio KOLs”' }));
    await waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
    expect(sent.find((m) => m.type === 'targets/import')).toMatchObject({
      name: 'Cardio KOLs',
      replaceListId: 'l1',
    });
  });

  it('removes a list only after confirmation', async () => {
    const { runtime, sent } = fakeRuntime(CLEAN);
    render(<TargetLists runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Cardio KOLs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    expect(sent.some((m) => m.type === 'targets/remove')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Cardio KOLs' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing Cardio KOLs' });
    expect(confirm.textContent).toContain('Remove “Cardio KOLs” and its 1,240 people?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(screen.getByText('No target lists yet.')).toBeTruthy());
    expect(sent.find((m) => m.type === 'targets/remove')).toEqual({
      type: 'targets/remove',
      listId: 'l1',
    });
  });

  it('refuses a file over 5 MB without sending it', async () => {
    const { runtime, sent } = fakeRuntime(CLEAN);
    render(<TargetLists runtime={runtime} />);
    const big = csvFile('huge.csv');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('CSV or Excel file'), { target: { files: [big] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'huge.csv is 6.0 MB; target lists are limited to 5 MB.',
      ),
    );
    expect(sent.some((m) => m.type === 'targets/preview')).toBe(false);
  });

  it('shows the background’s refusal of a whole file', async () => {
    const { runtime } = fakeRuntime(CLEAN);
    runtime.sendMessage.mockImplementation(async (m: unknown) =>
      (m as Msg).type === 'targets/lists'
        ? { ok: true, data: { lists: [] } }
        : { ok: false, error: 'The first row must name the columns, including a name column.' },
    );
    render(<TargetLists runtime={runtime} />);
    fireEvent.change(screen.getByLabelText('CSV or Excel file'), {
      target: { files: [csvFile()] },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/name column/));
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
