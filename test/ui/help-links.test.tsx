// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpLinks } from '../../src/ui/HelpLinks';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';

afterEach(() => {
  cleanup();
  setMessageSource(catalogueApi('en'));
});

const ROOT = join(import.meta.dirname, '..', '..');

describe('the links to the guide and the privacy page', () => {
  it('open both pages in a new tab, from any extension page', () => {
    render(<HelpLinks />);
    for (const name of ['Guide', 'Privacy']) {
      const link = screen.getByRole('link', { name });
      expect(link.getAttribute('target')).toBe('_blank');
      // An address from the extension's root names a page the build makes from src/.
      expect(existsSync(join(ROOT, link.getAttribute('href')!))).toBe(true);
    }
  });

  it('are named in the browser’s language', () => {
    setMessageSource(catalogueApi('de'));
    render(<HelpLinks />);
    expect(screen.getByRole('link', { name: 'Anleitung' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Datenschutz' })).toBeTruthy();
  });
});
