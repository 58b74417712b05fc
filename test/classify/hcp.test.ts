import { describe, expect, it } from 'vitest';
import { judge, labels } from './helpers';

describe('HCP: credentials and titles', () => {
  it.each([
    ['Lena Ortiz, MD', ''],
    ['Sam Park, DO', ''],
    ['Aditi Rao, MBBS', 'Registrar in paediatrics'],
    ['Grace Mills, RN', ''],
    ['Tom Hale, BSN, RN', ''],
    ['Maya Lund, FNP-BC', ''],
    ['Paul Ng, CRNA', ''],
    ['Rita Sosa, PharmD', ''],
    ['Ian Cole, RPh', ''],
    ['Jo Banks, PA-C', ''],
    ['Ruth Diaz, DDS', ''],
    ['Lee Fox, DPT', ''],
    ['Kim Roy, RDN', ''],
    ['Nora Vance, PsyD', ''],
    ['Eli Stone, RRT', ''],
    ['Ana Reyes, CNM', ''],
  ])('%s is an HCP', (name, headline) => {
    const v = judge(name, headline);
    expect(v.isHcp).toBe(true);
    expect(v.hcpConfidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['Neurologist at Pinecrest Medical Group'],
    ['ICU nurse | night owl'],
    ['Hospital pharmacist, antimicrobial team'],
    ['Family physician in rural Maine'],
    ['Flight paramedic'],
    ['Certified nurse-midwife'],
    ['Physical therapist helping runners'],
    ['Licensed psychologist, trauma focus'],
    ['Consultant Radiologist'],
  ])('a clinical title in the headline ("%s") is enough', (headline) => {
    expect(judge('Alex Moreno', headline).isHcp).toBe(true);
  });

  it('names the evidence in marketer wording', () => {
    const v = judge('Priya Das, MD', 'Cardiologist at Lakeshore Clinic');
    expect(labels(v)).toContain('MD in name');
    expect(labels(v).some((l) => l.includes('Cardiologist') || l.includes('cardiologist'))).toBe(
      true,
    );
  });

  it('Doximity plus a specialty line is an HCP', () => {
    expect(judge('Dr. Hugo Lamb', 'Rheumatology · Omaha, NE', '', 'doximity').isHcp).toBe(true);
  });

  it('an empty profile with first-person clinical language is an HCP', () => {
    const v = judge(
      'Jules',
      '',
      'Post-call and my patient in room 7 finally ate breakfast. Small wins.',
      'mastodon',
    );
    expect(v.isHcp).toBe(true);
    expect(labels(v)).toContain("first-person clinical language: 'my patient'");
  });
});

describe('HCP: look-alikes are not HCPs', () => {
  it.each([
    ['Managing Director "MD"', 'Helen Brooks', 'MD, Leveraged Finance | Ashgrove Capital'],
    [
      'MD after the name of a banker',
      'Victor Lane, MD',
      'Managing Director, Healthcare Coverage at Oakridge Partners',
    ],
    ['PhD chemist with Dr.', 'Dr. Nina Falk', 'PhD | Process chemist at Brightline Materials'],
    ['economist with Dr.', 'Dr. Omar Haddad', 'Development economist, PhD'],
    ['EdD school leader', 'Dr. Lisa Trent, EdD', 'Principal, Northside Elementary'],
    ['PA the state', 'Gus Romano', 'Scranton, PA | Penn State fan | grill master'],
    ['DO as a verb', 'Kayla Price', 'I DO hard things | Marathoner | Mom'],
    ['RN inside words', 'Bernie Wright', 'MODERN furniture | LEARN to build | Western NY'],
    [
      'pharma marketer',
      'Leah Kim',
      'Associate Director, Brand Marketing (Oncology) at Solvane Pharma',
    ],
    [
      'patient advocate',
      'Jo Bell',
      'Living with rheumatoid arthritis | patient advocate | speaker',
    ],
    [
      'ex-nurse in marketing',
      'Carla Diaz',
      'Former ER nurse, now Product Marketing Lead at Wellnest',
    ],
    [
      'paramedic turned founder',
      'Rob Yates',
      'Paramedic turned founder | building dispatch software',
    ],
    [
      'healthcare recruiter',
      'Tina Wolfe',
      'Physician recruiter | placing hospitalists across the Midwest',
    ],
    ['health journalist', 'Mark Ellis', 'Health reporter at the Valley Courier'],
    ['explicit disclaimer', 'Dr. Sol Reyes', 'Marine biologist. Not a medical doctor.'],
  ])('%s', (_why, name, headline) => {
    const v = judge(name, headline, 'Great week with the team.');
    expect(v.isHcp).toBe(false);
    expect(v.hcpConfidence).toBeGreaterThanOrEqual(0.5);
  });

  it('post language alone does not make a non-clinician an HCP', () => {
    const v = judge(
      'Amy Cross',
      'Hospital volunteer coordinator',
      'Our ICU nurses were on call all night, my patient visits will wait.',
    );
    expect(v.isHcp).toBe(false);
  });
});

describe('HCP: industry clinicians', () => {
  it('an MSL with a PharmD is an HCP in industry', () => {
    const v = judge(
      'Dana Wu, PharmD',
      'Medical Science Liaison, Hematology | Aurelis Therapeutics',
    );
    expect(v).toMatchObject({ isHcp: true, industry: true });
  });
  it('a pharma medical director who is an MD is an HCP in industry', () => {
    const v = judge('Farid Khan, MD', 'Medical Director, Vaccines at Cobaltia Pharmaceuticals');
    expect(v).toMatchObject({ isHcp: true, industry: true });
  });
  it('a hospital medical director is not industry', () => {
    const v = judge(
      'Irene Lowe, MD',
      'Medical Director, Emergency Department at Saint Brigid Hospital',
    );
    expect(v).toMatchObject({ isHcp: true, industry: false });
  });
  it('a pharma marketer is neither HCP nor industry clinician', () => {
    expect(judge('Zoe Hart', 'Marketing Manager at Velora Pharma')).toMatchObject({
      isHcp: false,
      industry: false,
    });
  });
});

describe('HCP: trainees', () => {
  it.each([
    ['Ben Ode, MD', 'PGY-2 resident, internal medicine'],
    ['Lucy Tran', 'Med student, class of 2027'],
    ['Ravi Nair', 'MS3 | aspiring pediatrician'],
    ['Dr. Eva Lind', 'Heme/onc fellow @ Northgate'],
    ['Chloe Ames', 'Nursing student | future L&D nurse'],
    ['Tariq Aziz', 'PharmD Candidate 2027'],
  ])('%s (%s) is a trainee HCP', (name, headline) => {
    expect(judge(name, headline)).toMatchObject({ isHcp: true, trainee: true });
  });
  it('an attending is not a trainee', () => {
    expect(judge('Omar Fitz, MD', 'Attending physician, hospital medicine').trainee).toBe(false);
  });
  it('a visiting fellow at a think tank is not a trainee', () => {
    expect(
      judge('Dr. Ray Holt', 'Visiting Fellow, Center for Fiscal Policy | Economist').trainee,
    ).toBe(false);
  });
});

describe('HCP: Spanish, French, German, Portuguese', () => {
  it.each([
    ['Dr. Pablo Ruiz', 'Médico de urgencias | Hospital del Sur'],
    ['Carmen Gil', 'Enfermera de UCI en Bilbao'],
    ['Dr. Petra Vogt', 'Ärztin für Allgemeinmedizin'],
    ['Jonas Weber', 'Facharzt für Kardiologie'],
    ['Élise Martin', 'Médecin généraliste à Lille'],
    ['Sophie Blanc', 'Infirmière libérale'],
    ['Tiago Costa', 'Farmacêutico hospitalar'],
    ['Luc Perrin', 'Pharmacien d’officine'],
  ])('%s (%s) is an HCP', (name, headline) => {
    expect(judge(name, headline).isHcp).toBe(true);
  });
  it('a German assistant doctor is a trainee', () => {
    expect(judge('Mara Kuhn', 'Assistenzärztin Chirurgie, 2. Jahr').trainee).toBe(true);
  });
});
