import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import type { Signal } from '../../src/classify/types';
import { storedVerdict } from '../../src/db/posts';
import { setMessageSource } from '../../src/shared/i18n';
import { specialtyLabel } from '../../src/ui/labels';
import { signalText, weightedSignalText } from '../../src/ui/signal-text';
import { catalogueApi } from '../helpers/catalogue';
import { snapshot } from '../helpers/posts';

afterEach(() => setMessageSource(catalogueApi('en')));

const cardiologist = snapshot('1', {
  authorName: 'Dr. Ana Ruiz, MD',
  authorHeadline: 'Cardiologist at Lakeside Heart',
  text: 'My patient on apixaban came back with a bad rash and hives after two weeks.',
});

const texts = (signals: Signal[]) => signals.map(signalText);

describe('the classifier’s reasons in the user’s language', () => {
  it('words every reason in English as the classify command does', () => {
    const { signals } = classify(cardiologist);
    // Every signal the classifier gives has a code, so none falls back to its English label.
    expect(signals.filter((s) => !s.reason)).toEqual([]);
    expect(texts(signals)).toContain('MD in name');
    expect(texts(signals)).toContain("Names a medicine ('apixaban')");
  });

  it('words the same verdict in German, French and Spanish', () => {
    const { signals } = classify(cardiologist);
    setMessageSource(catalogueApi('de'));
    expect(texts(signals)).toContain('MD im Namen');
    expect(texts(signals)).toContain('Nennt ein Arzneimittel („apixaban“)');
    expect(texts(signals)).toContain('Betrifft eine bestimmte Person („My patient“)');
    setMessageSource(catalogueApi('fr'));
    expect(texts(signals)).toContain('Cite un médicament (« apixaban »)');
    setMessageSource(catalogueApi('es'));
    expect(texts(signals)).toContain('Nombra un medicamento («apixaban»)');
  });

  it('shows weights and learnt shares in the language’s number format', () => {
    setMessageSource(catalogueApi('de'));
    const learnt: Signal = {
      kind: 'trainee',
      label: 'Reads like a trainee (learnt from labelled posts, 62%)',
      weight: -1.5,
      reason: { code: 'modelTrainee', params: ['0.62'] },
    };
    expect(weightedSignalText(learnt)).toBe(
      'Klingt nach Weiterbildung (aus markierten Beiträgen gelernt, 62\u00a0%) (-1,5)',
    );
  });

  it('stores a reason without the words it quotes, and still words it', () => {
    const stored = storedVerdict(classify(cardiologist));
    expect(JSON.stringify(stored.signals)).not.toContain('apixaban');
    setMessageSource(catalogueApi('de'));
    expect(texts(stored.signals)).toContain('Nennt ein Arzneimittel');
  });

  it('keeps the English words of a verdict stored before reasons had codes', () => {
    setMessageSource(catalogueApi('de'));
    expect(signalText({ kind: 'hcp', label: 'Cardiologist in headline', weight: 3 })).toBe(
      'Cardiologist in headline',
    );
  });
});

describe('specialties in the user’s language', () => {
  it('names a specialty in German in the bar’s reasons, and keeps an unknown slug', () => {
    setMessageSource(catalogueApi('de'));
    expect(
      signalText({
        kind: 'specialty',
        label: 'Specialty: cardiology (named)',
        weight: 0,
        reason: { code: 'specialty', params: ['cardiology'] },
      }),
    ).toBe('Fachgebiet: Kardiologie');
    expect(specialtyLabel('physical-medicine-rehabilitation')).toBe(
      'Physikalische Medizin & Rehabilitation',
    );
    expect(specialtyLabel('no-such-specialty')).toBe('no-such-specialty');
  });
});
