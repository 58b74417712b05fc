/**
 * The adverse-event detector on patient, caregiver and tweet language it used to miss: loose lay
 * effects, lab changes, injection-site and device trouble, loose lack of effect, nicknames and
 * product forms, vaccines, insulins, biologics and allergen immunotherapy by brand, in the eight
 * languages; with negation, hedging and near misses still kept false.
 */
import { describe, expect, it } from 'vitest';
import { judge } from './helpers';

const lay = (text: string) => judge('Sam Reyes', 'runner, cat person', text, 'x').ae;
const doc = (text: string) => judge('Dr. Ken Alder', 'Family physician', text).ae;

describe('lay wording of an effect', () => {
  it.each([
    'two weeks on semaglutide and my water tastes like pennies now',
    'started sertraline 50 and i literally cannot sit still, akathisia is hell',
    'wegovy month 5 and my cheeks are so hollow my friends joke about ozempic face',
    'finasteride for a year and now my hair is thinning faster than before, lost handfuls this week',
    'felt awful for three days after my dose of tirzepatide, could barely get off the couch',
    'my heart is pounding at night since i started the adderall, 120 bpm lying in bed',
  ])('%s', (text) => expect(lay(text)).toBe(true));
  it.each([
    'Seit ich Mounjaro nehme, schmeckt alles nach Metall.',
    'Depuis que je prends du Wegovy mon cœur s’emballe la nuit.',
    'Desde que tomo Yasmin tengo migrañas todos los días.',
    'Da quando prendo la Yaz il cibo ha un sapore metallico',
    'Sinds ik Ozempic spuit heb ik geen eetlust en ben ik doodmoe.',
  ])('%s', (text) => expect(lay(text)).toBe(true));
});

describe('lab changes', () => {
  it('a transaminase rise against the upper limit', () => {
    expect(doc('My patient, 63M, on rosuvastatin 20: ALT 4x ULN at the 12-week check.')).toBe(true);
  });
  it('a glucose crash written by the patient', () => {
    expect(lay('on gliclazide since june and my sugar crashed to 45 at work today')).toBe(true);
  });
  it('a falling A1c is a good result, not an event', () => {
    expect(lay('Four months on metformin and my A1c went from 8.1 to 6.5!')).toBe(false);
  });
});

describe('injection-site and device trouble', () => {
  it('a reaction under a patch', () => {
    expect(
      lay('the skin under my estradiol patch is raw and blistered every time i change it'),
    ).toBe(true);
  });
  it('a vaccine arm', () => {
    expect(lay('had the pneumovax this morning and my arm is rock hard')).toBe(true);
  });
  it('a pen that failed', () => {
    expect(lay('my humira pen jammed and leaked everywhere this morning')).toBe(true);
  });
});

describe('lack of effect in loose words', () => {
  it.each([
    'been on jardiance 4 months and my fasting is still over 200',
    'my rinvoq stopped doing anything, flaring again since march',
    'El Wegovy no me hizo nada, tres meses igual',
  ])('%s', (text) => expect(lay(text)).toBe(true));
});

describe('products by nickname, form and brand', () => {
  it.each([
    ['a nickname', 'week 3 on ozzy and i threw up twice today'],
    ['a nickname before a day count', 'zeppy day 2 and im so nauseous i cant eat'],
    ['the jab', 'the jab gave me chills and a fever of 38.9 all night'],
    ['a vaccine by brand', 'my son had a fever of 39 the night after his priorix'],
    ['an insulin by brand', 'my ryzodeg dose went up and now im having hypos every night'],
    ['a biologic by brand', 'second adbry injection and my eyes are red and swollen'],
    [
      'allergen immunotherapy',
      'first odactra tablet and my mouth is itchy and my throat felt tight',
    ],
    ['a nickname in Russian', 'Колю Оземпик месяц, вкус металлический во рту постоянно'],
  ])('%s', (_kind, text) => expect(lay(text)).toBe(true));
  it('"the shot of espresso" is no product', () => {
    expect(lay('the shot of espresso did nothing for me today, still exhausted')).toBe(false);
  });
});

describe('caregivers and neighbours', () => {
  it('a neighbour', () => {
    expect(lay('my neighbour started apixaban and has bruises all over her legs')).toBe(true);
  });
  it('a father in Russian', () => {
    expect(lay('У папы после эналаприла сухой кашель уже две недели')).toBe(true);
  });
});

describe('negation, hedging and near misses stay false', () => {
  it.each([
    'three months on mounjaro and no metallic taste, no nausea, nothing',
    'Does the flu jab cause a sore arm? Getting mine tomorrow.',
    'Injection-site reactions to GLP-1 pens can occur; rotate sites, we tell every patient.',
    'felt awful all weekend with a cold, no meds, just tea',
  ])('%s', (text) => expect(lay(text)).toBe(false));
});
