/**
 * Evidence against an HCP reading of the profile (non-clinical roles, former clinicians) and the
 * first-person clinical language of a post. Same weight scale as `lexicon-hcp.ts`.
 */
import { wordRe } from './text';
import type { Rule } from './lexicon-hcp';
import type { SignalCode } from './types';

/** Non-clinical roles. A clinician may also be a founder, so those weigh less than a disclaimer. */
// prettier-ignore
export const NOT_HCP: readonly Rule[] = [
  {
    re: /not (?:a |an |that kind of )?(?:medical )?(?:doctor|clinician|physician|nurse|md)(?![\p{L}])|no (?:soy|soy un[a]?) medic|pas medecin|kein(?:e)? arzt/u,
    weight: -6,
    label: "'not a doctor' disclaimer", code: 'notDoctorDisclaimer',
  },
  {
    re: wordRe([
      'journalist', 'periodista', 'journaliste', 'journalistin', 'jornalista', 'reporter', 'writer', 'columnist',
      'editor', 'content creator', 'influencer', 'podcaster', 'science communicator', 'author',
    ]),
    weight: -2.5,
    label: 'Journalist / writer', code: 'journalist',
  },
  {
    re: /(?<![\p{L}])(?:chemist|chemiker(?:in)?|physicist|physiker(?:in)?|astrophysicist|(?<!physician[- ]|clinician[- ])scientist|neuroscientist|biologist|biolog[oa]|economist|historian|statistician|biostatistic\p{L}*|sociologist|anthropologist|quimic[oa]|chimiste)(?![\p{L}])/u,
    weight: -2.5,
    label: 'Scientist / academic role', code: 'scientist',
  },
  { re: wordRe(['epidemiologist']), weight: -1.5, label: 'Epidemiologist', code: 'epidemiologist' },
  {
    // "Doctor en Economía", "Doctor of Business Administration", "Doutora em Farmacologia".
    re: /(?<![\p{L}])(?:doctor|doctora|docteur|docteure|doutor|doutora|doktor)\s+(?:en|of|in|em|es|der|de)\s+(?!medic|medecin|medizin|dental|dentistry|pharmacy|nursing|osteopath|physical therapy|optometry|podiatr|odont|enfermag|chirurgie dentaire)\p{L}/u,
    weight: -3,
    label: 'Doctorate outside medicine', code: 'doctorateOutside',
  },
  {
    re: wordRe([
      'engineer', 'developer', 'sysadmin', 'programmer', '(?:data|policy|health data|research|financial) analyst',
      'analyst',
    ]),
    weight: -2,
    label: 'Tech / analyst role', code: 'techRole',
  },
  {
    re: wordRe([
      'founder', 'co-founder', 'cofounder', 'ceo', 'entrepreneur', 'president', 'fundador(?:a)?', 'fondateur',
      'fondatrice', 'grunder(?:in)?',
    ]),
    weight: -1.5,
    label: 'Founder / executive', code: 'founder',
  },
  {
    re: wordRe(['investor', 'venture', 'ventures', 'vc', 'private equity', 'healthcare pe']),
    weight: -2.5,
    label: 'Investor', code: 'investor',
  },
  {
    re: wordRe([
      'recruiter', 'recruitment', 'recruiting', 'talent acquisition', 'staffing', 'headhunter',
      'placing (?:physicians|nurses|clinicians)',
    ]),
    weight: -3,
    label: 'Recruiter', code: 'recruiter',
  },
  {
    re: wordRe([
      'marketing', 'marketer', 'brand manager', 'sales', 'account executive', 'account manager', 'territory manager',
      'business development', 'market access', 'patient engagement', '(?<!union )rep', 'commercial', 'visitador(?:a)? medic[oa]',
      'delegue medical', 'pharmareferent(?:in)?',
    ]),
    weight: -2.5,
    label: 'Marketing / sales role', code: 'marketingRole',
  },
  {
    re: wordRe([
      'patient advocate', 'advocate', 'activista', 'warrior', 'survivor', 'thriver', 'living with',
      'patient(?![- ](?:safety|care|experience|cent(?:er|re)d|education|outcomes|first|access))', 'paciente',
      'patiente', 'patient-researcher', 'caregiver', 'carer', 'cuidador(?:a)?', 'aidant(?:e)?', 'parent advocate',
      'mom to a', 'diabetic', 't1d', 'transplant recipient', 'long covid', 'chronic illness', 'journey',
      'long-hauler',
    ]),
    weight: -2.5,
    label: 'Patient / caregiver / advocate', code: 'patientAdvocate',
  },
  {
    re: wordRe([
      '(?:health|wellness|fitness|nutrition|life|business|career|certified) coach', 'nutritionist', 'holistic',
      'wellness', 'doula', 'med spa', 'injectables', 'naturopath',
    ]),
    weight: -2.5,
    label: 'Wellness / coaching role', code: 'wellnessRole',
  },
  {
    re: wordRe([
      'office manager', 'front desk', 'receptionist', 'dean', 'superintendent', 'teacher', 'librarian', 'pastor',
      'chaplain', 'minister', 'doctor of ministry', 'conductor', 'musician', 'learning & development',
      'corporate training', 'lawyer', 'attorney', 'accountant', 'insurance', 'volunteer',
      'professor of (?:biostatistics|economics|history|law|chemistry|physics)',
    ]),
    weight: -2.5,
    label: 'Non-clinical occupation', code: 'nonClinicalJob',
  },
  {
    re: wordRe([
      'nonprofit', 'non-profit', 'collective', 'official account', 'health department', 'volunteer-run', 'magazine',
      'newsletter', 'news', 'watch',
    ]),
    weight: -2,
    label: 'Organisation account', code: 'organisation',
  },
  {
    re: wordRe(['retired', 'daughter', 'grandma', 'grandpa', 'grandmother', 'grandfather']),
    weight: -1,
    label: 'Family / retired description', code: 'familyRetired',
  },
];

/**
 * A former clinician is not an HCP unless another active clinical title remains (taxonomy §1).
 * The matched span is masked before titles are read, so "ex-ICU nurse" gives no nurse credit.
 */
const CLIN_NOUN =
  '(?:nurse|paramedic|emt|pharmacist|physician|doctor|doc|rn|medic|dentist|therapist|midwife|surgeon|np|pa|clinician|enfermer[oa]|enfermeir[oa]|infirmiere|infirmier|medecin|medic[oa]|arzt|arztin)';
export const FORMER = new RegExp(
  `(?<![\\p{L}])(?:ex|former|formerly|retired|recovering|ehemalige[rn]?|ancien(?:ne)?|antigu[oa])[\\s-]+(?:[^\\s|,.]+[\\s-]+){0,2}?${CLIN_NOUN}(?![\\p{L}])|(?<![\\p{L}])${CLIN_NOUN}[\\s-]+turned(?![\\p{L}])|(?<![\\p{L}])${CLIN_NOUN}\\s+(?:reformad[oa]|jubilad[oa]|aposentad[oa]|retraitee?|a la retraite|im ruhestand|in rente)(?![\\p{L}])|(?:left|quit) (?:clinical )?(?:medicine|nursing|practice|the bedside)`,
  'gu',
);

/** First-person clinical practice in the post, in the word syntax of `tokens.ts`. Capped: a post alone never makes an HCP. */
export interface TextRule {
  entries: readonly string[];
  weight: number;
  /** Marketer wording; the matched words are appended ("first-person clinical language: 'my patient'"). */
  label: string;
  code: SignalCode;
}

// prettier-ignore
export const TEXT_CLINICAL: readonly TextRule[] = [
  {
    entries: ["my {patient|pt|patient's}", '{patient|pt} of mine', 'one of my patients', 'my patients', 'patient i saw', 'i follow for', '{patients|patient} {asked|told|ask|tell} me', '<w> patients this week'],
    weight: 1.3,
    label: 'first-person clinical language', code: 'firstPersonClinical',
  },
  {
    entries: ['post call', 'postcall', 'on call', 'overnight call', 'my call', 'q<n> call'],
    weight: 1.2,
    label: "on-call duty mentioned", code: 'onCall',
  },
  {
    entries: [
      'on nights', 'week of nights', 'night shift', 'nights in the {ed|er|icu|unit}', 'my shift', 'the shift',
      '{12|24} hour shift', 'nights done', 'back to back nights',
    ],
    weight: 1,
    label: 'clinical shift work mentioned', code: 'shiftWork',
  },
  {
    entries: [
      'in clinic', 'at clinic', 'from clinic', 'clinic today', 'patients in clinic', 'in the {ed|er|icu|picu|nicu|or|pacu|cath lab}',
      'my {clinic|practice|unit|ward|caseload|resident|residents|intern|interns|students|attending|preceptor}',
      'saw <n> patients', 'i saw', 'i prescribe*', 'i delivered', 'delivered a baby', 'caught my', 'operated',
      'i operated', 'my list', 'our unit', 'our ward',
    ],
    weight: 1,
    label: 'works in a clinic or ward', code: 'worksInClinic',
  },
  {
    entries: [
      '{bed|bay|room} <n>', "nurses' station", 'rounds', 'rounding', 'charting', 'extubated', 'intubated',
      'sutured', 'scrubbed in', 'scrubbing in', 'admitted a', 'the code', 'precepting', 'pager',
    ],
    weight: 1,
    label: 'bedside detail', code: 'bedsideDetail',
  },
  {
    entries: ['{fellow|resident|attending|intern|pgy <n>|nurse|pharmacist|np|pa} here'],
    weight: 1.2,
    label: "introduces themself as a clinician ('resident here')", code: 'introducesAsClinician',
  },
  {
    entries: [
      'mis pacientes', 'mi paciente', 'mes patients', 'mes patientes', 'mon patient', 'ma patiente',
      'meine{|n|r} {patient|patientin|patienten|patientinnen}', 'meus pacientes', 'minha paciente', 'meu paciente',
      'en consulta', 'na consulta', 'de guardia', 'de garde', 'en garde', 'im dienst', 'nachtdienst', 'plantao',
      '<n> stunden dienst', 'en la consulta', 'in der praxis', 'au cabinet',
    ],
    weight: 1.2,
    label: 'first-person clinical language (ES/FR/DE/PT)', code: 'firstPersonClinicalOther',
  },
];

/** Patients describe "my neurologist"; clinicians rarely do. */
export const TEXT_PATIENT_VOICE: TextRule = {
  entries: [
    '{my|mi|mon|ma|mein|meine|meu|minha} {doctor|doc|gp|endo|rheumy|medecin|medico|medica|arzt|arztin|care team}',
    'my infusion center',
  ],
  weight: -1.5,
  label: "speaks as a patient ('my neurologist')",
  code: 'patientVoice',
};
