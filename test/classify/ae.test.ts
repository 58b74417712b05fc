import { describe, expect, it } from 'vitest';
import { judge, labels } from './helpers';

const doc = (text: string) => judge('Dr. Ken Alder', 'Family physician', text);
const lay = (text: string) => judge('Pat Green', 'Dad, gardener, retired postman', text, 'x');

describe('potential adverse event', () => {
  it('product + effect + identifiable patient', () => {
    const v = doc(
      'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.',
    );
    expect(v.ae).toBe(true);
    expect(labels(v).some((l) => l.startsWith('Names a medicine:'))).toBe(true);
    expect(labels(v).some((l) => l.startsWith('About a specific person:'))).toBe(true);
  });
  it('a caregiver reporting a reaction in a relative', () => {
    expect(
      lay(
        'My mother got a rash all over her arms a week after starting allopurinol. Calling her GP tomorrow.',
      ).ae,
    ).toBe(true);
  });
  it('an unknown brand name in context', () => {
    expect(
      lay(
        'Third Veltrazo injection yesterday and I woke up dizzy with a pounding headache. Anyone else on it?',
      ).ae,
    ).toBe(true);
  });
  it('lack of effect', () => {
    expect(
      doc(
        'A 45-year-old man on levetiracetam for years, doses never missed, still had breakthrough seizures this month.',
      ).ae,
    ).toBe(true);
  });
  it('exposure in pregnancy', () => {
    expect(
      doc(
        'Patient of mine, 29, on methotrexate for psoriasis, just told me she is pregnant. Stopped it today.',
      ).ae,
    ).toBe(true);
  });
  it('overdose and misuse', () => {
    expect(
      lay(
        'My son took too much of his ADHD meds, methylphenidate, and his heart was racing. ER says he will be fine.',
      ).ae,
    ).toBe(true);
  });
  it('Spanish, French, German cues', () => {
    expect(
      lay('Mi madre lleva un mes con amlodipino y tiene los tobillos muy hinchados y mareos.').ae,
    ).toBe(true);
    expect(lay('Ma mère a des vertiges depuis qu’elle prend de l’amlodipine.').ae).toBe(true);
    expect(
      doc('Patientin, 68, unter Metformin seit Jahren, jetzt starke Übelkeit und Durchfall.').ae,
    ).toBe(true);
  });

  it('a general statement is not an AE', () => {
    expect(
      doc(
        'Reminder: statins can cause myalgia, but most muscle aches on statins are not caused by the drug.',
      ).ae,
    ).toBe(false);
  });
  it('no adverse effect reported is not an AE', () => {
    expect(
      lay('Month 3 on semaglutide, down 9 kg and no side effects at all. Feeling great.').ae,
    ).toBe(false);
  });
  it('trial-level safety data are not an AE', () => {
    expect(
      doc(
        'Our phase 2 data: grade 3 neutropenia in 12% of patients on the combination. Full paper out next month.',
      ).ae,
    ).toBe(false);
  });
  it('a case without a product is not an AE', () => {
    expect(doc('ECG challenge: 60M with palpitations and dizziness. What is your read?').ae).toBe(
      false,
    );
  });
});
