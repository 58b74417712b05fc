// @vitest-environment happy-dom
// The dashboard's workspace views in a language other than English: labels, counts in that
// language's plural forms, and dates as that language writes them.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AeQueue } from '../../src/dashboard/AeQueue';
import { Dashboard } from '../../src/dashboard/Dashboard';
import type { LensDb } from '../../src/db';
import { setMessageSource } from '../../src/shared/i18n';
import { backgroundRuntime } from '../helpers/background-runtime';
import { catalogueApi } from '../helpers/catalogue';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { snapshot } from '../helpers/posts';

vi.mock('../../src/ui/download', () => ({ downloadText: () => undefined }));
vi.mock('webextension-polyfill', () => ({ default: { permissions: {} } }));

beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(() => {
  cleanup();
  setMessageSource(catalogueApi('en'));
});

const go = (hash: string) =>
  act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });
const postRow = (key: string) => document.querySelector<HTMLElement>(`[data-post-key="${key}"]`)!;

describe('the posts view in German', () => {
  let bg: Background;
  beforeEach(() => {
    bg = backgroundFor();
  });
  afterEach(() => bg.close());

  it('names its views, filters and columns in German, counts in German and dates as Germans write them', async () => {
    await bg.annotate(snapshot('1', { authorName: 'Ana Ruiz, MD' }), { category: 'creating' });
    await bg.annotate(snapshot('2', { authorName: 'Not Bo Li' }), { flagged: true });
    await bg.annotate(snapshot('3', { authorName: 'Cara Diaz' }), { tags: ['kol'] });
    await go('#/posts');
    render(<Dashboard runtime={bg.runtime} />);

    await screen.findByText('3 Beiträge in dieser Ansicht');
    const nav = screen.getByRole('navigation');
    for (const label of ['Beiträge', 'Sammlungen', 'Autoren', 'UE-Warteschlange']) {
      expect(within(nav).getByRole('link', { name: label })).toBeTruthy();
    }
    expect(document.title).toBe('HCP Lens: Beiträge');
    expect(screen.getByRole('button', { name: 'Ansicht als CSV exportieren' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Nachverfolgung' })).toBeTruthy();
    const filters = screen.getByRole('search', { name: 'Filter' });
    expect(within(filters).getByRole('option', { name: 'Alle Kategorien' })).toBeTruthy();

    // The confirmed category in German; the author's line with the day first seen (24 November).
    const first = within(postRow('linkedin:1'));
    const category = first.getByRole('combobox', { name: 'Kategorie' }) as HTMLSelectElement;
    expect(category.selectedOptions[0]?.textContent).toBe('Kreieren');
    expect(postRow('linkedin:1').querySelector('.cell-author .muted')?.textContent).toMatch(
      /^24\.11\.2026 · HCP · cardiology/,
    );
    expect(within(postRow('linkedin:2')).getByText(/Kein HCP/)).toBeTruthy();

    // One post: the singular.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beitrag 1 auswählen' }));
    const bulk = screen.getByRole('region', { name: 'Ausgewählte Beiträge bearbeiten' });
    expect(within(bulk).getByText('1 Beitrag ausgewählt')).toBeTruthy();
    await go('#/posts?hcp=no');
    await screen.findByText('1 Beitrag in dieser Ansicht');
  });
});

describe('the posts view in French and Spanish', () => {
  let bg: Background;
  beforeEach(() => {
    bg = backgroundFor();
  });
  afterEach(() => bg.close());

  it('counts by each language’s own plural rules (French says “0 publication”)', async () => {
    setMessageSource(catalogueApi('fr'));
    await go('#/posts');
    render(<Dashboard runtime={bg.runtime} />);
    await screen.findByText('0 publication dans cette vue');
    expect(screen.getByRole('link', { name: 'Publications' })).toBeTruthy();
    cleanup();
    setMessageSource(catalogueApi('es'));
    render(<Dashboard runtime={bg.runtime} />);
    await screen.findByText('0 publicaciones en esta vista');
    expect(
      screen.getByText('Ninguna publicación anotada coincide con estos filtros.'),
    ).toBeTruthy();
  });
});

describe('the adverse-event queue in German', () => {
  const AE_TEXT =
    'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.';
  const OTHER_AE =
    'My mother got a rash all over her arms a week after starting allopurinol. Calling her GP tomorrow.';
  let clock = 0;
  const now = () => new Date(clock);
  let db: LensDb;
  afterEach(() => db.delete());

  it('says in German what is to decide, how old each case is and when it was first seen', async () => {
    clock = Date.parse('2026-12-01T09:00:00Z');
    const bg = backgroundRuntime(`ae-queue-de-${Date.now()}`, now);
    db = bg.db;
    await bg.fromTab({ type: 'posts/seen', posts: [snapshot('1', { text: AE_TEXT })] });
    clock += 30 * 3_600_000;
    await bg.fromTab({
      type: 'posts/seen',
      posts: [snapshot('2', { text: OTHER_AE, platform: 'x', key: 'x:2' })],
    });
    clock += 3_600_000;
    const copy = vi.fn(async () => undefined);
    render(<AeQueue runtime={bg.runtime} now={now} copy={copy} />);

    await screen.findByText('2 neue Fälle zu entscheiden, 1 älter als 24 Std.', { exact: false });
    expect(screen.getByRole('heading', { name: 'Unerwünschte Ereignisse' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Alter' })).toBeTruthy();
    const row = within(document.querySelector<HTMLElement>('[data-ae-case="linkedin:1"]')!);
    expect(row.getByText('31 Std.')).toBeTruthy();
    expect(row.getByText('älter als 24 Std.')).toBeTruthy();
    expect(row.getByTestId('ae-state').textContent).toBe('Neu');
    // Day zero, 1 December, as German writes a date (whatever the time zone's hour).
    expect(row.getByText(/^01\.12\.2026, \d\d:\d\d$/)).toBeTruthy();

    fireEvent.click(row.getByRole('button', { name: 'An PV weiterleiten…' }));
    fireEvent.input(row.getByLabelText(/PV-Fallreferenz/), { target: { value: 'PV-77' } });
    fireEvent.click(row.getByRole('button', { name: 'Kopieren und als weitergeleitet markieren' }));
    await screen.findByText(/^1 neuer Fall zu entscheiden\./);
    expect(screen.getByText('Für PV kopiert: Fügen Sie es in Ihre PV-Meldung ein.')).toBeTruthy();
  });
});
