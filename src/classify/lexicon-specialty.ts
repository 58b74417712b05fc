/**
 * Specialty names, abbreviations and titles -> slug from the taxonomy's closed list. Patterns run
 * on folded (lower-case, unaccented) name + headline; `cs` patterns run on the original text
 * because abbreviations like "ID", "GI", "EM" are only meaningful in capitals.
 *
 * `generic` slugs give way when a more specific one is also named: "Innere Medizin & Diabetologie"
 * is endocrinology, "Pediatric neurologist" is neurology, a bare "surgeon" is general surgery only
 * when no surgical field is named.
 */

export interface SpecialtyRule {
  slug: string;
  re: RegExp;
  /** Case-sensitive pattern on the original text, for capital-letter abbreviations. */
  cs?: RegExp;
  generic?: boolean;
}

const w = (body: string): RegExp => new RegExp(`\\b(?:${body})`, 'gu');
const c = (body: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, 'gu');
/** Arabic and Japanese titles, matched as written: their words run together with no boundary. */
const x = (body: string): RegExp => new RegExp(body, 'gu');

export const SPECIALTIES: readonly SpecialtyRule[] = [
  { slug: 'nurse-anesthesia', re: w('nurse an(?:a)?esthetist|crna|srna') },
  {
    slug: 'midwifery',
    re: w(
      'midwi|nurse-midwife|sage-femme|hebamme|matrona|parteira|verloskund|saude materna|cnm(?![\\p{L}])',
    ),
  },
  { slug: 'respiratory-therapy', re: w('respiratory therap|rrt(?![\\p{L}])|#rtweek') },
  {
    slug: 'physical-therapy',
    re: w(
      'physical therap|physiotherap|physio(?![\\p{L}])|fisioterap|kinesitherap|dpt(?![\\p{L}])',
    ),
    cs: c('PT|OCS'),
  },
  {
    slug: 'occupational-therapy',
    re: w('occupational therap|otr/l|otr(?![\\p{L}])|ergotherap|terapeuta ocupacional'),
    cs: c('OT'),
  },
  {
    slug: 'dietetics',
    re: w('dietitian|dietician|dietetic|dietista|dieteticien'),
    cs: c('RDN?|LDN'),
  },
  {
    slug: 'dentistry',
    re: w(
      'dentist|dental|orthodont|periodont|endodont|zahnarzt|dds(?![\\p{L}])|dmd(?![\\p{L}])|odontolog',
    ),
  },
  { slug: 'optometry', re: w('optometr') },
  { slug: 'podiatry', re: w('podiatr|dpm(?![\\p{L}])|chiropod') },
  {
    slug: 'paramedicine',
    re: w('paramedic|flight medic|emt(?![\\p{L}])|ems(?![\\p{L}])|rettungs|notfallsanit'),
  },
  {
    slug: 'psychology',
    re: w(
      '(?:clinical|licensed|counsel+ing|health|child|neuro)[ -]?psycholog|psyd(?![\\p{L}])|psicolog|psychologue|psychotherapeut',
    ),
  },
  {
    slug: 'clinical-pharmacology',
    re: w('clinical pharmacolog|klinische pharmakolog|farmacologia clinica|pharmacologie clinique'),
  },
  {
    slug: 'pharmacy',
    re: w('pharmacist|pharmacy|pharmd|farmaceutic|pharmacien|apothek'),
    generic: true,
  },
  {
    slug: 'cardiothoracic-surgery',
    re: w('cardiothoracic|cardiac surg|thoracic surg|heart surgeon|herzchirurg|cirugia cardiaca'),
  },
  {
    slug: 'vascular-surgery',
    re: w(
      'vascular surg|gefasschirurg|cirugia vascular|cirurgi(?:a|ao) vascular|chirurgie vasculaire|chirurgo vascolare|vaatchirurg',
    ),
  },
  { slug: 'neurosurgery', re: w('neurosurg|neurochirurg|neurocirug') },
  {
    slug: 'plastic-surgery',
    re: w(
      'plastic surg|plastic (?:and|&) reconstructive|reconstructive surg|aesthetic surg|plastische chirurg|plastischer chirurg|cirugia plastica|cirurgi(?:a|ao) plastic|chirurgien plasticien|chirurgie plastique|chirurgo plastico|cirujan[oa] plastic',
    ),
  },
  {
    slug: 'orthopedics',
    re: w(
      'orthop(?:a)?edi|orthopaedi|orthopedist|ortho(?![\\p{L}])|traumatolog|unfallchirurg|spine surg|ortopedi|joint replacement',
    ),
  },
  {
    slug: 'otolaryngology',
    re: w('otolaryngolog|otorrinolaringolog|ear, nose|head and neck surg|hno-?arzt'),
    cs: c('ENT'),
  },
  {
    slug: 'ophthalmology',
    re: w(
      'ophthalmolog|ophtalmolog|oftalmolog|augenarzt|augenheilkunde|eye surgeon|retina specialist',
    ),
  },
  {
    slug: 'anesthesiology',
    re: w('an(?:a)?esthesiolog|an(?:a)?esthetist|an(?:a)?esthesia|anestesi|anesthesiste|anasthesi'),
  },
  { slug: 'urology', re: w('urolog|urologue') },
  {
    slug: 'general-surgery',
    re: w(
      'general surg|allgemeinchirurg|cirugia general|chirurgie generale|surgeon|surgery|cirujan|chirurg|cirurgia',
    ),
    cs: x('外科'),
    generic: true,
  },
  {
    slug: 'oncology',
    re: w(
      'oncolog|onkolog|hem/onc|heme/onc|heme-onc|hem-onc|hematology/oncology|haematology/oncology|hematology-oncology|#onctwitter|cancer(?! survivor)|tumou?r',
    ),
  },
  {
    slug: 'hematology',
    re: w('hematolog|haematolog|hamatolog|hematologue|heme(?![\\p{L}/-])|benign heme'),
  },
  {
    slug: 'cardiology',
    re: w(
      'cardiolog|kardiolog|kardiyolo|cardiologue|cardio(?![\\p{L}])|cardiovascular|#cardiotwitter|electrophysiolog|heart failure|interventional card|cath lab(?! rn| nurse)',
    ),
  },
  { slug: 'neonatology', re: w('neonat|nicu(?![\\p{L}])') },
  {
    slug: 'critical-care',
    re: w(
      'critical care|intensivist|icu(?![\\p{L}])|picu(?![\\p{L}])|intensive care|#critcare|critcare|intensivmedizin|reanimation|cuidados intensivos|medicina intensiva|soins intensifs',
    ),
    cs: x('عناية مركزة|集中治療'),
  },
  {
    slug: 'emergency-medicine',
    re: w("emergency|#foamed|notfallmedizin|urgentiste|urgencias|medecine d'urgence|emergencias"),
    cs: c('EM|ED|ER|A&E'),
  },
  { slug: 'dermatology', re: w('dermatolog|derm(?![\\p{L}])|dermatologue|dermatologa') },
  {
    slug: 'endocrinology',
    re: w('endocrin|endokrin|diabetolog|thyroid|endo(?![\\p{L}])|obesity medicine'),
  },
  {
    slug: 'gastroenterology',
    re: w(
      'gastroenterolog|gastro-?enterolog|hepatolog|gastro(?![\\p{L}])|ibd(?![\\p{L}])|endoscop',
    ),
    cs: x('(?<![\\p{L}])GI(?! [Cc]ancer)(?![\\p{L}])|消化器'),
  },
  {
    slug: 'infectious-disease',
    re: w(
      'infectious disease|infectiolog|infektiolog|hiv medicine|hiv(?![\\p{L}])|#idtwitter|enfermedades infecciosas|maladies infectieuses',
    ),
    cs: c('ID'),
  },
  {
    slug: 'nephrology',
    re: w('nephrolog|nefrolog|nephro(?![\\p{L}])|#nephtwitter|kidney|renal|dialysis'),
  },
  {
    slug: 'neurology',
    re: w(
      'neurolog|neuro(?![\\p{L}])|stroke|epilep|movement disorder|headache medicine|neurologue',
    ),
  },
  {
    slug: 'pulmonology',
    re: w(
      'pulmonolog|pulmonary|pulm(?![\\p{L}])|respiratory(?! therap)|chest physician|pneumolog|neumolog|asthma|copd|lung(?! cancer)|pneumologue',
    ),
  },
  {
    slug: 'rheumatology',
    re: w('rheumatolog|reumatolog|rhumatolog|rheum(?![\\p{L}])|lupus|vasculitis'),
  },
  { slug: 'allergy-immunology', re: w('allerg|clinical immunolog|immunolog') },
  {
    slug: 'obstetrics-gynecology',
    re: w(
      'obstetric|gyn(?:a|e)?ecolog|gynakolog|ginecolog|gynecologue|ob[-/ ]?gyn|maternal-fetal|frauenarzt|obstetricia|obstetrique|gyneco|kadın hastalık|kadin hastalik',
    ),
    cs: x('(?<![\\p{L}])(?:OB|MFM)(?![\\p{L}])|أمراض النساء|امراض النساء|産婦人科'),
  },
  { slug: 'psychiatry', re: w('psychiatr|psiquiatr|psych(?![\\p{L}])|addiction medicine|pmhnp') },
  { slug: 'geriatrics', re: w('geriatr|gerontolog|care of the elderly') },
  { slug: 'palliative-care', re: w('palliativ|hospice') },
  {
    slug: 'nuclear-medicine',
    re: w('nuclear medicine|nuklearmedizin|medecine nucleaire|medicina nuclear'),
  },
  { slug: 'radiology', re: w('radiolog|#radres|#radtwitter|imaging|radiologue') },
  { slug: 'pathology', re: w('patholog(?!ist,? speech)|patolog|pathologie') },
  { slug: 'genetics', re: w('genetic(?:ist|s)|medical genetics|humangenetik|genetica') },
  {
    slug: 'sports-medicine',
    re: w('sports? med|sportmedizin|medicina deportiva|medecine du sport'),
  },
  {
    slug: 'physical-medicine-rehabilitation',
    re: w('pm&r|pm ?& ?r|physiatr|physical medicine|rehabilitation medicine|rehab medicine'),
    cs: x('リハビリテーション科'),
  },
  {
    slug: 'public-health',
    re: w(
      'public health|salud publica|sante publique|offentliche gesundheit|preventive medicine|community medicine|sanita pubblica|saude publica|volksgezondheid',
    ),
  },
  {
    slug: 'hospital-medicine',
    re: w('(?<!peds |pediatric |paediatric )hospitalist|hospital medicine(?! \\p{L}* ?pediatric)'),
  },
  {
    slug: 'family-medicine',
    re: w(
      'family (?:medicine|physician|doc|practice|practitioner|np|nurse practitioner)|rural family|general practi|primary care|hausarzt|hausarztin|allgemeinmedizin|generaliste|medicina familiar|medic[oa] de familia|mfyc|medecine generale|fnp(?![\\p{L}])|medicina de familia|lekarz rodzinn|medicina geral e familiar|medico di famiglia|huisarts',
    ),
    cs: c('GP'),
  },
  {
    slug: 'internal-medicine',
    re: w(
      'internal medicine|internist|innere|acute medicine|general medicine|medicina interna|medecine interne|internista|ic hastal',
    ),
    cs: x('(?<![\\p{L}])IM(?![\\p{L}])|内科医|総合内科'),
    generic: true,
  },
  {
    slug: 'pediatrics',
    re: w(
      'pediatric|paediatric|\\bpeds|paeds|kinderarzt|kinderheilkunde|pediatra|pediatre|pediatri|child health|neonatal|cocuk sag',
    ),
    generic: true,
  },
  {
    slug: 'nursing',
    re: w('nurse|nursing|infirmi|enfermer|krankenpfleg|krankenschwester|pflege'),
    cs: c('RN|BSN|MSN'),
    generic: true,
  },
];

/** "Pediatrician" and "peds hospitalist" name pediatrics itself, not a pediatric subspecialty. */
export const PEDIATRICS_EXPLICIT =
  /(?<![\p{L}])(?:pediatrician|paediatrician|pediatrics|paediatrics|peds hospitalist|pediatric hospital(?:ist| medicine)|general pediatrics|kinderarzt|pediatra|pediatre)(?![\p{L}])/u;

/** Credentials that fix the specialty to the profession, whatever organ follows ("ICU nurse"). */
export const NURSE_PRACTITIONER =
  /(?<![\p{L}])(?:nurse practitioner|np|fnp|aprn|agnp|agacnp|pmhnp|pnp|whnp|acnp|anp|nnp)(?![\p{L}])/u;
export const FAMILY_NP = /(?<![\p{L}])(?:fnp|family (?:nurse practitioner|np))(?![\p{L}])/u;
