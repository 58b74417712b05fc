/**
 * Evidence against an HCP reading of the profile (non-clinical roles, former clinicians) and the
 * first-person clinical language of a post. Same weight scale as `lexicon-hcp.ts`.
 */
import { wordRe } from './text';
import type { Rule } from './lexicon-hcp';

/** Non-clinical roles. A clinician may also be a founder, so those weigh less than a disclaimer. */
// prettier-ignore
export const NOT_HCP: readonly Rule[] = [
  {
    re: /not (?:a |an |that kind of )?(?:medical )?(?:doctor|clinician|physician|nurse|md)(?![\p{L}])|no (?:soy|soy un[a]?) medic|pas medecin|kein(?:e)? arzt/u,
    weight: -6,
    label: "'not a doctor' disclaimer",
  },
  {
    re: wordRe([
      'journalist', 'periodista', 'journaliste', 'journalistin', 'jornalista', 'reporter', 'writer', 'columnist',
      'editor', 'content creator', 'influencer', 'podcaster', 'science communicator', 'author',
    ]),
    weight: -2.5,
    label: 'Journalist / writer',
  },
  {
    re: /(?<![\p{L}])(?:chemist|chemiker(?:in)?|physicist|physiker(?:in)?|astrophysicist|(?<!physician[- ]|clinician[- ])scientist|neuroscientist|biologist|biolog[oa]|economist|historian|statistician|biostatistic\p{L}*|sociologist|anthropologist|quimic[oa]|chimiste)(?![\p{L}])/u,
    weight: -2.5,
    label: 'Scientist / academic role',
  },
  { re: wordRe(['epidemiologist']), weight: -1.5, label: 'Epidemiologist' },
  {
    re: wordRe([
      'engineer', 'developer', 'sysadmin', 'programmer', '(?:data|policy|health data|research|financial) analyst',
      'analyst',
    ]),
    weight: -2,
    label: 'Tech / analyst role',
  },
  {
    re: wordRe([
      'founder', 'co-founder', 'cofounder', 'ceo', 'entrepreneur', 'president', 'fundador(?:a)?', 'fondateur',
      'fondatrice', 'grunder(?:in)?',
    ]),
    weight: -1.5,
    label: 'Founder / executive',
  },
  {
    re: wordRe(['investor', 'venture', 'ventures', 'vc', 'private equity', 'healthcare pe']),
    weight: -2.5,
    label: 'Investor',
  },
  {
    re: wordRe([
      'recruiter', 'recruitment', 'recruiting', 'talent acquisition', 'staffing', 'headhunter',
      'placing (?:physicians|nurses|clinicians)',
    ]),
    weight: -3,
    label: 'Recruiter',
  },
  {
    re: wordRe([
      'marketing', 'marketer', 'brand manager', 'sales', 'account executive', 'account manager', 'territory manager',
      'business development', 'market access', 'patient engagement', 'rep', 'commercial', 'visitador(?:a)? medic[oa]',
      'delegue medical', 'pharmareferent(?:in)?',
    ]),
    weight: -2.5,
    label: 'Marketing / sales role',
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
    label: 'Patient / caregiver / advocate',
  },
  {
    re: wordRe([
      '(?:health|wellness|fitness|nutrition|life|business|career|certified) coach', 'nutritionist', 'holistic',
      'wellness', 'doula', 'med spa', 'injectables', 'naturopath',
    ]),
    weight: -2.5,
    label: 'Wellness / coaching role',
  },
  {
    re: wordRe([
      'office manager', 'front desk', 'receptionist', 'dean', 'superintendent', 'teacher', 'librarian', 'pastor',
      'chaplain', 'minister', 'doctor of ministry', 'conductor', 'musician', 'learning & development',
      'corporate training', 'lawyer', 'attorney', 'accountant', 'insurance', 'volunteer',
      'professor of (?:biostatistics|economics|history|law|chemistry|physics)',
    ]),
    weight: -2.5,
    label: 'Non-clinical occupation',
  },
  {
    re: wordRe([
      'nonprofit', 'non-profit', 'collective', 'official account', 'health department', 'volunteer-run', 'magazine',
      'newsletter', 'news', 'watch',
    ]),
    weight: -2,
    label: 'Organisation account',
  },
  {
    re: wordRe(['retired', 'daughter', 'grandma', 'grandpa', 'grandmother', 'grandfather']),
    weight: -1,
    label: 'Family / retired description',
  },
];

/**
 * A former clinician is not an HCP unless another active clinical title remains (taxonomy §1).
 * The matched span is masked before titles are read, so "ex-ICU nurse" gives no nurse credit.
 */
const CLIN_NOUN =
  '(?:nurse|paramedic|emt|pharmacist|physician|doctor|doc|rn|medic|dentist|therapist|midwife|surgeon|np|pa|clinician|enfermer[oa]|infirmiere|infirmier|medecin|medic[oa]|arzt|arztin)';
export const FORMER = new RegExp(
  `(?<![\\p{L}])(?:ex|former|formerly|retired|recovering|ehemalige[rn]?|ancien(?:ne)?|antigu[oa])[\\s-]+(?:[^\\s|,.]+[\\s-]+){0,2}?${CLIN_NOUN}(?![\\p{L}])|(?<![\\p{L}])${CLIN_NOUN}\\s+turned(?![\\p{L}])|(?:left|quit) (?:clinical )?(?:medicine|nursing|practice|the bedside)`,
  'gu',
);

/** First-person clinical practice in the post. Capped: a post alone never makes an HCP. */
export const TEXT_CLINICAL: readonly Rule[] = [
  { re: /\bmy (?:patient|pt)(?:'s)?(?![\p{L}])/u, weight: 1.3, label: "'my patient' in text" },
  {
    re: /\b(?:patient|pt) of mine|(?<![\p{L}])my patients(?![\p{L}])/u,
    weight: 1,
    label: "'my patients' in text",
  },
  {
    re: /\b(?:post-?call|on call|on-call|overnight call|q\d call)(?![\p{L}])/u,
    weight: 1.2,
    label: "'on call' in text",
  },
  {
    re: /\b(?:on nights|week of nights|night shift|my shift|the shift|\d+ hours? into (?:my|the) shift|(?:12|24)[- ]hour shift|nights done)(?![\p{L}])/u,
    weight: 1,
    label: 'Shift work in text',
  },
  {
    re: /\b(?:(?:in|at|from) clinic(?: today| this morning)?|clinic today|in the (?:ed|er|icu|picu|nicu|cath lab)|my (?:clinic|practice|unit|ward|caseload|residents?|interns?|students?|np student|attending|team in the \p{L}+))(?![\p{L}])/u,
    weight: 1,
    label: "'in clinic' in text",
  },
  {
    re: /\b(?:(?:bed|bay|room) \d+|nurses'? station|rounds|rounding|charting|extubated|intubated|sutured|scrubbing in|scrubbed in|admitted a|the code|precept(?:ing|or))(?![\p{L}])/u,
    weight: 1,
    label: 'Bedside detail in text',
  },
  {
    re: /\b(?:fellow|resident|attending|intern|pgy-?\d|ms[34]|nurse|pharmacist|np|pa) here(?![\p{L}])/u,
    weight: 1.2,
    label: "'resident here' in text",
  },
  {
    re: /\b(?:mis pacientes|mi paciente|mes patient(?:e)?s?|mon patient|ma patiente|meine[nr]? patient(?:in|en|innen)?|meus pacientes|minha paciente|meu paciente|en consulta|na consulta|de guardia|de garde|en garde|im dienst|\d+-stunden-dienst|nachtdienst|plantao)(?![\p{L}])/u,
    weight: 1.2,
    label: 'Clinical first person (ES/FR/DE/PT)',
  },
];

/** Patients describe "my neurologist"; clinicians rarely do. */
export const TEXT_PATIENT_VOICE: Rule = {
  re: /\b(?:my|mi|mon|ma|mein(?:e)?|meu|minha) (?:\p{L}+log(?:ist|a|o|ue|e|in)|doctor|doc|gp|endo|rheumy|oncologist|medecin|medic[oa]|arzt|arztin|infusion center|care team)(?![\p{L}])/u,
  weight: -1.5,
  label: "Speaks as a patient ('my neurologist')",
};
