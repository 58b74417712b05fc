/**
 * Adverse-event lexicons (taxonomy §3): a suspect product, an adverse effect (including lack of
 * effect, overdose, misuse, pregnancy exposure) and an identifiable patient. All patterns run on
 * folded text except `BRAND_CONTEXT`, which needs capitals to spot an unknown brand name.
 */

import { wordRe } from './text';

const B = '\\b';
const E = '(?![\\p{L}\\p{N}])';
const w = (entries: readonly string[]): RegExp => wordRe(entries, 'g');

/** INN stems (WHO stem list): most generic names end in one of these. */
// prettier-ignore
const STEMS = [
  'mab', 'tinib', 'ciclib', 'parib', 'rafenib', 'pril', 'prilat', 'statin', 'gliflozin', 'glutide', 'lutide',
  'enatide', 'gliptin', 'glinide', 'glitazone', 'olol', 'alol', 'sartan', 'prazole', 'cycline', 'vir', 'azole',
  'parin', 'oxacin', 'cillin', 'mycin', 'micin', 'penem', 'bactam', 'dronate', 'semide', 'thiazide', 'dipine',
  'zepam', 'zolam', 'triptan', 'setron', 'lukast', 'afil', 'profen', 'coxib', 'platin', 'taxel', 'rubicin', 'tecan',
  'trexate', 'fenac', 'oxetine', 'tidine', 'peridol', 'triptyline', 'pramine', 'apine', 'zapine', 'idone', 'barbital',
  'sonide', 'olone', 'isone', 'asone', 'caine', 'curonium', 'gammadex', 'xaban', 'gatran', 'lutamide', 'tadine',
  'zodone', 'afaxine', 'vudine', 'navir', 'previr', 'buvir', 'tegravir', 'grastim', 'ximab', 'zumab', 'umab', 'cept',
  'kinra', 'teplase', 'fungin', 'gabalin', 'formin', 'tropin', 'relin', 'terol', 'butamol', 'tiazem', 'amil',
  'dralazine', 'oxacin', 'ertraline', 'alopram', 'azodone', 'onazole', 'iramate', 'acetam', 'trigine', 'valproate',
  'oxcarbazepine', 'ifene', 'trozole', 'imus', 'limus', 'ciclovir',
];
/** Words that end like a stem but are not drugs. */
// prettier-ignore
const STEM_EXCEPTIONS = new Set([
  'concept', 'except', 'accept', 'intercept', 'precept', 'percept', 'idone', 'caine', 'cocaine', 'vir', 'umab',
  'oxacin', 'mab', 'cept', 'stable', 'isone', 'asone', 'reasone', 'parasone', 'terol', 'amil', 'tamil', 'olone',
]);
/** Spanish / Portuguese / Italian forms add a vowel or drop the final e (amlodipino, omeprazol). */
export const DRUG_STEM = new RegExp(
  `${B}[a-z][a-z-]{2,}(?:${STEMS.join('|')}|dipin|prazol|azol|zepan)[aeo]?${E}`,
  'gu',
);
export function isStemException(word: string): boolean {
  return STEM_EXCEPTIONS.has(word) || word.length < 6;
}

/** Common generics, brands and product classes that the stems miss, in five languages. */
// prettier-ignore
export const KNOWN_PRODUCT = w([
  'metformina?', 'insulina?', 'warfarina?', 'heparina?', 'aspirina?', 'ibuprofeno?', 'naproxen', 'paracetamol',
  'acetaminophen', 'lithium', 'litio', 'levothyroxine?', 'levotiroxina', 'amiodaron[ea]?', 'digoxina?', 'propofol',
  'linezolid', 'vancomycin', 'isotretino[ií]na?', 'accutane', 'roaccutane', 'hydroxychloroquine', 'plaquenil',
  'clozapin[ea]?', 'lamotrigin[ea]?', 'levetiracetam', 'valpro\\p{L}*', 'carbamazepin[ea]?', 'phenytoin', 'levodopa',
  'carbidopa(?:-levodopa)?', 'pregabalina?', 'gabapentina?', 'oxybutynin', 'donepezil', 'sildenafil', 'tadalafil',
  'viagra', 'cialis', 'isosorbide(?: mononitrate| dinitrate)?', 'nitroglycerin', 'nitrates?', 'midodrine',
  'fludrocortisone', 'ivabradine', 'vitamin d', 'vitamina d', 'tacrolimus', 'salbutamol', 'albuterol', 'sugammadex',
  'cefepime', 'ceftriaxone', 'abemaciclib', 'tirzepatide', 'semaglutide', 'liraglutide', 'dulaglutide', 'ozempic',
  'wegovy', 'mounjaro', 'zepbound', 'saxenda', 'trulicity', 'victoza', 'jardiance', 'farxiga', 'humira', 'keytruda',
  'opdivo', 'eliquis', 'xarelto', 'entresto', 'botox', 'singulair', 'lexapro', 'zoloft', 'prozac', 'xanax',
  'adderall', 'ritalin', 'methylphenidate', 'amphetamine', 'loperamide', 'glucagon', 'naloxone', 'prednison[ea]?',
  'prednisolone', 'methotrexate?', 'allopurinol', 'colchicine', 'tramadol', 'oxycodone', 'morphine?', 'fentanyl',
  'codeine', 'buprenorphine', 'methadone', 'ketamine', 'zolpidem', 'bupropion', 'mirtazapine', 'trazodone',
  'spironolactone', 'furosemide', 'hctz', 'clopidogrel', 'ticagrelor', 'tamoxifen', 'letrozole', 'capecitabine',
  'cyclophosphamide', 'dexamethasone', 'hydrocortisone', 'finasteride', 'minoxidil', 'topiramate', 'ondansetron',
  'metoclopramide', 'estradiol', 'testosterone', 'melatonin', 'senna', 'vaccines?', 'vaccin', 'vacuna', 'impfstoff',
  'impfung', 'vacina', 'flu shot', 'booster', 'contraceptives?', 'the pill', 'birth control', 'iud',
  'oral contraceptive', 'chemo(?:therapy)?', 'immunotherapy', 'biologics?', 'antibiotics?', 'antibiotique',
  'antibiotico', 'antibiotikum', 'antidepressants?', 'antipsychotics?', 'ace ?inhibitors?', 'acei', 'arni', 'arb',
  'nsaids?', 'ssris?', 'snris?', 'ppis?', 'statins?', 'glp-?1s?', 'anticholinergics?', 'opioids?',
  'beta[- ]blockers?', 'diuretics?', 'anticoagulants?', 'steroids?', 'corticosteroids?', 'inhalers?',
  'abnehmspritzen?', 'acne pill', 'sleeping pills?',
]);

/**
 * An unknown brand: a capitalised word right after "on", "started", "switched to", or before
 * "infusion" / "injection" / "pill". Run on the original text.
 */
export const BRAND_CONTEXT =
  /(?:\b(?:on|started|starting|start|switched (?:him |her |them |me )?to|taking|took|prescribed|restarted|new [\p{L}-]+ [\p{L}-]+,|pill,|insulin,|drug,|injection,|dose of|(?:first|second|third|fourth|last|next) dose of)\s+([A-Z][a-z]{3,}[a-z]*)\b)|(?:\b([A-Z][a-z]{3,})\s+(?:infusion|injection|shot|pill|tablets?|dose|pen|therapy|treatment)\b)|(?:\b(?:first|second|third|fourth|fifth|last|next)\s+([A-Z][a-z]{3,})\s+(?:infusion|injection|shot|dose)\b)/gu;
export const BRAND_STOPWORDS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Christmas Easter Thanksgiving Twitter Doximity Linkedin LinkedIn Bluesky Mastodon Instagram Facebook Zoom Medicare Medicaid This That These Those There Their Then When Which What Who The Day Week Month Year Call Nights Team Friday Insurance Every Some Many Most Each Google Amazon Epic Cerner Duty Fire Time Board Tumor'.split(
    ' ',
  ),
);

/** Adverse effects, lack of effect, overdose / misuse, exposure in pregnancy (EN ES FR DE PT). */
// prettier-ignore
export const EFFECT = w([
  'side[- ]effects?', 'adverse (?:event|effect|reaction)s?', 'reaction', 'reacted?', 'allergic', 'rash(?:es)?',
  'hives', 'urticaria', 'angioedema', 'swollen (?:lip|lips|tongue|face)', 'swelling', 'swollen', 'anaphyla\\p{L}*',
  'itch(?:ing|y)?', 'nause(?:a|ous)', 'vomit\\p{L}*', 'diarrh(?:o)?ea', 'constipat\\p{L}*', 'dizz(?:y|iness)',
  'light-?headed', 'faint(?:ed|ing)?', 'syncope', 'fell', 'fall(?:s)?', 'fracture[ds]?', 'broke (?:a|his|her|my)',
  'broken', 'bleed(?:ing)?', 'bruis\\p{L}*', 'thrombocytopeni\\p{L}*', 'platelets?', 'neutropeni\\p{L}*',
  'agranulocytos\\p{L}*', 'aki', 'acute kidney injury', 'creatinine', 'cr \\d', 'renal failure', 'hyperkal(?:a)?emia',
  'k \\d(?:\\.\\d)?', 'hyponatr(?:a)?emia', 'sodium \\d+', 'siadh', 'hypoglyc(?:a)?emia', 'severe lows?', 'first low',
  'confus\\p{L}*', 'deliri\\p{L}*', 'seizures?', 'seizing', 'myoclonus', 'neurotoxicity', 'toxicity', 'toxic',
  'myocarditis', 'bradycardi\\p{L}*', 'tachycardi\\p{L}*', 'hr (?:to )?(?:the )?(?:low|high)', 'hr \\d+',
  'qt prolongation', 'hypotensi\\p{L}*', 'bp \\d+/\\d+', 'hallucinat\\p{L}*', 'seeing things', 'night terrors',
  'nightmares?', 'mood changes?', 'low mood', 'not (?:himself|herself|myself|themselves)', 'irritab\\p{L}*',
  'aggressi\\p{L}*', 'angry', 'anger', 'suicidal\\p{L}*', 'depress(?:ed|ion)', 'weight gain', 'gained \\d+',
  'infections?', 'utis?', 'shingles', 'mouth sores', 'mucositis', 'hair loss', 'tingl\\p{L}*', 'gallbladder',
  'cholecystitis', 'gallstones', 'pancreatitis', 'pneumonitis', 'colitis', 'hepatitis', 'liver injury', 'jaundice',
  'retinal', 'retinopathy', 'maculopathy', 'macular', 'vision (?:changes|loss)',
  'changes on (?:oct|mri|ct|ecg|imaging)', 'brain zaps', 'discontinuation syndrome', 'withdrawal', 'overdose',
  'overdosed', 'misuse', 'abuse', 'took too much', 'too much', 'puffs', 'tremor', 'rhabdo\\p{L}*', 'ck \\d',
  'lactate', 'pris', 'stevens-johnson', 'sjs', "didn't work", 'stopped working', 'not working', 'no effect',
  'lack of (?:effect|efficacy)', 'breakthrough (?:seizures?|bleeding|pain|symptoms)',
  'levels? (?:\\p{L}+ )?(?:dropped|fell|halved|subtherapeutic|undetectable)', 'ineffective', 'failed',
  'pregnan\\p{L}*', 'positive hcg', 'hcg', 'embarazada', 'embarazo', 'enceinte', 'grossesse', 'schwanger\\p{L}*',
  'gravida', 'gravidez', 'exposure', 'efectos? secundarios?', 'efectos? adversos?', 'reaccion', 'mareos?', 'nauseas',
  'engordado', 'erupcion', 'hinchad\\p{L}*', 'sangrado', 'diarrea', 'gonfl\\p{L}*', 'saignement', 'diarrhee',
  'geschwollen', 'durchfall', 'blutung\\p{L}*', 'ausschlag', 'inchad\\p{L}*', 'sangramento', 'diarreia',
  'effets? (?:secondaires?|indesirables?)', 'vertiges?', 'nebenwirkung(?:en)?', '\\p{L}+-induzierte?', 'induced',
  'hyperthyreose', 'unruhe', 'gewichtsverlust', 'ubelkeit', 'schwindel', 'efeitos? colatera(?:l|is)',
  'reacao adversa', 'tontura', 'interaction', 'wechselwirkung', 'interaccion', 'held',
  'dose (?:being |was )?(?:reduced|lowered|cut)', '(?:lowered|cut|reduced|drop) the dose', 'rechalleng\\p{L}*',
  '(?:drug|it|nsaid|ssri|medication|med) (?:was )?(?:stopped|held|discontinued)', 'stopped (?:it|the \\p{L}+)',
]);
/** "zero side effects", "no reaction" are reports of no event. */
export const NEGATED_EFFECT =
  /(?<![\p{L}])(?:no|zero|without|never had any|not any|sin|aucun|keine)\s+(?:\p{L}+\s+)?(?:side[- ]effects?|reactions?|problems|issues|efectos|effets|nebenwirkungen)(?![\p{L}])/gu;

/** A specific person: "my patient", "58F", "a 74-year-old man", "my mother", "I started ...". */
// prettier-ignore
export const PATIENT = w([
  "my (?:patient|pt)(?:'s)?", '(?:patient|pt) of mine', 'pt', 'patient (?:in (?:his|her|their)|on|with|who|was|had)',
  'a patient (?:on|with|who|in)', 'patient,? \\d{1,3}', 'patientin,? \\d{1,3}', 'paciente,? (?:de )?\\d{1,3}',
  '(?:a |an )?\\d{1,3}[- ]?(?:year|yr)s?[- ]old', '\\d{1,3}(?:m|f)', '\\d{1,3}\\s?(?:yo|y/o|yom|yof)', 'age \\d{1,3}',
  '(?:man|woman|gentleman|lady|boy|girl|guy) in (?:his|her) (?:\\d0s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)',
  "(?:he|she)'s \\d{1,3}", '(?:he|she) is \\d{1,3}',
  '(?:my|our) (?:mom|mum|mother|dad|father|husband|wife|son|daughter|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|kid|child|baby|partner|spouse|brother|sister|aunt|uncle|friend|boyfriend|girlfriend|toddler|niece|nephew)',
  "i (?:started|took|take|was (?:put|switched|started|given)|have been (?:on|taking)|got|had|woke up|am on|'m on)",
  "i've (?:had|been on)", 'my (?:first|second|third|fourth|\\p{L}+) (?:dose|infusion|injection|shot)',
  'my (?:new |current |first )?(?:\\p{L}+ )?(?:pill|meds?|medication|drug|treatment|injection|inhaler)',
  'day \\d+ (?:of|on)', 'cycle \\d+', "i'm (?:on|taking|living|getting)", 'when i started', 'since i started',
  '(?:second|third|first) \\p{L}+ (?:infusion|injection|dose)', 'anyone else (?:on|react|had|get)',
  'llevo \\d+ (?:semanas|meses|dias|anos) con',
  'mi (?:madre|padre|hijo|hija|esposo|esposa|marido|mujer|paciente|abuela|abuelo)', 'he (?:engordado|tenido)',
  'me (?:ha|dio|salio)', 'mon (?:patient|fils|mari|pere|frere)', 'ma (?:patiente|mere|fille|femme|soeur)',
  "j'ai (?:eu|pris)", 'mein(?:e|em)? (?:patient(?:in)?|mutter|vater|sohn|tochter|mann|frau)',
  'meu (?:paciente|filho|pai|marido)', 'minha (?:paciente|mae|filha|esposa)', 'a mi me', 'moi aussi',
]);
