/**
 * Products the core list and WordNet miss, as patients name them: nicknames ("ozzy"), the form
 * ("the jab", "my pen"), vaccines, insulins, biologics and allergen immunotherapy by brand.
 */

// prettier-ignore
const NICKNAMES = [
  'ozzy', 'ozzie', 'ozempik', 'ozy', 'mounjy', 'mounj', 'monji', 'zeppy', 'tirz', 'tirzep*', 'sema', 'semaglutid*',
  'wego', 'glp1s', 'glps', 'glp 1s', 'skinny {jab|jabs|shot|pen}', 'fat {jab|jabs}',
  'weight loss {jab|jabs|shot|shots|injection|injections|pen|pens|drug|meds}', 'diet {jab|jabs|shot|pills}',
  'zolly', 'addies', 'xans', 'xannies', 'benzo', 'benzos', 'percs', 'oxys', 'norco', 'roxies',
];
/** The product by its form: "the jab", "my pen", "the patch" (not "the shot of espresso"). */
// prettier-ignore
const FORMS = [
  '{the|my|his|her|this|that|last|latest|weekly} {jab|jabs|shot|shots|pen|patch|injection|injections|implant|coil|infusion|booster|vaccine|needle|pump}',
  '{allergy|b12|rabies|hep b|hepatitis|hpv|rsv|mmr|pneumonia|measles|polio|whooping cough|cholera|typhoid|yellow fever|pertussis|tdap} {shot|shots|jab|jabs|vaccine|injection|injections|drops|booster}',
  '{covid|flu|covid 19} {vaccine|vaccines|booster|boosters}', '{estrogen|oestrogen|hormone|nicotine|fentanyl|birth control|contraceptive|hrt|bc|scopolamine} patch*',
  'estrogen', 'oestrogen', 'progesterone', 'estrogel', 'evorel', 'utrogestan', 'prometrium', 'nicorette',
  'paragard', 'copper iud', 'implanon', 'vaccin*', 'vacun*', 'vacin*', 'vaccinat*',
  'impf*', 'geimpft', 'griepprik', 'prik', 'vaccinatie', 'прививк*', 'вакцин*', 'moderna', 'pfizer', 'biontech',
  'janssen', 'sputnik',
];
// prettier-ignore
export const BRANDS = [
  'mmr', 'mmrv', 'fluzone', 'flucelvax', 'fluad', 'afluria', 'fluarix', 'flumist', 'vaxigrip', 'influvac',
  'vaxneuvance', 'pneumovax', 'bexsero', 'trumenba', 'menveo', 'nimenrix', 'twinrix',
  'havrix', 'engerix', 'heplisav', 'ixiaro', 'dengvaxia', 'qdenga', 'ervebo', 'jynneos', 'imvanex', 'boostrix', 'adacel', 'infanrix', 'hexyon', 'vaxelis', 'priorix', 'varivax', 'proquad', 'zostavax',
  'rotarix', 'nuvaxovid', 'vaxzevria', 'humulin', 'novolin', 'lyumjev', 'ryzodeg', 'insuman', 'abasaglar', 'rezvoglar', 'afrezza', 'novomix', 'actrapid',
  'ilumya', 'siliq', 'adbry', 'adtralza', 'ebglyss', 'cibinqo', 'sotyktu', 'amjevita', 'hyrimoz', 'hadlima', 'yuflyma', 'cyltezo', 'idacio', 'imraldi', 'inflectra', 'renflexis', 'remsima',
  'truxima', 'ogivri', 'kanjinti', 'evenity', 'forteo', 'tymlos', 'nplate', 'neulasta', 'neupogen', 'epogen',
  'aranesp', 'retacrit', 'xgeva', 'hemlibra', 'takhzyro', 'tezepelumab',
  'odactra', 'ragwitek', 'palforzia', 'pollinex', 'alutard', 'allergy drops',
  'slit {tablet|tablets|drops}', 'scit',
  // Everyday names in the posts of European and US patients: contraceptives, ADHD, painkillers,
  // hair loss, anaesthesia, allergy pens, desensitisation in German.
  'visanne', 'dienogest', 'depo provera', 'depo-provera', 'zoladex', 'elvanse', 'medikinet', 'nurofen',
  'propecia', 'epipen', 'epi pen', 'glargine', 'cardioaspirina', 'tachipirina', 'dantrolene', 'sibutramine',
  'hyposensibilisierung', 'desensibilisierung', 'spiro', 'levo', 'thyrox', 'euthyrox', 'l-thyroxin',
];

export const MORE_PRODUCTS: readonly string[] = [...NICKNAMES, ...FORMS, ...BRANDS];
