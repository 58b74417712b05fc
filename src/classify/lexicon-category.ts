/**
 * Cue phrases for the five C's (taxonomy §2), as regex fragments over folded text, grouped by
 * weight. A cue counts once per occurrence; `category.ts` caps repeats so one long list post
 * cannot swamp the others.
 */
import type { Category } from './types';

export type CueTable = Record<
  Exclude<Category, 'none'>,
  readonly (readonly [number, readonly string[]])[]
> & {
  none: readonly (readonly [number, readonly string[]])[];
};

// prettier-ignore
export const CUES: CueTable = {
  collaborating: [
    [
      3,
      [
        "what'?s your (?:read|take|approach|practice|next (?:step|move)|threshold)", 'what would you do',
        "how (?:do|are|would|often are) (?:you|y'all)(?: all)?", 'has anyone', 'have any of you',
        'anyone (?:else )?(?:switched|seen|tried|using|routinely|successfully|changed|running|have|had|react|dealt|know)',
        'anyone else', 'case for the group', 'case of the (?:day|week)',
        '(?:ecg|ekg|image|x-?ray|ct) (?:of the day|challenge)', 'tumou?r board', 'crowdsourc\\p{L}*', 'curbside',
        'quick (?:poll|survey|question)', 'poll for', 'survey for', 'question for (?:the|my|our|all|any)',
        'curious (?:what|how) (?:other|others|you)', 'would love to hear (?:how|what)', 'love to see what others',
        'what have you changed', "what'?s on your", 'how are your', 'how is your (?:unit|team|department|service)',
        'for those of you', '\\p{L}+ folks', 'kollegiale frage', 'in die runde',
        'wie (?:handhabt|macht|uberbruckt|seht) ihr', 'a alguien mas', 'alguien (?:mas )?(?:ha|le ha)', 'que hariais',
        "qu'en pensez-vous", 'vous feriez quoi', 'alguem ja',
      ],
    ],
    [
      1.5,
      [
        'rechalleng\\p{L}*', 'tolerability', 'dose (?:adjust\\p{L}*|reduc\\p{L}*)', 'titrat\\p{L}*',
        '\\d{1,3}(?:m|f)', '\\d{1,3}[- ]year[- ]old', 'in (?:his|her) \\d0s', 'labs?', 'troponins?', 'creatinine',
        'ecg', 'ekg', 'biops\\p{L}*', 'differential', 'workup', 'protocol', 'pt', 'case', 'my patient',
        'patient of mine', 'colleagues', 'peers', 'fellow (?:clinicians|nurses|pharmacists)',
        'switch(?:ed|ing)? (?:patients|from)', 'answers? (?:below|tomorrow)', 'discussion', 'pearls?', 'workflow',
      ],
    ],
  ],
  communicating: [
    [
      3,
      [
        'psa', 'reminder:', 'myth\\p{L}*', 'did you know', 'fun fact', 'awareness (?:day|week|month)',
        '#\\p{L}*awareness\\p{L}*', 'world \\p{L}+ (?:day|week)', '#world\\p{L}+day', 'signs? of (?:a |an )?',
        'warning signs', 'watch for', 'call (?:911|999|112|your doctor)',
        '(?:talk|speak) (?:to|with) your (?:doctor|pharmacist|care team|prescriber|gp|provider|dermatologist|dentist)',
        'ask (?:your|about) (?:doctor|pharmacist|care team|prescriber|gp)', 'ask your',
        'see your (?:doctor|gp|dentist)', 'get (?:it |them )?(?:checked|treated|tested|screened|vaccinated)',
        'book (?:a|your) (?:donation|appointment|screening)',
        'your (?:child|kid|baby|body|blood pressure|skin|liver|gut|kidneys|heart|back|teeth|immune system|brain|lungs|bones|doctor)',
        'parents:', 'parents,', 'caregivers,', "please don't", "don't wait", 'short answer', 'plain english',
        'patient (?:education|handouts?)', '#patienteducation', '#mythbusting', 'save this',
        'share (?:this )?with (?:someone|anyone)', 'repost', "you're allowed",
        "if you (?:notice|live|have|recently|are|'re|develop|feel|or someone)", 'tips?:?',
        'quick (?:guide|checklist)', "here's (?:what|how|why)", 'i hear this', 'i tell every', 'people ask me',
        'i get asked', 'questions? i get', 'free (?:\\p{L}+ ){1,3}(?:checks?|screenings?|clinic|vaccin\\p{L}*)',
        '(?:january|february|march|april|may|june|july|august|september|october|november|december) is (?:\\p{L}+ ){1,5}month',
        'please (?:register|get|book|check|donate|tell|carry|share)', 'rappel', 'demandez', 'votre medecin', 'osez',
        "n'hesitez", 'sprechen sie', 'ihre(?:r|m)? (?:arztin|arzt)', 'recuerda', 'consejos?',
        'tu (?:piel|hijo|hija|cuerpo|salud)', 'vuestro peque', 'pregunta a tu', 'procure (?:seu|um)', 'seu medico',
        'lembre-se', 'dica', 'errores', 'no es normal', 'es normal', 'vuestr[oa]s?',
      ],
    ],
    [
      1,
      [
        'you', 'your', 'familias', 'ask about', 'someone you love', 'loved ones?', 'carry (?:it|one)', 'know how to',
        "you're", 'yes,', 'no,', 'remember', 'prevent\\p{L}*', 'vaccin\\p{L}*', 'screening', 'symptoms?', 'risk',
        'safe(?:ly)?', 'healthy', 'sunscreen', 'hydrat\\p{L}*', 'sleep', 'exercise', 'diet', 'treatable',
        'early (?:signs|diagnosis|answers)', 'stigma', 'not a character flaw', 'judg(?:e)?ment', 'normal', 'common',
        'most people', 'many people', 'everyone', 'know your',
      ],
    ],
  ],
  connecting: [
    [
      3,
      [
        'night shift', 'on nights', 'nights done', 'post-?call', 'day in the life', 'nurse ?life', 'midwife life',
        'hospitalist life', 'preceptor life', '#nurselife', '#nursesweek', 'nurses week', 'rt ?week',
        '#\\p{L}*week(?![\\p{L}])', 'shout ?out', 'overnight', 'asked me', 'held my hand', 'scared', 'afraid',
        'brave', 'kindness', 'laugh\\p{L}*', 'smil\\p{L}*', 'bake-?off', 'cake', 'cried', 'crying', 'tears', 'hugged',
        'hug', 'drew me', 'sticker', 'made me', 'brought (?:the|us|me)', 'grateful', 'thankful',
        'proud of (?:this|my|our|every)', 'the whole job', 'why i do this', 'burn ?out', 'burnout', 'wellbeing',
        'well-being', 'week off', 'day off', 'vacation', 'slept', 'exhausted', 'tired', 'coffee', 'snacks?', 'pizza',
        'donuts?', 'cookies', 'treats', 'candy', 'lunch', 'dinner', 'breakfast', 'food',
        'my (?:mom|dad|kids|family|wife|husband|partner)', 'heart ?(?:is )?full', 'not okay', 'emotional',
        'decompress', 'badge', '\\d{1,2} ?(?:am|a\\.m\\.)', '3am', '4am', 'first time', 'highlight',
        'reconnect\\p{L}*', 'old friends', 'celebrat\\p{L}*', 'birthday', 'decided to', 'honestly', 'worth it',
        'perks', 'goodbye', 'waiting room', 'assaulted', 'violence', 'trauma', 'hard days?',
        'dienst (?:vorbei|zu ende)', '\\d+-stunden-dienst', 'bett', 'pausen', 'guardia', 'turno', 'garde',
        'fin de service', 'plantao',
      ],
    ],
    [
      1,
      [
        'team', 'shift', 'feel', 'felt', 'love', 'still', 'today', 'tonight', 'my patient', 'patients?',
        'we (?:let|made|laughed)', 'lol', 'haha',
      ],
    ],
  ],
  creating: [
    [
      3,
      [
        'our (?:[\\p{L}-]+ ){0,3}(?:paper|study|trial|rct|preprint|data|abstract|analysis|retrospective|results|findings|review|report|pilot|qi study|model|map|dataset|take|feature|policy brief)',
        'new (?:paper|preprint|study|working paper|feature|investigation|book|analysis|piece|data|guidance|guideline|rule)',
        'new from (?:me|us)', '(?:updated|new|latest|revised) (?:guidance|guidelines?|recommendations?)',
        'my (?:new |latest )?(?:piece|article|story|feature|investigation|book|column|report|op-ed|essay|review)',
        'paper', 'dashboard', 'dataset', 'open data', 'data (?:are|is) public', 'publicly funded',
        'encouraging to see', 'moving toward', 'biomarkers?', 'presentation',
        '(?:is|are) (?:now )?(?:out|published|live)(?: today| this week| now)?', 'published', 'preprint',
        'phase (?:1|2|3|i|ii|iii|iv)\\b', 'n ?= ?\\d', 'randomi[sz]ed', 'rct', 'meta-analysis', 'cohort study',
        'retrospective', 'abstract', 'poster', 'congress', 'conference', 'symposium', 'takeaways?',
        'key (?:findings|messages)', 'hot take', 'unpopular opinion',
        'my (?:position|take|thoughts|review|piece|column)', 'thread', 'policy', 'legislat\\p{L}*', 'law', 'cms',
        'medicare', 'medicaid', 'reimbursement', 'payment', 'pricing', 'prices?', 'cost-effectiveness', 'qaly',
        'market access', '340b', 'formular\\p{L}*', 'bundle', 'site-neutral', 'scope-of-practice', 'staffing ratio',
        '1:\\d ratio', 'ai', 'algorithm', 'machine learning', 'software', 'app', 'digital health', 'telehealth',
        'tele-\\p{L}+', 'ehr', 'innovation', 'technology', 'implementation', 'endpoint', 'readout', 'efficacy', 'orr',
        'safety signals?', 'first-in-human', 'investigation', 'journal', 'nejm', 'lancet', 'jama', 'bmj',
        'wrote (?:this|up|a)', 'write-up', 'the data', 'what the data', 'evidence', 'open access', 'publicamos',
        'investigacion', 'estudio', 'congres', 'essai', 'etude', 'studie', 'erschienen', 'daten', 'je retiens',
        'publicado', 'pesquisa', 'artigo', 'articulo', 'retour du',
      ],
    ],
    [
      1,
      [
        '\\d+(?:\\.\\d+)?%', 'median', 'outcomes?', 'system', 'field', 'future', 'research', 'results', 'guidance',
        'model', 'we (?:found|tested|piloted|deployed|looked|ran|released|tracked)', 'workflow',
      ],
    ],
  ],
  catalyzing: [
    [
      3,
      [
        'hiring', 'remote', 'full-time', 'part-time', 'must be',
        '(?:moved|transition\\p{L}*|switch\\p{L}*|went) (?:to|into) (?:industry|academia|private practice|pharma)',
        'career (?:change|move|switch)', 'happy to (?:talk|chat|share|help|read)', 'considering (?:it|a)',
        'leaving the bedside', 'resume', 'cv', 'exam prep', 'interviews?', 'osce', "we're hiring",
        'join (?:our|my|the) team', 'looking for (?:a|an|two|three|\\d)', 'job', 'position', 'opening',
        'vacanc\\p{L}*', 'sign-on', 'apply', 'applications? (?:are )?open', 'recruiting', 'contract', 'fte', 'salary',
        '\\$\\d', 'travel contract', 'cme', 'credits?', 'contact hours?', 'webinar', 'workshop', 'course',
        'cohort opens', 'register', 'registration', 'sign up', 'enroll', 'matched', 'match ?day', '#match',
        'fellowship', 'residency program', 'open house', 'passed (?:my|the|her|his)', 'boards', 'nclex',
        'certification', 'recertification', 'caq', 'new (?:job|position|role|chapter)', 'starting a new',
        'excited to (?:share|announce)', 'thrilled to announce', 'joining', 'accepted (?:a|an|the)', 'internship',
        'promotion', 'promoted', 'mentor\\p{L}*', 'career', 'panel', 'office hours', 'networking', 'alumni',
        'classmates', 'personal statement', 'mock interview', 'free (?:#?meded )?resource', 'download', 'preceptor',
        'precepted', 'dms? (?:are )?open', 'ask me anything', 'award', 'honou?red to', 'of the year', 'faculty',
        'teaching', 'anki', 'roundtable', 'buscamos', 'plaza', 'residentes', 'oferta', 'curso', 'formacion',
        'contratamos', 'recrute', 'poste', 'formation', 'wir suchen', 'stelle', 'fortbildung', 'weiterbildung',
        'kurs', 'vaga', 'contratando',
      ],
    ],
    [
      1,
      [
        'dm me', 'message me', 'link in (?:the )?comments', 'link below', 'reach out', 'opportunit\\p{L}*', 'learn',
        'training', 'students?', 'interns?', 'residents', '#meded', 'program',
      ],
    ],
  ],
  none: [
    [
      3,
      [
        'bogo', '\\d+% off', 'order (?:by|now|today)', 'free shipping', 'link in bio', 'use code', 'promo code',
        'discount', 'sale', 'selling', 'launch day', 'download (?:it )?(?:free|now)', 'book your consult',
        'limited (?:time|spots)', 'quote', 'crypto', 'bitcoin', 'btc',
      ],
    ],
    // Everyday-life words: weak, because clinicians mention them too ("the whole game", "flu season").
    [
      1.5,
      [
        'stocks?', 'game', 'season', 'playoffs?', 'won', 'win', 'fans?', 'weather', 'rain', 'recipe', 'baking', 'dog',
        'bike', 'accountant', 'taxes', 'traffic', 'wedding', 'server', 'linux', 'code', 'fishing', 'marathon',
        'running', 'rehearsal', 'concert', 'music', 'movie', 'book club', 'jet lag', 'flight', 'commencement',
        'graduates', 'vacation photos', 'deal', 'planet', 'clouds?', 'sunset', 'premium', 'filler', 'new collection',
      ],
    ],
  ],
};

/** Any health vocabulary at all (prefixes); without it a post is most likely off-topic (`none`). */
// prettier-ignore
const HEALTH_PREFIXES = [
  'patient', 'clinic', 'hospital', 'health', 'medic', 'nurs', 'doctor', 'physician', 'pharma', 'drug', 'diseas',
  'cancer', 'care', 'treat', 'therap', 'symptom', 'diagnos', 'vaccin', 'surg', 'shift', 'call', 'residen', 'blood',
  'heart', 'pain', 'dose', 'trial', 'study', 'studie', 'paper', 'preprint', 'research', 'cme', 'infect', 'virus',
  'viral', 'bacteri', 'antibiot', 'baby', 'babies', 'birth', 'deliver', 'pregnan', 'prescri', 'diabet', 'insulin',
  'dementia', 'alzheimer', 'parkinson', 'stroke', 'asthma', 'copd', 'kidney', 'renal', 'liver', 'lung', 'skin', 'sun',
  'uv', 'thyroid', 'brain', 'gut', 'bone', 'joint', 'teeth', 'tooth', 'dent', 'mental', 'depress', 'anxiety', 'ocd',
  'adhd', 'psych', 'sleep', 'nutrition', 'diet', 'protein', 'weight', 'obes', 'fitness', 'exercise', 'flu',
  'influenza', 'covid', 'rsv', 'measles', 'epidem', 'pandem', 'outbreak', 'emergenc', 'ambulance', 'ems', 'icu',
  'ward', 'overdose', 'naloxone', 'addict', 'recovery', 'burnout', 'wellbeing', 'well-being', 'wellness', 'scrub',
  'operat', 'anesth', 'anaesth', 'ecg', 'ekg', 'lab', 'biops', 'scan', 'imaging', 'x-ray', 'ct', 'mri', 'gp', 'np',
  'pa', 'rn', 'md', 'ed', 'er', 'or', 'med', 'meds', 'pill', 'tablet', 'inhaler', 'chemo', 'immun', 'allerg', 'rash',
  'fever', 'cough', 'cold', 'sick', 'ill', 'malad', 'enferm', 'krank', 'doen', 'soins', 'cuidado', 'pflege', 'salud',
  'sante', 'gesund', 'saude', 'arzt', 'medecin', 'piel', 'peau', 'haut', 'pele', 'consulta', 'cabinet', 'praxis',
  'cardio', 'onco', 'neuro', 'derm', 'pediatr', 'peds', 'geriatr', 'ob', 'gyn', 'midwi', 'paramedic', 'emt',
  'dialysis', 'transplant', 'donor', 'organ', 'cholesterol', 'ldl', 'hypertens', 'pressure', 'screen', 'a1c',
  'glucose', 'steroid', 'statin', 'ssri', 'nsaid', 'otc', 'sepsis', 'fmt', 'microbio', 'c. diff', 'hiv', 'prep',
  'lupus', 'arthritis', 'psoria', 'pots', 'fibromialg', 'long-haul', 'pem', 'hormone', 'fertil', 'contracep',
  'postpartum', 'labor', 'newborn', 'child', 'kids', 'elderly', 'older adults', 'ageing', 'aging', 'mice', 'cells',
  'molecul', 'compound', 'formul', 'hospice', 'palliat', 'icu', 'cpr', 'resus', 'triage', 'epic', 'ehr', 'telehealth',
  'medicare', 'medicaid', 'cms', '340b', 'payer', 'insur', 'reimburs', 'clinical', 'stethoscope', 'bedside', 'nclex',
  'boards', 'match', 'intern', 'fellow',
];
export const HEALTH_WORDS = new RegExp(
  `\\b(?:${HEALTH_PREFIXES.map((p) => p.replace('.', '\\.')).join('|')})`,
  'u',
);
