import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/classify/types';
import { judge } from './helpers';

const doc = (text: string) => judge('Dr. Rosa Kim', 'Internist at Bayview Clinic', text);

describe('category', () => {
  it.each([
    [
      'collaborating',
      'Tricky one from clinic: 52M with new AF and an eGFR of 28. Apixaban dose? Would you reduce given his weight is 61 kg? Curious what others do.',
    ],
    [
      'collaborating',
      'Quick poll for hospitalists: do you still order daily labs on stable patients, or have you moved to every other day? Vote below.',
    ],
    [
      'communicating',
      'Reminder: a cough that lingers 3 weeks after a cold is common and usually not a reason for antibiotics. If you have fever, chest pain or trouble breathing, call your doctor.',
    ],
    [
      'communicating',
      'Did you know? Most sunburns happen on cloudy days. Reapply your sunscreen every two hours and protect your kids. #SkinCancerAwareness',
    ],
    [
      'connecting',
      'Hour 11 of my night shift and the whole team just shared a birthday cake in the break room. Grateful for these people.',
    ],
    [
      'connecting',
      'Took my first real vacation in three years. Slept, read, cried a little. Burnout is real, friends.',
    ],
    [
      'creating',
      'Our randomized trial of early mobilisation after hip fracture is published today: n=480, shorter stays and fewer readmissions. Link in comments.',
    ],
    [
      'creating',
      'Hot take on the proposed Medicare payment rule: it will push small practices to sell. Policy should reward primary care, not penalise it.',
    ],
    [
      'catalyzing',
      "We're hiring two outpatient nurse practitioners! Full-time, no weekends, sign-on bonus. Apply via the link or message me.",
    ],
    [
      'catalyzing',
      'Free webinar next Tuesday on insulin titration, 1.0 CME credit. Register at the link below.',
    ],
    [
      'none',
      'Anyone selling a kayak near Duluth? Looking for something cheap for the lake this summer.',
    ],
    [
      'none',
      '🔥 Summer sale! 30% off all candles with code SUNNY. Free shipping this weekend only.',
    ],
  ])('%s: %s', (category, text) => {
    expect(doc(text).category).toBe(category);
  });

  it('an empty post is none', () => {
    expect(doc('').category).toBe('none');
  });

  it('scores cover all six categories and sum to 1', () => {
    const v = doc('Our new study is out in JAMA today.');
    expect(Object.keys(v.categoryScores).sort()).toEqual([...CATEGORIES].sort());
    const sum = CATEGORIES.reduce((s, c) => s + v.categoryScores[c], 0);
    expect(sum).toBeCloseTo(1, 6);
    for (const c of CATEGORIES) expect(v.categoryScores[c]).toBeGreaterThanOrEqual(0);
  });

  it('Spanish, French, German and Portuguese cues', () => {
    expect(
      doc('Recuerda: si tienes fiebre más de tres días, pregunta a tu médico. #Salud').category,
    ).toBe('communicating');
    expect(
      doc('Retour du congrès : trois messages que je retiens sur l’insuffisance cardiaque.')
        .category,
    ).toBe('creating');
    expect(
      doc('Wir suchen eine Fachärztin für unsere Praxis. Stelle ab Januar, Teilzeit möglich.')
        .category,
    ).toBe('catalyzing');
    expect(doc('Dica: procure seu médico se a febre durar mais de três dias.').category).toBe(
      'communicating',
    );
  });
});
