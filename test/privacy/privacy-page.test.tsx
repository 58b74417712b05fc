// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivacyPage } from '../../src/privacy/PrivacyPage';
import { setMessageSource } from '../../src/shared/i18n';
import { DEFAULT_RETENTION_DAYS } from '../../src/db/settings';
import { PROFILE_APIS } from '../../src/platforms/sites';
import { catalogueApi } from '../helpers/catalogue';

afterEach(() => {
  cleanup();
  setMessageSource(catalogueApi('en'));
});

const section = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('section')!.textContent!;

describe('the privacy page', () => {
  it('says what is read, kept and sent, in English', () => {
    render(<PrivacyPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('HCP Lens and your privacy');
    expect(section('What is read')).toMatch(/author's name, handle and profile address/);
    expect(section('What is read')).toMatch(/the post's text, address and id/);
    const kept = section('What is kept, and for how long');
    expect(kept).toMatch(/until you remove your annotation/);
    // The default the settings really use, and the 7 days a fetched bio is kept.
    expect(kept).toContain(`${DEFAULT_RETENTION_DAYS} days by default`);
    expect(kept).toMatch(/Bios fetched from Bluesky or Mastodon: 7 days/);
    expect(kept).toMatch(/Adverse-event cases/);
    const sent = section('What is sent, and to whom');
    expect(sent).toMatch(/^What is sent, and to whomNothing, unless/);
    expect(sent).toMatch(/Posts you never annotate are never sent/);
    // The one profile API declared in the manifest is named.
    expect(sent).toContain(new URL(PROFILE_APIS[0]!.replace('*', '')).host);
    expect(sent).toMatch(/No analytics, no telemetry/);
    expect(
      screen.getByRole('link', { name: "Open the dashboard's settings" }).getAttribute('href'),
    ).toBe('/src/dashboard/index.html#/settings');
  });

  it('speaks German in a German browser, with no message missing', () => {
    setMessageSource(catalogueApi('de'));
    render(<PrivacyPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'HCP Lens und Ihre Privatsphäre',
    );
    expect(section('Was an wen gesendet wird')).toMatch(/keine Telemetrie/);
    expect(section('Was wie lange gespeichert wird')).toContain('30 Tage');
    expect(document.body.textContent).not.toContain('⟦');
  });
});
