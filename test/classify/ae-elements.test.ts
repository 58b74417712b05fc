import { describe, expect, it } from 'vitest';
import { aeElements, guessLanguage } from '../../src/classify';

const input = (text: string) => ({
  platform: 'linkedin' as const,
  authorName: 'Dr. Ken Alder',
  authorHeadline: 'Family physician',
  text,
});

describe('the minimum elements of a possible adverse event', () => {
  it('names the product, the event and the words that identify the patient', () => {
    const found = aeElements(
      input(
        'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.',
      ),
    );
    expect(found.products).toContain('apixaban');
    expect(found.events.length).toBeGreaterThan(0);
    expect(found.patient.join(' ')).toMatch(/patient/);
  });

  it('gives empty lists for what the text does not name', () => {
    expect(aeElements(input('Great turnout at the cardiology grand rounds today.'))).toEqual({
      products: [],
      events: [],
      patient: [],
    });
  });
});

describe('the language of a post', () => {
  it('is guessed from its function words, and undetermined when there are too few', () => {
    expect(
      guessLanguage('Mi madre lleva un mes con amlodipino y tiene los tobillos hinchados.'),
    ).toBe('es');
    expect(
      guessLanguage('Ma mère a des vertiges depuis qu’elle prend de l’amlodipine et des maux.'),
    ).toBe('fr');
    expect(guessLanguage('My dad was switched to the new pill and is dizzy all the time.')).toBe(
      'en',
    );
    expect(guessLanguage('Amlodipine 5 mg')).toBe('und');
  });
});
