/**
 * Adverse-event lexicons (taxonomy §3) in the word syntax of `tokens.ts`: a suspect product, an
 * adverse effect (including lack of effect, overdose, misuse, pregnancy exposure) and an
 * identifiable patient, in EN / ES / FR / DE / PT.
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
  'dronate', 'parinux', 'ximod', 'imod', 'fovir', 'prost', 'oprost', 'ulide', 'adol', 'codone', 'morphone',
  'orphine', 'fentanil', 'sulide', 'pirone', 'barb', 'tiapine', 'oxone', 'mazenil', 'sertib', 'lisib', 'degib',
  'metinib', 'zomib', 'lidomide', 'citabine', 'rabine', 'fosfamide', 'mustine', 'platine', 'dipino', 'dipina',
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
  'naproxen{|o}', 'paracetamol', 'acetaminophen', 'tylenol', 'lithium', 'litio', 'lithium', 'levothyrox*',
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
];

/** Words right before an unknown product name: "started X", "on X", "switched to X", "tomando X". */
// prettier-ignore
export const PRODUCT_TRIGGERS = new Set([
  'on', 'started', 'starting', 'start', 'taking', 'take', 'takes', 'took', 'prescribed', 'restarted', 'to',
  'of', 'con', 'toma', 'tomando', 'tomar', 'prend', 'pris', 'sous', 'nehme', 'nimmt', 'unter', 'genommen',
  'com', 'usando', 'du', 'de',
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
    'record balance loan paper trial study camera fire life earth mars planet'
  ).split(' '),
);

/** Adverse effects, lack of effect, overdose / misuse, exposure in pregnancy (EN ES FR DE PT). */
// prettier-ignore
export const EFFECTS = [
  'side effect*', 'adverse*', 'reaction*', 'reacted', 'allergic', 'rash*', 'hives', 'urticaria', 'angioedema',
  'angio*dem*', 'anaphyla*', 'swelling', 'swollen', 'itch*', 'nause*', 'vomit*', 'threw up', 'throwing up',
  'diarrh*', 'constipat*', 'dizz*', 'lightheaded', 'faint*', 'syncope', 'fell', 'fracture*', 'bleed*',
  'bruis*', 'hemorrhag*', 'haemorrhag*', 'thrombocytopeni*', 'neutropeni*', 'agranulocyt*', 'aki',
  'kidney injury', 'renal failure', 'hyperkal*', 'hyponatr*', 'hypoglyc*', 'lows', 'severe low*',
  'dropped to', 'confus*', 'deliri*', 'seizure*', 'seizing', 'tremor*', 'shaky', 'myoclon*', 'clonus',
  'serotonin syndrome', 'toxicity', 'toxic', 'intoxica*', 'myocarditis', 'bradycard*', 'bradicard*',
  'tachycard*', 'palpitat*', 'heart racing', 'racing', 'heart rate {keeps|dropping|dropped|dropping}', 'qt',
  'hypotens*', 'hallucinat*', 'nightmare*', 'vivid dreams', 'insomnia', "can't sleep", 'sweat*', 'irritab*',
  'agitat*', 'aggressi*', 'suicid*', 'depressed', 'weight gain', 'gained', 'infection*', 'thrush',
  'pancreatitis', 'gallstone*', 'gallbladder', 'cholecyst*', 'hepatitis', 'jaundice', 'liver injury',
  'retinopath*', 'maculopath*', 'vision changes', 'vision loss', 'blurred', 'headache*', 'muscle {pain|pains|aches|weakness}',
  'myalgia', 'rhabdo*', 'cpk', 'ck', 'tendon*', 'tendinitis', 'tendinopath*', 'rupture*', 'psoriasiform',
  'paradoxical', 'cough', 'dry cough', 'zombie', 'drowsy', 'groggy', 'sedated', "don't remember",
  'memory loss', 'blackout', 'hair loss', 'mouth sores', 'mucositis', 'appetite', 'brain zaps', 'withdrawal',
  'discontinuation syndrome', 'not {himself|herself|myself|themselves}', 'so down', 'low mood', 'mood change*', 'night terrors', 'angry', 'anger', 'seeing things', 'gewichtsverlust', 'unruhe', 'hyperthyreose', 'retinal', 'changes on', '{bp|blood pressure} <n>', 'cr <n>', 'triple whammy', 'polyuria', 'nephrogenic', 'hypothyroid*', 'hyperthyroid*', 'yellow vision',
  '{inr|anc|hgb|potassium|kalium|sodium|magnesium|magnesio|creatinine|platelets|lfts|alt} {<n>|jumped|down|up|dropped|doubling|doubled|rose|en|at|of|to}',
  'overdos*', 'took too much', 'too many', 'took <n> of', 'took <n>', '<n> tablets', 'a few of', 'poisoning',
  'by mistake', 'mistake', 'misuse', 'abuse', "friend's", 'por engano', 'por error', 'par erreur', 'aus versehen',
  "didn't work", 'did not work', 'stopped working', 'not working', 'no effect', 'no change', 'zero change',
  'no improvement', 'ineffective', 'failed', 'fails', 'breakthrough*', 'lack of effect', 'no response',
  'pregnan*', 'positive hcg', 'embarazad*', 'embarazo', 'enceinte', 'grossesse', 'schwanger*', 'gravid*',
  'interaction*', 'wechselwirkung*', 'interaccion*',
  'efecto* secundario*', 'efecto* adverso*', 'reaccion*', 'mareo*', 'nausea*', 'vomito*', 'erupcion',
  'hinchad*', 'sangrado', 'diarrea', 'pesadilla*', 'irritable', 'calambre*', 'somnolencia', 'tos',
  'dolor muscular', 'dolores',
  'effet* secondaire*', 'effet* indesirable*', 'vertige*', 'nausee*', 'eruption', 'gonfl*', 'saignement*',
  'diarrhee', 'confuse', 'douleurs musculaires', 'douleurs', 'fatigue intense', 'toux', 'cauchemar*',
  'nebenwirkung*', 'schwindel', 'ubelkeit', 'erbrechen', 'ausschlag', 'geschwollen', 'blutung*', 'durchfall',
  'schmerzen', 'kopfschmerz*', 'schlafen', 'schlaflos*', 'muskelschw*', 'herzrasen', 'verwirrt', 'sehne*',
  'achillessehne', 'juckreiz',
  'efeito* colatera*', 'reacao', 'tontura', 'enjoo', 'inchad*', 'sangramento', 'diarreia', 'tosse',
  'intoxicacao', 'visao', 'dor', 'dores', 'confusa', 'confuso',
];

/** Words that cancel an effect right after them: "no side effects", "zero nausea". */
export const NEGATORS = new Set(
  'no zero without never not sin sans aucun aucune keine kein ohne sem nenhum nenhuma nunca'.split(
    ' ',
  ),
);

/** A specific person: "my patient", "58F", "a 74-year-old man", "my mother", "I started ...". */
// prettier-ignore
export const PATIENTS = [
  'my {patient|pt}', "my patient's", 'one of my patients', '{patient|pt} of mine', 'pt', 'patient <n>',
  'patient in {his|her|their}', 'patient i {saw|had|see}', 'patient on', 'patient who', 'patient was',
  'patient had', 'patientin', 'patientin <n>', 'une patiente', 'un patient', 'ma patiente', 'mon patient',
  'paciente de', 'paciente <n>', 'mi paciente', 'doente de', 'um doente', 'meu paciente', 'minha paciente',
  'varon de', 'mujer de', 'homme de', 'femme de', '<age>', '<n> year old', '<n> yr old', '<n> years old',
  '<n> yo', 'age <n>', 'aged <n>', 'in {his|her} <w>', "{he|she}'s <n>",
  '{he|she} is <n>', 'baby born', 'a mum', 'a mom', 'a mother', 'a man', 'a woman', 'a boy', 'a girl',
  'i follow', 'i saw', 'saw a', 'brought in a',
  "{my|our|his|her} {mom*|mum*|mother*|dad|dad's|father*|husband*|wife*|son|son's|daughter*|grand*|kid|kids|kid's|child|child's|baby|baby's|partner*|spouse*|brother*|sister*|aunt*|uncle*|friend|friend's|boyfriend*|girlfriend*|toddler*|niece*|nephew*}",
  'i {started|start|took|take|was|have|had|got|woke|am|began|switched|tried|missed}', "i've", "i'm",
  'put me', 'gave me', 'me on',
  'my {afternoon|morning|night|blood|sugar|sugars|lows|stomach|skin|hair|heart|legs|arms|face|period|sleep|weight|mood}', '<n> {weeks|months|days|years|wks|yrs} on', 'day <n> {of|on}', 'cycle <n>', 'been on',
  'anyone else on', 'my {dose|meds|med|medication|pill|injection|shot|infusion|inhaler|prescription}',
  'mi {madre|padre|hijo|hija|esposo|esposa|marido|mujer|abuela|abuelo}', 'he {tenido|engordado}', 'me {ha|dio}',
  'tengo', 'llevo', 'mon {fils|mari|pere|frere}', 'ma {mere|fille|femme|soeur}', "j'ai", 'je prends',
  'mein{|e|em|er} {mutter|vater|sohn|tochter|mann|frau}', 'seit ich', 'ich nehme', 'nehme ich', 'meu {filho|pai|marido|avo}',
  'minha {mae|filha|esposa|avo}', 'eu tomo', 'comecei', 'tomo', 'a filha', 'o filho',
];
