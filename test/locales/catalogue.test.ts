import { describe, expect, it } from 'vitest';
import { localeLanguages, readCatalogue } from '../../scripts/locales.mjs';
import { LANGUAGES, messageFile } from '../../src/locales/catalogue';
import { setMessageSource, t, tn } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';

const placeholders = (text: string) =>
  [...text.matchAll(/\$(\d|[A-Za-z_]+\$)/g)].map((m) => m[0]).sort();

describe('the language catalogues', () => {
  const english = readCatalogue('en') as Record<string, { message: string }>;

  it('has exactly the languages the product promises', () => {
    expect(localeLanguages()).toEqual([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: is well formed, and has every English message with the same placeholders`, () => {
      const catalogue = readCatalogue(lang) as Record<string, { message: string }>;
      expect(messageFile.safeParse(catalogue).error).toBeUndefined();
      const missing = Object.keys(english).filter((k) => !(k in catalogue));
      const extra = Object.keys(catalogue).filter((k) => !(k in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      for (const [key, { message }] of Object.entries(english)) {
        expect([key, placeholders(catalogue[key]!.message)]).toEqual([key, placeholders(message)]);
      }
    });
  }

  it('shows a missing name so it is seen, and answers in the installed language', () => {
    setMessageSource(catalogueApi('de'));
    try {
      expect(t('extDescription')).toMatch(/Fachkreisen/);
      expect(t('noSuchMessage' as never)).toBe('⟦noSuchMessage⟧');
    } finally {
      setMessageSource(catalogueApi('en'));
    }
  });

  it('falls back to the _other form of a count', () => {
    expect(tn('noSuchCount', 2)).toBe('⟦noSuchCount_other⟧');
  });
});
