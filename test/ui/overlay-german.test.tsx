// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../src/ui/Overlay';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';
import { postRecord, verdict } from '../helpers/posts';

beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(() => {
  cleanup();
  setMessageSource(catalogueApi('en'));
});

describe('the bar in German', () => {
  it('names the verdict, the suggested category and its controls in German', () => {
    const post = postRecord('1', {
      verdict: verdict({ hcpConfidence: 0.87, trainee: true, category: 'connecting' }),
    });
    render(
      <Overlay
        alwaysOpen
        view={{ post, annotation: { key: post.key, tags: ['KOL', 'Q4'] } as never }}
        error={null}
        onPatch={vi.fn()}
        ae={{ state: null, onReport: vi.fn() }}
      />,
    );
    // German percent format: a (no-break) space before the sign.
    // The badge is named by what it shows; a second click on it changes the author's verdict.
    expect(screen.getByRole('button', { name: 'Fachkreis 87\u00a0%' })).toBeTruthy();
    expect(screen.getByText('in Weiterbildung')).toBeTruthy();
    expect(screen.getByText('Kardiologie')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Vorgeschlagene Kategorie Vernetzen bestätigen' }),
    ).toBeTruthy();
    expect(screen.getByText('2 Schlagwörter')).toBeTruthy();
    const categories = screen.getByRole('radiogroup', { name: 'Kategorie' });
    expect([...categories.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Zusammenarbeiten',
      'Kommunizieren',
      'Vernetzen',
      'Gestalten',
      'Fördern',
      'Keine',
    ]);
    expect(screen.getByRole('button', { name: '⚑ UE melden' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '✎ Notiz' }));
    expect(screen.getByRole('textbox', { name: 'Notiz' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Notiz speichern' })).toBeTruthy();
  });
});
