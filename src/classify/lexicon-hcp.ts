/**
 * Who-is-an-HCP lexicons (taxonomy section 1). Weights are on one scale: the author is an HCP at a
 * total of 2 or more, so one credential or one clinical title is enough on its own, while weak hints
 * ("Dr.", a specialty word) need a second piece of evidence.
 */
import { wordRe } from './text';
import type { SignalCode } from './types';

export interface Rule {
  re: RegExp;
  weight: number;
  label: string;
  /** The same evidence in no language, for the surfaces to word. */
  code: SignalCode;
  /** Match the original text (case-sensitive abbreviations) instead of the folded one. */
  raw?: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** Case-sensitive token with letter boundaries, for credentials written in capitals. */
const cs = (body: string): RegExp => new RegExp(`${B}(?:${body})${E}`, 'u');

/**
 * Credentials after a name or in a headline. Case-sensitive: "RN" inside "LEARN" or "modern" and
 * "pt" in prose never match. DO and PA are handled separately because they are also a verb / state.
 */
// prettier-ignore
export const CREDENTIALS: readonly {
  re: RegExp;
  weight: number;
  cred: string;
  nurse?: boolean;
  pharm?: boolean;
  np?: boolean;
}[] = [
  { re: cs('M\\.?D\\.?'), weight: 3, cred: 'MD' },
  { re: cs('MBBS|MBChB|MBBCh|BMBS|MB BS|MB ChB|BM BCh'), weight: 3, cred: 'MBBS' },
  { re: cs('Dr\\. ?med\\.(?: ?dent\\.)?'), weight: 3, cred: 'Dr. med.' },
  {
    re: cs(
      'FRCPC?|MRCP|FRCS|FRCA|FRCGP|MRCGP|FRACP|FACC|FACP|FAAP|FACS|FACEP|FAAFP|FCCP|FASN|FACOG|FAAN|FASCO|FRCR|FRCOG|MRCPCH|FRCPCH|FCPS|DNB',
    ),
    weight: 3,
    cred: 'clinical fellowship',
  },
  { re: cs('RN|R\\.N\\.|LPN|LVN|CCRN|CEN|CNL|CPN|RGN|RMN'), weight: 3, cred: 'RN', nurse: true },
  { re: cs('BSN|MSN'), weight: 2, cred: 'nursing degree', nurse: true },
  {
    re: cs(
      'NP|APRN|FNP(?:-BC|-C)?|AGNP(?:-C|-BC)?|AGACNP(?:-BC)?|PMHNP(?:-BC)?|PNP(?:-BC)?|WHNP(?:-BC)?|ACNP(?:-BC)?|ANP(?:-BC)?|NNP(?:-BC)?|DNP',
    ),
    weight: 3,
    cred: 'NP',
    np: true,
  },
  { re: cs('CRNA'), weight: 3, cred: 'CRNA' },
  { re: cs('CNM|CPM'), weight: 3, cred: 'CNM' },
  {
    re: cs(
      'PharmD|Pharm\\.D\\.|RPh|MPharm|BCPS|BCOP|BCACP|BCIDP|BCCCP|BCPP|BCGP|BCEMP|BCNSP|BCPPS',
    ),
    weight: 3,
    cred: 'PharmD',
    pharm: true,
  },
  { re: cs('PA-C|PA-S'), weight: 3, cred: 'PA-C' },
  { re: cs('DDS|DMD|BDS|MDS'), weight: 3, cred: 'DDS' },
  { re: cs('DPM'), weight: 3, cred: 'DPM' },
  { re: cs('DPT|MPT|OCS|SCS|OTR/L|OTR|OTD|CHT'), weight: 3, cred: 'DPT' },
  { re: cs('RDN?|LDN|CSSD'), weight: 3, cred: 'RD' },
  { re: cs('PsyD|Psy\\.D\\.'), weight: 3, cred: 'PsyD' },
  { re: cs('RRT|CRT'), weight: 3, cred: 'RRT' },
  { re: cs('NRP|EMT-P|FP-C|CCP-C'), weight: 3, cred: 'paramedic' },
  { re: cs('CDCES|CDE'), weight: 1, cred: 'CDCES' },
];

/** Only after a name ("Jane Roe, DO"): elsewhere DO is a verb, PA a state, OD an overdose. */
export const NAME_ONLY_CREDENTIALS: readonly { re: RegExp; weight: number; cred: string }[] = [
  { re: /,\s*D\.?O\.?(?=\s*(?:,|$|\(|\|))/u, weight: 3, cred: 'DO' },
  { re: /,\s*PA(?=\s*(?:,|$|\(|\|))/u, weight: 3, cred: 'PA' },
  { re: /,\s*(?:OD|PT|OT|LD|EMT)(?=\s*(?:,|$|\(|\|))/u, weight: 3, cred: 'OD/PT' },
];

/** In a headline, DO counts only as a stand-alone segment ("| DO |"), never inside a sentence. */
export const HEADLINE_DO = /(?:^|[|,·•]\s*)D\.?O\.?(?=\s*(?:$|[|,·•]))/u;
/** "Derm PA", "Ortho PA", "PA student": a bare PA needs a clinical neighbour to beat Pennsylvania. */
export const HEADLINE_PA =
  /(?:[Dd]erm|[Oo]rtho|[Ss]urgical|[Ee]mergency|EM|ER|ED|[Pp]eds|[Pp]ediatric|[Cc]ardiology|[Uu]rgent [Cc]are|[Ff]amily [Mm]edicine)\s+PA(?![\p{L}])|PA(?:\s+student|\s+at\s)/u;

/** "MD" that means Managing Director: finance context anywhere in the profile cancels it. */
export const FINANCE =
  /managing director|investment|banking|\bcapital\b|private equity|\bpe\b|wealth|securities|equity research|corporate finance|asset management|hedge fund|consulting|advisory|advisors|\bstrategy\b|\bm&a\b|\bcfp\b/u;

/** Non-clinical doctorates: "Dr." that comes from these is not a clinician. */
export const NONCLINICAL_DOCTORATE = cs(
  'PhD|Ph\\.D\\.|DPhil|D\\.Phil\\.|EdD|Ed\\.D\\.|DMA|DBA|JD|ThD|DMin|Dr\\. ?rer\\. ?nat\\.|rer\\. nat\\.|Dr\\. ?phil\\.',
);

export const DR_PREFIX = /^(?:Prof\.?\s+)?(?:Dr|Dra|Dre|Doctor|Doc)\.?\s/u;

/** "Future cardiologist", "aspiring GP": an ambition, not a title; blanked before titles are read. */
export const ASPIRING =
  /(?<![\p{L}])(?:future|aspiring|wannabe|soon-to-be|futur[oa]?|zukunftige[rn]?) [\p{L}-]+/gu;

/** Clinicians working for industry (taxonomy §1): a role, confirmed by a company word unless strong. */
export const INDUSTRY_ROLE =
  /(?<![\p{L}])(?:medical affairs|msl|medical science liaison|pharmacovigilance|drug safety|clinical development|medical information|medical director|chief medical officer|cmo|head of medical|vp,? clinical|global medical|medical advisor|medical lead)(?![\p{L}])/u;
export const INDUSTRY_STRONG =
  /(?<![\p{L}])(?:medical affairs|msl|medical science liaison|pharmacovigilance|clinical development|medical information)(?![\p{L}])/u;
/**
 * Only tested, never shown. `\p{L}*therapeutics` after a word start matches exactly where
 * `therapeutics` ends a word, so that branch is written without the (quadratic) letter run.
 */
export const INDUSTRY_COMPANY =
  /(?<![\p{L}])(?:pharma|pharmaceuticals?|biopharma|biosciences?|biologics|biotech|medical devices?|devices|diagnostics|bio|ai|\.ai|health ?tech|labs|inc)(?![\p{L}])|therapeutics(?![\p{L}])/u;
/** "I moved to industry", "my role in pharma": said in the post. */
export const INDUSTRY_TEXT =
  /(?<![\p{L}])(?:(?:i|me\)?)(?: [\p{L}']+){0,3} (?:to|in|into) (?:industry|pharma)|industry (?:physician|medicine|role|job)s?(?![\p{L}]) (?:for|as) me|my (?:role|job|work) in (?:industry|pharma|medical affairs))(?![\p{L}])/u;

/** Profession hints for the specialty step, on the folded profile. */
export const NURSE_WORD =
  /nurse|nursing|infirmi|enfermer|enfermei|krankenpfleg|krankenschwester|pflegefach/u;
export const NP_WORD = /nurse practitioner|(?<![\p{L}])(?:np|fnp)(?![\p{L}])/u;
export const PHARMACIST_WORD =
  /pharmacist|farmaceutic|pharmacien|apotheker|pharmacy (?:resident|student)|pharmd/u;

/** Clinical titles, matched on folded (lower-case, unaccented) name + headline. */
// prettier-ignore
export const TITLES: readonly Rule[] = [
  {
    re: wordRe(['physician(?:-scientist)?', 'surgeon', 'medic[oa]s?', 'medecin', 'clinician']),
    weight: 3,
    label: 'Physician title', code: 'physicianTitle',
  },
  { re: /(?<![\p{L}])(?:doc|docs|doctora?)(?![\p{L}])/u, weight: 2, label: "'doctor' in profile", code: 'doctorWord' },
  {
    re: wordRe([
      'hospitalist', 'intensivist', 'internist[ae]?', 'attending', 'pediatrician', 'paediatrician', 'geriatrician',
      'psychiatrist', 'obstetrician', 'anesthetist', 'anaesthetist', 'allergist', 'neonatologist', 'anesthesiste',
      'pediatra', 'pediatre', 'psiquiatra', 'psychiatre', 'psychiater(?:in)?', 'urgentiste', 'generaliste',
      'ob[-/ ]?gyn',
    ]),
    weight: 3,
    label: 'Clinical title', code: 'clinicalTitle',
  },
  {
    // Organ-specialist nouns in EN / ES / FR / DE / PT: cardiologist, cardiólogo, cardiologue, Kardiologe.
    re: /(?<![\p{L}])(?:cardio|kardio|derma?to|onco|onko|neuro|nephro|nefro|endocrino|endokrino|pulmono|neumo|pneumo|rheumato|reumato|rhumato|gyneco|gyne?co|gineco|gynako|uro|radio|anesthesio|anestesio|ophthalmo|oftalmo|ophtalmo|gastroentero|gastro-?entero|hemato|haemato|hepato|neonato|patho|pato|diabeto|otolaryngo|otorrinolaringo|nucleo|angio|proctolo|hemato-onco|infectio|infektio|gastro|allergo|angio)log(?:ist|ue|o|a|ista|e|in)s?(?![\p{L}])/u,
    weight: 3,
    label: 'Specialist title', code: 'specialistTitle',
  },
  {
    re: wordRe([
      'nurses?(?! ?recruit)', 'nursing officer', 'nurse[- ]midwife', 'midwife', 'midwives', 'enfermer[oa]s?',
      'enfermeir[oa]s?', 'infirmier', 'infirmiere', 'krankenschwester', 'krankenpfleger(?:in)?',
      'pflegefach(?:frau|mann|kraft)', 'sage-femme', 'hebamme', 'matrona', 'parteira', 'cno',
    ]),
    weight: 3,
    label: 'Nurse / midwife title', code: 'nurseTitle',
  },
  {
    re: wordRe(['pharmacist', 'farmaceutic[oa]', 'pharmacien(?:ne)?', 'apotheker(?:in)?']),
    weight: 3,
    label: 'Pharmacist title', code: 'pharmacistTitle',
  },
  {
    re: wordRe([
      'paramedic', 'flight medic', 'emt', 'rettungssanitater', 'notfallsanitater(?:in)?', 'paramedico', 'ambulancier',
    ]),
    weight: 3,
    label: 'Paramedic title', code: 'paramedicTitle',
  },
  {
    re: wordRe([
      'dentist', 'orthodontist', 'periodontist', 'endodontist', 'dentista', 'dentiste', 'zahnarztin', 'optometrist',
      'podiatrist', 'audiologist', 'dietitian', 'dietician', 'dietista', 'physiotherapist', 'physio',
      '(?:physical|occupational|respiratory|speech(?:-language)?) therapist', 'fisioterapeuta', 'kinesitherapeute',
      'physiotherapeut(?:in)?', 'ergotherapeut(?:in)?', 'speech-language pathologist',
    ]),
    weight: 3,
    label: 'Allied health title', code: 'alliedTitle',
  },
  {
    re: wordRe([
      '(?:clinical|licensed|counseling|counselling|health|child|neuro)[ -]?psychologist', 'psicolog[oa] clinic[oa]',
      'psychologue clinicien(?:ne)?', 'psychotherapeut(?:in)?',
    ]),
    weight: 3,
    label: 'Clinical psychologist title', code: 'psychologistTitle',
  },
  {
    re: wordRe(['physician assistant', 'physician associate', 'nurse practitioner']),
    weight: 3,
    label: 'NP / PA title', code: 'npPaTitle',
  },
  {
    re: /(?<![\p{L}])\p{L}*(?:arzt|arztin)(?![\p{L}])/u,
    weight: 3,
    label: 'Arzt / Ärztin title', code: 'arztTitle',
  },
  {
    re: wordRe([
      'consultant (?:in [\\p{L} ]{3,30} medicine|physician|surgeon|paediatrician|pediatrician|psychiatrist|radiologist|anaesthetist|anesthetist)',
      'gp partner', 'general practitioner', 'family (?:physician|doctor|doc)',
    ]),
    weight: 3,
    label: 'Consultant / GP title', code: 'consultantTitle',
  },
  {
    re: /(?<![\p{L}])still (?:in clinic|practi[cs]ing|seeing patients|on the wards|(?:do(?:ing)?|work(?:ing)?|pick(?:ing)? up|take|taking)?\s*\d*\s*(?:ed|er|icu|clinic|hospital|clinical) shifts)|\d+ (?:ed|er|icu|clinic) shifts/u,
    weight: 3,
    label: 'Still practising', code: 'stillPractising',
  },
  {
    re: wordRe([
      'medical director', 'chief medical officer', 'cmo', 'medical officer', 'clinical director', 'director medico',
      'directeur medical',
    ]),
    weight: 1,
    label: 'Medical director title', code: 'medicalDirectorTitle',
  },
];

/** Trainee titles; a trainee is an HCP (taxonomy section 1). */
// prettier-ignore
export const TRAINEE: readonly Rule[] = [
  {
    re: wordRe([
      'resident(?! of)', 'residente', 'chief resident', 'pgy-? ?\\d', 'interne', 'intern', 'house officer',
      'junior doctor', 'foundation doctor', 'registrar', 'assistenzarzt(?:in)?', 'assistenzarztin',
      'weiterbildungsassistent(?:in)?', 'wbj', 'r[1-5] de', 'medico interno residente',
    ]),
    weight: 3,
    label: 'Resident / intern', code: 'residentIntern',
  },
  {
    raw: true,
    re: /(?<![\p{L}])(?:MIR|SHO|FY[12]|CT[12]|ST[1-8]|PGY\d)(?![\p{L}])/u,
    weight: 3,
    label: 'Resident / intern', code: 'residentIntern',
  },
  {
    // A clinical fellow, not a "Visiting Fellow" at a think tank nor an FACC-style honorific.
    re: /(?<!visiting |research |senior |honorary |teaching |distinguished |policy |\p{L})fellow(?![\p{L}]|ship)(?!,? (?:institute|of the|at the \p{L}+ institute))/u,
    weight: 3,
    label: 'Clinical fellow', code: 'clinicalFellow',
  },
  {
    re: wordRe([
      'ms[1-4]', 'ms-[1-4]', 'oms-? ?[1-4]', 'm[34]', 'med student', 'medical student', 'medstudent',
      'nursing student', 'student nurse', 'srna', 'student pharmacist', 'pharmacy student',
      '(?:pharmd|md|do|dnp|np|pa) candidate', 'pa student', 'np student', 'dental student', 'estudiante de medicina',
      'etudiant(?:e)? en medecine', 'medizinstudent(?:in)?', 'externe',
    ]),
    weight: 3,
    label: 'Student clinician', code: 'studentClinician',
  },
];
