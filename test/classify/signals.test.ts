import { describe, expect, it } from 'vitest';
import type { Signal } from '../../src/classify/types';
import { judge, labels } from './helpers';

const kinds = (signals: Signal[]): Set<string> => new Set(signals.map((s) => s.kind));

describe('signal wording (a marketer reads these)', () => {
  it.each([
    ['credential in name', () => judge('Ana Ruiz, PharmD', ''), 'PharmD in name'],
    ['credential in headline', () => judge('Ana Ruiz', 'RN | ICU'), 'RN in headline'],
    ['Dr. prefix', () => judge('Dr. Ana Ruiz', 'Internist'), "'Dr.' in name"],
    [
      'title in headline',
      () => judge('Ana Ruiz', 'Attending physician'),
      "Clinical title in headline ('attending')",
    ],
    [
      'first-person clinical language',
      () => judge('Jo', '', 'Saw my patient again today'),
      "first-person clinical language: 'my patient'",
    ],
    [
      'on-call duty',
      () => judge('Jo', '', 'Post-call and exhausted'),
      "on-call duty mentioned: 'post call'",
    ],
    [
      'verified platform',
      () => judge('Dr. Lee', 'Urology · Austin, TX', '', 'doximity'),
      'Doximity (verifies clinicians)',
    ],
    [
      'Managing Director',
      () => judge('Helen Brooks', 'MD, Leveraged Finance | Ashgrove Capital'),
      "'MD' means Managing Director",
    ],
    [
      'non-clinical doctorate',
      () => judge('Dr. Nina Falk', 'PhD | Process chemist'),
      'PhD (non-clinical doctorate)',
    ],
    [
      'doctorate outside medicine',
      () => judge('Dr. Ray Sol', 'Doctor of Business Administration'),
      "Doctorate outside medicine ('doctor of b')",
    ],
    [
      'former clinician',
      () => judge('Carla Diaz', 'Former ER nurse, now Product Marketing Lead'),
      "Former clinician ('former er nurse')",
    ],
  ])('%s', (_why, run, label) => {
    expect(labels(run())).toContain(label);
  });

  it('every signal kind appears with a non-empty label', () => {
    const hcpCase = judge(
      'Dana Wu, PharmD',
      'Medical Science Liaison, Hematology | Aurelis Therapeutics',
      'My patient, 70F, started lisinopril and now has a swollen tongue.',
    );
    const resident = judge('Ben Ode, MD', 'PGY-2 resident, internal medicine');
    const lookalike = judge('Jo Bell', 'Patient advocate | living with lupus');
    const seen = new Set([
      ...kinds(hcpCase.signals),
      ...kinds(resident.signals),
      ...kinds(lookalike.signals),
    ]);
    for (const k of ['hcp', 'not-hcp', 'trainee', 'industry', 'specialty', 'ae'])
      expect(seen.has(k)).toBe(true);
    for (const s of [...hcpCase.signals, ...resident.signals, ...lookalike.signals])
      expect(s.label.length).toBeGreaterThan(3);
  });

  it('an adverse event names medicine, problem and person in plain words', () => {
    const v = judge(
      'Pat Green',
      'Dad, gardener',
      'my son started zyrtec and now has nightmares',
      'x',
    );
    expect(v.ae).toBe(true);
    expect(labels(v)).toEqual(
      expect.arrayContaining([
        "Names a medicine: 'zyrtec'",
        "Describes a side effect or problem: 'nightmares'",
        "About a specific person: 'my son'",
      ]),
    );
  });
});

describe('look-alikes in other languages and forms', () => {
  it.each([
    ['Spanish doctorate', 'Dr. Luis Paz', 'Doctor en Economía | Profesor'],
    ['Portuguese doctorate', 'Dra. Ana Reis', 'Doutora em Engenharia'],
    ['retired nurse (PT)', 'Rui Costa', 'Enfermeiro reformado | avô'],
    ['nurse turned realtor', 'Tess Reid', 'nurse-turned-realtor | Austin'],
    ['MD at a consultancy', 'Carl Moss', 'MD, Life Sciences Practice | Beacon Consulting'],
    ['PA the state', 'Sam Ortega', 'State College, PA • climbing'],
  ])('%s is not an HCP', (_why, name, headline) => {
    expect(judge(name, headline, 'Nice weekend.').isHcp).toBe(false);
  });
  it('a union rep who is an ICU RN is still an HCP', () => {
    expect(judge('Kai N', 'ICU RN. Union rep.').isHcp).toBe(true);
  });
});
