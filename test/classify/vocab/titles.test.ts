import { statSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify';
import { firstTitle, statedTitle, TITLE_COUNT } from '../../../src/classify/vocab/titles';
import { fold } from '../../../src/classify/text';
import { tokenize } from '../../../src/classify/tokens';

const FILE = 'src/classify/vocab/clinical-titles.json';
const words = (s: string) => tokenize(fold(s));

describe('compiled clinical job titles', () => {
  it('stay small enough to ship (under 16 KB) yet cover hundreds of forms', () => {
    expect(statSync(FILE).size).toBeLessThan(16 * 1024);
    expect(TITLE_COUNT).toBeGreaterThan(500);
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as { sources: Record<string, string> };
    expect(Object.keys(data.sources)).toEqual(
      expect.arrayContaining(['en', 'es', 'fr', 'nl', 'pt']),
    );
  });

  it('compiles nothing from a GPL-only dictionary (German and Italian are written by hand)', () => {
    const data = JSON.parse(readFileSync(FILE, 'utf8')) as { sources: Record<string, string> };
    expect(Object.keys(data.sources)).not.toContain('de');
    expect(Object.keys(data.sources)).not.toContain('it');
    for (const licence of Object.values(data.sources)) expect(licence).toMatch(/MPL|BSD/);
  });

  it.each([
    ['Assistenzärztin', 'trainee', ''],
    ['Oberarzt', 'physician', ''],
    ['Fachärztin', 'physician', ''],
    ['Pflegefachfrau', 'nurse', 'nursing'],
    ['Gesundheitspflegerin', 'nurse', 'nursing'],
    ['Apothekerin', 'pharmacist', 'pharmacy'],
    ['Zahnaerztin', 'dentist', 'dentistry'],
    ['Psychotherapeutin', 'psychologist', 'psychology'],
    ['infermiera', 'nurse', 'nursing'],
    ['ostetrica', 'midwife', 'midwifery'],
    ['fisioterapista', 'therapist', 'physical-therapy'],
    ['specializzanda', 'trainee', ''],
    ['cardiologhe', 'physician', 'cardiology'],
    ['farmacisti', 'pharmacist', 'pharmacy'],
  ])('knows the German or Italian %s as a %s title (%s)', (word, role, slug) => {
    expect(firstTitle(words(word))).toMatchObject({ role, slug });
  });

  it.each([
    ['Kardiologin', 'physician', 'cardiology'],
    ['Hebammen', 'midwife', 'midwifery'],
    ['infirmière', 'nurse', 'nursing'],
    ['enfermera', 'nurse', 'nursing'],
    ['pediatra', 'physician', 'pediatrics'],
    ['farmacêutica', 'pharmacist', 'pharmacy'],
    ['huisarts', 'physician', 'family-medicine'],
    ['ortopedista', 'physician', 'orthopedics'],
    ['Neuroradiologist', 'physician', 'radiology'],
  ])('knows %s as a %s title (%s)', (word, role, slug) => {
    expect(firstTitle(words(word))).toMatchObject({ role, slug });
  });

  it('takes no veterinary compound or field name for a title', () => {
    expect(firstTitle(words('Kardiologie und Radiologie'))).toBeUndefined();
    const v = classify({
      platform: 'mastodon',
      authorName: 'Dr. Ines Vogel',
      authorHeadline: 'Tierärztin · Kleintierpraxis',
      text: 'Kaninchen brauchen Heu.',
    });
    expect(v.isHcp).toBe(false);
    expect(v.signals.map((s) => s.label).join()).toMatch(/Veterinary/);
  });
});

describe('a title the author states in the post', () => {
  it('finds self-descriptions in several languages', () => {
    expect(statedTitle(words('Como pediatra, os lo digo claro'))?.title.slug).toBe('pediatrics');
    expect(statedTitle(words('Ich bin Kardiologin und sehe das täglich'))?.title.role).toBe(
      'physician',
    );
    expect(statedTitle(words("I'm a nurse and this matters"))?.title.role).toBe('nurse');
    expect(statedTitle(words('je suis infirmière depuis 10 ans'))?.title.role).toBe('nurse');
  });

  it('ignores past, negated, aspired or family titles', () => {
    expect(statedTitle(words("I'm not a doctor but"))).toBeUndefined();
    expect(statedTitle(words('I was a nurse for ten years'))).toBeUndefined();
    expect(statedTitle(words('As a retired nurse I see'))).toBeUndefined();
    expect(statedTitle(words('doctors such as cardiologists agree'))).toBeUndefined();
  });

  it('makes an author with no bio an HCP, and says why', () => {
    const v = classify({
      platform: 'x',
      authorName: 'Marta G.',
      authorHeadline: '',
      text: 'Soy enfermera de urgencias: bebed agua estos días de calor.',
    });
    expect(v.isHcp).toBe(true);
    expect(v.signals.some((s) => /Role stated in the post: enfermera/.test(s.label))).toBe(true);
  });
});
