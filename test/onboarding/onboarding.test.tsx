// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BAR_KEYS } from '../../src/onboarding/bar-keys';
import { Onboarding } from '../../src/onboarding/Onboarding';
import type { MessageKey } from '../../src/shared/i18n';
import { setMessageSource } from '../../src/shared/i18n';
import { CATEGORY_KEYS } from '../../src/ui/labels';
import { catalogueApi } from '../helpers/catalogue';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';

let background: Background | undefined;
afterEach(async () => {
  cleanup();
  setMessageSource(catalogueApi('en'));
  await background?.close();
  background = undefined;
});

function showGuide() {
  background = backgroundFor();
  render(<Onboarding runtime={background.runtime} />);
  return background;
}

/** The real bar of the demo, as a user reaches it. */
const demoBar = () =>
  screen.getByTestId('demo-bar').querySelector<HTMLElement>('.lens[role="group"]')!;

/** What the user sees change on the bar after pressing a key the guide lists. */
const EFFECT: Partial<Record<MessageKey, (key: string) => string>> = {
  onboarding_keyCategories: (key) => `.pill.confirmed.cat-${CATEGORY_KEYS[key]}`,
  onboarding_keyNone: () => '.pill.confirmed.cat-none',
  // The sample post's suggestion is "collaborating".
  onboarding_keyConfirm: () => '.pill.confirmed.cat-collaborating',
  onboarding_keyFollowUp: () => '.star',
  onboarding_keyTag: () => 'input.tag-input',
  onboarding_keyNote: () => 'textarea',
  onboarding_keyCollect: () => '.collection-picker',
  onboarding_keyReportAe: () => '.ae-queued',
};

describe('the first-run guide', () => {
  it('explains the product, the data flows, the five categories and the keys, in English', async () => {
    showGuide();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to HCP Lens');
    expect(screen.getByText(/healthcare professional \(HCP\)/)).toBeTruthy();
    expect(screen.getByText(/Everything, by default/)).toBeTruthy();
    expect(screen.getByText(/Team sync, only once you connect/)).toBeTruthy();
    // One example post per category, in key order.
    const categories = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(categories).toEqual(
      expect.arrayContaining([
        '1 Collaborating',
        '2 Communicating',
        '3 Connecting',
        '4 Creating',
        '5 Catalyzing',
      ]),
    );
    const examples = [...document.querySelectorAll('blockquote')];
    expect(examples.map((q) => q.getAttribute('aria-label'))).toEqual(
      Array(5).fill('Example post'),
    );
    expect(examples[0]!.textContent).toMatch(/Has anyone else switched agents/);
    const keys = screen.getByRole('table');
    expect(keys.textContent).toContain('Enter or c');
    expect(screen.getByRole('heading', { name: 'Side-panel mode' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Target lists' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Adverse-event intake' })).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Exactly what is read, kept and sent' })
        .getAttribute('href'),
    ).toBe('/src/privacy/index.html');
  });

  it('speaks German in a German browser, with no message missing', async () => {
    setMessageSource(catalogueApi('de'));
    showGuide();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Willkommen bei HCP Lens');
    expect(screen.getByRole('heading', { name: 'Die fünf Kategorien' })).toBeTruthy();
    expect(screen.getByRole('table').textContent).toContain('Enter oder c');
    await screen.findByRole('checkbox', { name: /Öffentlichen Profiltext abrufen/ });
    expect(document.body.textContent).not.toContain('⟦');
  });

  it('turns public bio look-ups off and on, as the dashboard’s Privacy switch does', async () => {
    const bg = showGuide();
    const box = (await screen.findByRole('checkbox', {
      name: 'Fetch the public bio of authors whose posts show none',
    })) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    const stored = async () =>
      ((await bg.runtime.sendMessage({ type: 'settings/get' })) as { data: { fetchBios: boolean } })
        .data.fetchBios;
    await waitFor(async () => expect(await stored()).toBe(false));
    fireEvent.click(box);
    await waitFor(async () => expect(await stored()).toBe(true));
  });

  it('lets the user correct the sample author on the demo bar, and back', () => {
    const bg = showGuide();
    const badge = () => demoBar().querySelector<HTMLButtonElement>('button.badge')!;
    expect(badge().classList.contains('hcp')).toBe(true);
    fireEvent.click(badge());
    expect(badge().classList.contains('not-hcp')).toBe(true);
    fireEvent.click(badge());
    expect(badge().classList.contains('hcp')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Not saved: this is a demonstration.');
    expect(bg.runtime.sent.map((m) => m.type)).toEqual(['settings/get']);
  });

  for (const { keys, does } of BAR_KEYS) {
    for (const key of keys) {
      it(`key ${key} on the demo bar does what the guide says (${does}), and saves nothing`, () => {
        const bg = showGuide();
        const selector = EFFECT[does]!(key);
        expect(demoBar().querySelector(selector)).toBeNull();
        // As a user reaches it: Tab moves the focus to the bar, which opens its controls.
        fireEvent.focus(demoBar());
        fireEvent.keyDown(demoBar(), { key });
        expect(demoBar().querySelector(selector)).not.toBeNull();
        // The demo only reads the bio setting: no annotation and no AE report reach the database.
        expect(bg.runtime.sent.map((m) => m.type)).toEqual(['settings/get']);
      });
    }
  }
});
