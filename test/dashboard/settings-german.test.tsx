// @vitest-environment happy-dom
// A settings view in German: every word from the German catalogue, counts and dates as German
// readers write them.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteRules } from '../../src/dashboard/SiteRules';
import { TargetLists } from '../../src/dashboard/TargetLists';
import type { TargetListRecord } from '../../src/db/records';
import type { TargetPreview } from '../../src/targets/types';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';

beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(() => {
  cleanup();
  setMessageSource(catalogueApi('en'));
});

const LIST: TargetListRecord = {
  id: 'l1',
  name: 'Kardiologie KOLs',
  importedAt: '2026-11-24T09:00:00.000Z',
  rows: 1240,
};

const PREVIEW: TargetPreview = {
  rows: 1,
  sample: [
    {
      line: 2,
      name: 'Ana Ruiz',
      linkedinUrl: '',
      xHandle: '',
      npi: '',
      specialty: 'Kardiologie',
      tier: '1',
      owner: '',
    },
  ],
  errors: [{ line: 3, column: 'NPI', message: 'NPI 123 hat nicht 10 Ziffern' }],
  errorCount: 1_203,
  unknownColumns: ['E-Mail'],
};

function runtime() {
  const sendMessage = vi.fn(async (raw: unknown) => {
    const { type } = raw as { type: string };
    if (type === 'targets/lists') return { ok: true, data: { lists: [LIST] } };
    if (type === 'targets/preview') return { ok: true, data: PREVIEW };
    return { ok: false, error: 'unexpected' };
  });
  return { sendMessage };
}

describe('target lists in German', () => {
  it('shows the lists, the confirmation and an import preview in German', async () => {
    render(<TargetLists runtime={runtime()} />);
    expect(screen.getByRole('heading', { name: 'Ziellisten' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Importierte Ziellisten' });
    await within(table).findByText('Kardiologie KOLs');
    expect(within(table).getByText('1.240')).toBeTruthy();
    expect(within(table).getByText('24.11.2026')).toBeTruthy();

    fireEvent.click(within(table).getByRole('button', { name: 'Kardiologie KOLs entfernen' }));
    expect(
      within(table).getByRole('group', { name: 'Entfernen von Kardiologie KOLs bestätigen' })
        .textContent,
    ).toContain('„Kardiologie KOLs“ mit 1.240 Personen entfernen?');

    const file = new File(['name\nAna Ruiz\n'], 'kols.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV- oder Excel-Datei'), { target: { files: [file] } });
    expect((await screen.findByTestId('target-count')).textContent).toBe(
      '1 gültige Zeile, 1.203 Fehler',
    );
    expect(screen.getByRole('list', { name: 'Fehler in Zeilen' }).textContent).toBe(
      'Zeile 3: NPI 123 hat nicht 10 Ziffern… und 1.202 weitere Fehler',
    );
    expect(
      screen.getByLabelText('Ungültige Zeilen überspringen und die 1 gültige importieren'),
    ).toBeTruthy();
    expect(screen.getByText('Ignorierte Spalten: E-Mail')).toBeTruthy();
    const sample = screen.getByRole('table', { name: 'Vorschau der ersten Zeilen' });
    expect(within(sample).getByRole('columnheader', { name: 'Fachgebiet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importieren' })).toBeTruthy();
  });
});

describe('site rules in German', () => {
  it('labels each rule and says what is wrong with it in German', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, data: { ruleOverrides: {} } }));
    render(<SiteRules runtime={{ sendMessage }} />);
    const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
    await waitFor(() => expect(input('Beitragscontainer').value).not.toBe(''));
    fireEvent.input(input('Beitragscontainer'), { target: { value: 'li[data-x' } });
    fireEvent.input(input('ID-Muster'), { target: { value: '(offen' } });
    fireEvent.input(input('Beitragstext'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Im geöffneten Tab testen' }));
    const error = (field: string) =>
      document.querySelector(`[data-field-error="${field}"]`)?.textContent;
    await waitFor(() =>
      expect(error('container')).toMatch(/^kein gültiger CSS-Selektor: li\[data-x \(/),
    );
    expect(error('idPattern')).toMatch(/^kein gültiger regulärer Ausdruck: /);
    expect(error('text')).toBe('leerer Selektor');
    expect(screen.getByTestId('rules-state').textContent).toBe(
      'Die integrierten Regeln werden verwendet',
    );
  });
});
