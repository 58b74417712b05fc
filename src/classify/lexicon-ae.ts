/**
 * Suspect-product lexicons (taxonomy §3) in the word syntax of `tokens.ts`. Most names come from
 * WordNet at build time (`vocab/wordnet-ae.generated.ts`); these are the INN stems, the brands and
 * classes WordNet 3.0 (2006) predates, and the words around an unknown brand. Events are in
 * `lexicon-ae-events.ts`, patients in `lexicon-ae-patients.ts`.
 */

/** INN stems (WHO stem list): most generic names end in one of these. */
// prettier-ignore
export const DRUG_SUFFIXES = [
  'mab', 'tinib', 'ciclib', 'parib', 'rafenib', 'pril', 'prilat', 'statin', 'gliflozin', 'glutide', 'lutide',
  'enatide', 'gliptin', 'glinide', 'glitazone', 'olol', 'alol', 'sartan', 'prazole', 'cycline', 'vir', 'azole',
  'parin', 'oxacin', 'floxacin', 'cillin', 'mycin', 'micin', 'penem', 'bactam', 'dronate', 'semide', 'thiazide',
  'dipine', 'zepam', 'zolam', 'triptan', 'setron', 'lukast', 'afil', 'profen', 'coxib', 'platin', 'taxel',
  'rubicin', 'tecan', 'trexate', 'fenac', 'oxetine', 'tidine', 'peridol', 'triptyline', 'pramine', 'apine',
  'zapine', 'idone', 'barbital', 'sonide', 'olone', 'isone', 'asone', 'caine', 'curonium', 'gammadex', 'xaban',
  'gatran', 'lutamide', 'tadine', 'zodone', 'afaxine', 'vudine', 'navir', 'previr', 'buvir', 'tegravir', 'grastim',
  'cept', 'kinra', 'teplase', 'fungin', 'gabalin', 'formin', 'tropin', 'relin', 'terol', 'butamol', 'tiazem',
  'dralazine', 'ertraline', 'alopram', 'italopram', 'onazole', 'iramate', 'acetam', 'trigine', 'valproate',
  'carbazepine', 'ifene', 'trozole', 'limus', 'ciclovir', 'lactone', 'tretinoin', 'retinoin', 'pezil', 'tinide',
  'glipride', 'gliptine', 'conazole', 'oxacine', 'toin', 'ximab', 'zumab', 'umab', 'kizumab', 'lizumab',
  'cizumab', 'tuzumab', 'limab', 'uximab', 'dazole', 'nidazole', 'bendazole', 'quine', 'oquine', 'amide',
  'parinux', 'ximod', 'imod', 'fovir', 'prost', 'oprost', 'ulide', 'adol', 'codone', 'morphone',
  'orphine', 'fentanil', 'sulide', 'pirone', 'barb', 'tiapine', 'oxone', 'mazenil', 'sertib', 'lisib', 'degib',
  'metinib', 'zomib', 'lidomide', 'citabine', 'rabine', 'fosfamide', 'mustine', 'platine', 'dipino', 'dipina',
  // More WHO stems: alpha blockers, fibrates, antiplatelets, epoetins, antihistamines, MAO-B
  // inhibitors, vaptans, progestins, 5-alpha reductase inhibitors, calcimimetics.
  'osin', 'fibrate', 'grel', 'poetin', 'mestane', 'tropium', 'astine', 'izine', 'giline', 'vaptan', 'pamil',
  'entan', 'ciguat', 'darone', 'paratide', 'gestrel', 'gestrone', 'steride', 'calcet', 'relix', 'plase',
  'kacin', 'metacin', 'bamate', 'mepiride', 'clazide',
  // Inhaled anaesthetics and PDE4 inhibitors.
  'flurane', 'milast',
];

/** Words that end like a stem but are not drugs (checked after stripping a trailing vowel too). */
// prettier-ignore
export const STEM_EXCEPTIONS = new Set([
  'concept', 'except', 'accept', 'intercept', 'precept', 'percept', 'cocaine', 'stable', 'reasone', 'parasone',
  'tamil', 'amide', 'pyramide', 'guide', 'inside', 'decide', 'provide', 'outside', 'beside', 'tide', 'ride',
  'bride', 'pride', 'slide', 'wide', 'side', 'divide', 'aside', 'oxide', 'peptide', 'virtual', 'saliva', 'quine',
  'equine', 'sanguine', 'genuine', 'machine', 'routine', 'marine', 'cuisine', 'prost', 'lorraine', 'terrain',
  'adol', 'idol', 'napol', 'prestige', 'carbon', 'ormone', 'someone', 'anyone', 'everyone', 'postpone', 'phone',
  'tone', 'stone', 'alone', 'done', 'gone', 'bone', 'none', 'zone', 'ozone', 'cyclone', 'telephone', 'clone',
  'mamab', 'nabab', 'medicament', 'grade', 'decade', 'barbara', 'hidden', 'ibidem', 'cyclades', 'palmares',
]);

/** Common generics, brands and product classes that the stems miss, in five languages. */
// prettier-ignore
export const KNOWN_PRODUCTS = [
  'metformin{|a|e}', 'insulin{|a|e}', 'warfarin{|a|e}', 'heparin{|a|e}', 'aspirin{|a|e}', 'ibuprofen{|o}',
  'naproxen{|o}', 'paracetamol', 'acetaminophen', 'tylenol', 'lithium', 'litio',  'levothyrox*',
  'levotiroxina', 'amiodaron*', 'digoxin*', 'propofol', 'linezolid', 'vancomycin*', 'isotretino*', 'accutane',
  'roaccutane', 'hydroxychloroquine', 'plaquenil', 'clozapin*', 'lamotrigin*', 'levetiracetam', 'valpro*',
  'carbamazepin*', 'phenytoin*', 'levodopa', 'carbidopa', 'pregabalin*', 'gabapentin*', 'oxybutynin',
  'donepezil*', 'sildenafil', 'tadalafil', 'viagra', 'cialis', 'isosorbide', 'nitroglycerin', 'nitrates',
  'midodrine', 'fludrocortisone', 'ivabradine', 'tacrolimus', 'salbutamol', 'albuterol', 'sugammadex',
  'cefepime', 'ceftriaxone', 'cephalexin', 'keflex', 'augmentin', 'amoxicillin*', 'amoxicilina', 'penicillin*',
  'tirzepatide', 'semaglutid*', 'liraglutide', 'dulaglutide', 'ozempic', 'wegovy', 'mounjaro', 'zepbound',
  'saxenda', 'trulicity', 'victoza', 'rybelsus', 'jardiance', 'farxiga', 'forxiga', 'invokana', 'januvia',
  'janumet', 'humira', 'keytruda', 'opdivo', 'eliquis', 'xarelto', 'pradaxa', 'brilinta', 'plavix', 'entresto',
  'botox', 'singulair', 'lexapro', 'zoloft', 'prozac', 'paxil', 'celexa', 'cymbalta', 'effexor', 'wellbutrin',
  'xanax', 'valium', 'ativan', 'klonopin', 'ambien', 'seroquel', 'abilify', 'risperdal', 'zyprexa', 'lamictal',
  'keppra', 'depakote', 'tegretol', 'topamax', 'lyrica', 'neurontin', 'adderall', 'ritalin', 'concerta',
  'vyvanse', 'strattera', 'synthroid', 'lipitor', 'crestor', 'zocor', 'nexium', 'prilosec', 'protonix',
  'zantac', 'pepcid', 'lasix', 'coumadin', 'glucophage', 'lantus', 'levemir', 'tresiba', 'humalog', 'novolog',
  'novorapid', 'fiasp', 'toujeo', 'dupixent', 'rinvoq', 'skyrizi', 'stelara', 'cosentyx', 'taltz', 'otezla',
  'xeljanz', 'olumiant', 'enbrel', 'remicade', 'entyvio', 'ocrevus', 'tysabri', 'tecfidera', 'gilenya',
  'aimovig', 'ajovy', 'emgality', 'nurtec', 'ubrelvy', 'imitrex', 'tagrisso', 'ibrance', 'verzenio', 'kisqali',
  'lynparza', 'revlimid', 'imbruvica', 'tamiflu', 'paxlovid', 'biktarvy', 'truvada', 'descovy', 'cipro',
  'levaquin', 'bactrim', 'zithromax', 'z pack', 'doxy', 'flagyl', 'diflucan', 'valtrex', 'mirena', 'nexplanon',
  'depo provera', 'yaz', 'diane', 'spironolacton*', 'aldactone', 'prolia', 'fosamax', 'xolair', 'nucala',
  'fasenra', 'symbicort', 'advair', 'ventolin', 'spiriva', 'flovent', 'trelegy', 'chantix', 'champix',
  'suboxone', 'narcan', 'methylphenidate', 'amphetamine', 'loperamide', 'imodium', 'glucagon', 'naloxone',
  'prednis*', 'methotrexat*', 'allopurinol', 'colchicin*', 'tramadol', 'oxycodon*', 'oxycontin', 'percocet',
  'vicodin', 'morphin*', 'fentanyl', 'codein*', 'buprenorphine', 'methadone', 'ketamine', 'zolpidem',
  'bupropion', 'mirtazapin*', 'trazodon*', 'furosemid*', 'hctz', 'clopidogrel', 'ticagrelor', 'tamoxifen*',
  'letrozol*', 'anastrozol*', 'capecitabin*', 'cyclophosphamide', 'dexamethason*', 'hydrocortison*',
  'finasteride', 'minoxidil', 'topiramat*', 'ondansetron', 'metoclopramid*', 'estradiol', 'testosteron*',
  'melatonin', 'senna', 'omeprazol*', 'citalopram', 'escitalopram', 'sertralin*', 'fluoxetin*', 'venlafaxin*',
  'duloxetin*', 'quetiapin*', 'olanzapin*', 'risperidon*', 'aripiprazol*', 'haloperidol', 'diazepam',
  'lorazepam', 'alprazolam', 'clonazepam', 'montelukast', 'captopril', 'enalapril', 'lisinopril', 'ramipril',
  'losartan*', 'amlodipin*', 'atorvastatin*', 'rosuvastatin*', 'simvastatin*', 'ciprofloxacin*',
  'vaccine', 'vaccines', 'vaccin', 'vacuna', 'impfstoff', 'impfung', 'vacina', 'flu shot', 'booster',
  'contraceptive*', 'the pill', 'birth control', 'iud', 'chemo', 'chemotherapy', 'immunotherapy', 'immunotherapie',
  'biologic', 'biologics', 'antibiotic*', 'antibiotique*', 'antibiotico*', 'antibiotikum', 'antibiotika',
  'antidepressant*', 'antipsychotic*', 'ace inhibitor*', 'nsaid*', 'ssri', 'ssris', 'isrs', 'snri*', 'ppi',
  'ppis', 'ibp', 'statin', 'statins', 'statine', 'glp 1', 'glp1', 'opioid*', 'beta blocker*', 'diuretic*',
  'anticoagulant*', 'doak', 'doac', 'doacs', 'noak', 'steroid*', 'corticosteroid*', 'inhaler*', 'abnehmspritze*',
  'sleeping pill*', 'allergen immunotherapy', 'fluorchinolon*', 'fluoroquinolon*', 'aromatase inhibitor*',
  'cgrp', 'jak inhibitor*', 'tnf inhibitor*', 'sglt2 inhibitor*', 'isglt2',
  // Brands launched after WordNet 3.0, vaccines, insulins, biologics, European brands.
  'shingrix', 'gardasil', 'prevnar*', 'pentacel', 'rotateq', 'comirnaty', 'spikevax',
  'astrazeneca', 'novavax', 'arexvy', 'abrysvo', 'beyfortus', 'dtap', 'tdap', 'bcg',
  '{flu|covid|booster|b12|tetanus|shingles|second|first|2nd|1st|3rd|third} {shot|shots|jab|jabs}',
  'desensiti*', 'grazax', 'acarizax', 'oralair',
  'basaglar', 'semglee', 'admelog', 'apidra', 'glycomet', 'loxonin', 'loxoprofen', 'nyquil',
  'dayquil', 'benadryl', 'advil', 'motrin', 'aleve', 'excedrin', 'sudafed', 'claritin', 'zyrtec',
  'allegra', 'dafalgan', 'efferalgan', 'levothyrox', 
  'deroxat',  'brufen',  'falithrom',
  'novalgin', 'metamizol',  'oxazepam', 'temesta', 'tavor',
   'yasmin', 'yasminelle', 'belara', 'valette', 'nuvaring', 'kyleena', 'jaydess',
  'leqvio', 'repatha', 'praluent', 'eylea', 'lucentis', 'vabysmo', 'kesimpta', 'mavenclad', 'zeposia',
  'tremfya', 'bimzelx', 'kevzara', 'actemra', 'roactemra', 'orencia', 'cimzia', 'simponi', 'benlysta',
  'saphnelo', 'tezspire', 'ocaliva', 'tepezza', 'soliris', 'ultomiris', 'spinraza', 'zolgensma',
  'opdualag', 'imfinzi', 'tecentriq', 'bavencio', 'libtayo', 'yervoy', 'enhertu', 'trodelvy', 'padcev',
  'herceptin', 'perjeta', 'kadcyla', 'avastin', 'rituxan', 'mabthera', 'darzalex', 'kyprolis',
  'velcade', 'calquence', 'brukinsa', 'venclexta', 'jakafi', 'tukysa', 'nerlynx', 'piqray', 'lorbrena',
  'alecensa', 'xalkori', 'lumakras', 'krazati', 'orgovyx', 'xtandi', 'erleada', 'nubeqa', 'zytiga',
  'leqembi', 'kisunla', 'aduhelm', 'vyepti', 'qulipta', 'elyxyb', 'trikafta', 'kaftrio', 'veozah',
  'qsymia', 'contrave', 'mysimba', 'xenical', 'orlistat', 'phentermine',  'byetta',
  'bydureon', 'soliqua', 'xultophy', 'steglatro', 'glyxambi', 'synjardy', 'xigduo', 'kerendia',
  'verquvo', 'camzyos', 'vyndaqel', 'vyndamax', 'nexletol', 'vascepa', 'multaq', 'tikosyn', 'savaysa',
  'lixiana', 'xeplion', 'invega', 'abilify maintena', 'aristada', 'rexulti', 'vraylar', 'caplyta',
  'latuda', 'trintellix', 'brintellix', 'auvelity', 'spravato', 'zurzuvae', 'qelbree', 'sunosi',
  'wakix', 'xywav', 'xyrem', 'belsomra', 'dayvigo', 'quviviq', 'lunesta', 'stilnox',
  'sertralin', 'sertralina', 'paroxetin*', 'fluoxetina', 'venlafaxina', 'tramadolo', 'paracetamolo',
  'ibuprofene', 'ibuprofeno', 'naprossene', 'amoxicilline', 'amoxicillina', 'metformina', 'metformine',
   'levothyroxin*', 'omeprazolo', 'pantoprazol*', 'amlodipino', 'losartana', 'atorvastatina',
  'rosuvastatina', 'sinvastatina', 'roids', 'test e', 'tren', 'sarms', 'anabolic*', 'morning after pill',
  'plan b', 'ellaone', 'rifampicin*', 'vitamin {a|b12|d|d3|k}', 'vit d', 'iron {tablets|pills|infusion}',  'warfarina', 'coumadine', 'previscan', 'sintrom',
];

/** Words right before an unknown product name: "started X", "on X", "switched to X", "tomando X". */
// prettier-ignore
export const PRODUCT_TRIGGERS = new Set([
  'on', 'started', 'starting', 'start', 'taking', 'take', 'takes', 'took', 'prescribed', 'restarted',
  'toma', 'tomando', 'tomar', 'prend', 'pris', 'sous', 'nehme', 'nimmt', 'unter', 'genommen', 'usando',
  'nehm', 'nehmen', 'bekommt', 'bekam', 'bekommen', 'kriege', 'prends', 'prendre', 'prenais', 'prendo',
  'preso', 'assumo', 'tomei', 'tomou', 'tomaba', 'tome', 'slik', 'gebruik', 'neem', 'kreeg', 'gave',
  'given', 'switched', 'upped', 'increased',
]);

/** Common words that can follow a trigger and are never a product name. */
// prettier-ignore
export const NOT_PRODUCT = new Set(
  (
    'the a an my his her their our your this that these those it its them him me us you some any all one two ' +
    'three four five call nights night days weeks months years day week month year time board duty team ' +
    'leave vacation holiday monday tuesday wednesday thursday friday saturday sunday both top track ' +
    'medication medications meds med drug drugs treatment therapy dose doses pills pill tablets injection ' +
    'maintenance first second third last next new old same other another each every more most less ' +
    'stable high low full half rounds shift service site social staff record screen video line hold ' +
    'dialysis oxygen insulin patients patient care behalf average purpose board usted mi su la el los las ' +
    'un una ma mon son sa le les des mes ses einem einer dem den der die das meine meinem seine ihre ' +
    'uma um seu sua meu minha forma forms hand hands foot feet edge point break call weekend tv air ' +
    'record balance loan paper trial study camera fire life earth mars planet medicine medicines ' +
    'nursing pharmacy surgery residency school schmeckt seit habe hat ist bin war wird und aber jetzt immer'
  ).split(' '),
);
