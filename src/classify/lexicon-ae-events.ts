/**
 * Adverse events (taxonomy §3) in the word syntax of `tokens.ts`, by kind, in EN DE FR ES IT PT NL
 * RU: lay wording as patients write it ("the runs", "brain zaps", "тошнит"); clinical English comes
 * from WordNet at build time (`vocab/wordnet-ae.generated.ts`). Russian entries are folded like
 * post text (й -> и, ё -> е).
 */

export type EventKind =
  'effect' | 'no-effect' | 'overdose' | 'error' | 'underdose' | 'withdrawal' | 'pregnancy';

/** How the explanation names each kind of event. */
export const EVENT_WORDING: Record<EventKind, string> = {
  effect: 'Describes a side effect or problem',
  'no-effect': 'Says the medicine did not work',
  overdose: 'Describes an overdose or misuse',
  error: 'Describes a medication error',
  underdose: 'Describes a missed, reduced or rationed dose',
  withdrawal: 'Describes stopping or withdrawal trouble',
  pregnancy: 'Mentions pregnancy or breastfeeding while exposed',
};

// prettier-ignore
const EFFECT_EN = [
  'side effect*', 'adverse*', 'reaction*', 'reacted', 'allergic', 'welts', 'hives', 'itch*', 'nause*',
  'queasy', 'vomit*', 'puk*', 'threw up', 'throw* up', 'the runs', 'diarrh*', 'constipat*',
  'dizz*', 'lightheaded', 'light headed', 'faint*', 'passing out', 'passed out', 'pass out', 'blacked out',
  'fell', 'falling', 'bleed*', 'bled', 'blood in', 'pee* blood', 'bruis*', 'rash*', 'swell*', 'swollen',
  'puffy', 'hair {loss|falling|thinning|coming|shedding}', 'falling out', 'coming out', 'bald*',
  'weight gain', 'gained', 'gain* <n>', 'put on <n>', 'lost <n>', 'weight loss', 'barely eat*',
  "can't eat", 'no appetite', 'appetite', 'tired*', 'exhaust*', 'fatigue*', 'wiped out', 'flattened',
  'drowsy', 'sleepy', 'groggy', 'zombie', 'foggy', 'brain fog', 'numb', 'mood*', 'depress*', 'anxious',
  'panic*', 'angry', 'anger', 'rage', 'irritab*', 'wired', 'snapped', 'crying', 'cries', 'suicid*',
  'dark thoughts', 'insomnia', "can't sleep", 'cant sleep', 'sleepless', 'nightmare*', 'vivid dreams',
  'headache*', 'migraine*', 'heart racing', 'racing', 'palpitat*', 'tachy*', 'brady*', 'chest pain*',
  'short of breath', 'breathless*', 'wheez*', 'cough*', 'tight throat', 'throat closing', 'fever*',
  'chills', 'shiver*', 'sore arm', 'arm like', 'seizure*', 'seizing', 'tremor*', 'shaking', 'shaky', 'shakes', 'twitch*',
  'cramp*', 'muscle {pain|pains|aches|weakness|cramps}', 'aches', 'achy', 'sore', 'pain', 'pains', 'painful', 'hurts', 'hurting',
  'tendon*', 'numbness', 'tingl*', 'pins and needles', 'ringing', 'blurr*', 'libido', 'sex drive',
  'erectile', "can't {get|keep|feel|focus|think|remember|walk|climb|breathe}", 'confus*', 'disorient*',
  'memory loss', "don't remember", 'forgetful*', 'hallucinat*', 'seeing things', 'not {himself|herself|myself}',
  'infection*', 'thrush', 'uti', 'utis', 'colitis', 'pancreatitis', 'hepatitis', 'jaundice', 'liver injury',
  'kidney injury', 'aki', 'renal failure', 'sugars {<n>|are|were|high|low|spiking}', 'hypo', 'hypos',
  'hypoglyc*', 'hyperkal*', 'hyponatr*', 'lows', 'severe low*', 'dropped to', 'qt', 'hypotens*',
  '{inr|anc|hgb|hb|potassium|sodium|na|creatinine|cr|egfr|platelets|plt|lfts|alt|ast|tsh|ck|cpk|wbc|neutrophils|lipase|bilirubin|bp|pulse} {<n>|jumped|down|up|dropped|rose|high|low|elevated|doubled|tripled|suppressed|tanked|crashed|at|of|to|was}',
  'elevated', 'deranged', 'hospitali*', 'admitted', 'emergency room', 'a&e', 'died', 'passed away',
  'stevens johnson', 'sjs', 'mronj', 'osteonecrosis', 'necrosis', 'rhabdo*', 'myalgia', 'myocarditis',
  'serotonin syndrome', 'anaphyla*', 'angioedema', 'toxicity', 'intoxica*', 'exposed bone', 'never healed',
  'red eyes', '{blurred|double|blurry} vision', 'vision {loss|changes}', 'emotionally numb', 'ulcer*', 'black stool*', 'tinnitus', 'sweat*', 'night sweats',
  'paradoxical', 'deliri*', 'agitat*', 'acne', 'bp is', 'puked', 'no paro de', "can't stop {throwing|vomiting|crying|itching|shaking|sleeping}", 'loose motion*', 'ulti', 'chakkar', 'perdu <n>', 'ne mange', 'mange plus', 'creatinin*', 'lost <w> vision', 'lost {most|all} of', 'psoriasiform', 'retinopath*', 'maculopath*', 'mucositis', 'mouth sores', 'brain zaps',
  'triple whammy', 'interaction*', 'inconsolable', 'high pitched', 'lethargic', 'floppy',
];
// prettier-ignore
const EFFECT_DE = [
  'nebenwirkung*', 'schwindel*', 'ubel*', 'erbrech*', 'kotz*', 'durchfall', 'verstopf*', 'ausschlag',
  'juck*', 'quaddeln', 'geschwollen', 'schwellung*', 'odem*', 'blutung*', 'nasenbluten', 'blaue flecken',
  'hamatom*', 'schmerz*', 'kopfschmerz*', 'magenschmerz*', 'bauchschmerz*', 'muskelschmerz*', 'tut weh',
  'tun weh', 'mude', 'mudigkeit', 'erschopf*', 'schlapp', 'schlaflos*', 'schlafstorung*', 'albtraum*',
  'alptraum*', 'schwitz*', 'fieber', 'schuttelfrost', 'zitter*', 'krampf*', 'herzrasen', 'herzstolpern',
  'atemnot', 'husten', 'reizhusten', 'haarausfall', 'zugenommen', 'abgenommen', 'migrane', 'depressiv*',
  'angst*', 'panik*', 'gereizt', 'aggressiv', 'verwirrt', 'vergesslich', 'benommen', 'allergi*',
  'schwarze* stuhl', 'infekt*', 'entzundung*', 'leberwerte', 'sehne*', 'achillessehne', 'kann kaum',
  'notaufnahme', 'krankenhaus', 'unruhe', 'gewichtsverlust', 'hyperthyreose', 'supprimiert',
];
// prettier-ignore
const EFFECT_FR = [
  'effet* secondaire*', 'effet* indesirable*', 'vertige*', 'nausee*', 'envie de vomir', 'vomi*',
  'diarrhee*', 'constipe*', 'plaques', 'boutons', 'eruption*', 'demangeaison*', 'urticaire', 'gonfl*',
  'oedeme*', 'saign*', 'hemorragi*', 'bleus', 'hematome*', 'douleur*', 'mal au*', 'mal a la', 'mal de',
  'maux', 'migraine*', 'fatigu*', 'epuise*', 'somnolen*', 'insomnie*', 'cauchemar*', 'sueur*', 'transpir*',
  'fievre', 'frissons', 'tremble*', 'crampe*', 'convulsion*', 'crise*', 'palpitation*', 'tachycardie',
  'essouffle*', 'toux', 'cheveux', 'kilos', 'grossi', 'deprim*', 'angoiss*', 'irritable', 'agressif', 'agressive',
  'confus*', 'allergi*', 'infection*', 'malaise*', 'urgences', 'hospitalise*',
];
// prettier-ignore
const EFFECT_ES_IT_PT = [
  'efecto* secundario*', 'efecto* adverso*', 'reaccion*', 'mareo*', 'maread*', 'nausea*', 'vomit*',
  'diarrea', 'estrenimiento', 'sarpullido', 'ronchas', 'erupcion', 'picor', 'comezon', 'hinchad*',
  'hinchazon', 'sangr*', 'hemorragia', 'moretones', 'dolor*', 'duele*', 'cansad*', 'cansancio', 'agotad*',
  'somnolencia', 'insomnio', 'pesadilla*', 'sudor*', 'fiebre', 'escalofrios', 'temblor*', 'calambre*',
  'convulsion*', 'taquicardia', 'palpitaciones', 'tos', 'pelo', 'engord*', 'deprimid*', 'depresion',
  'ansiedad', 'desorientad*', 'confundid*', 'alergi*', 'infeccion*', 'urgencias', 'no puedo dormir',
  'effett* collateral*', 'reazion*', 'vertigin*', 'capogiri', 'stitichezza', 'eruzion*', 'prurito',
  'gonfi*', 'lividi', 'mal di', 'stanc*', 'sonnolenza', 'insonnia', 'incubi', 'febbre', 'brividi',
  'tremori', 'crampi', 'tachicardia', 'palpitazion*', 'tosse', 'capelli', 'ingrassat*', 'ansia',
  'infezion*', 'fegato', 'sballat*', 'pronto soccorso', 'ricoverat*', 'efeito* colatera*', 'reacao',
  'reacoes', 'tontura*', 'enjoo*', 'diarreia', 'manchas', 'coceira', 'inchad*', 'inchaco', 'dor', 'dores',
  'cansaco', 'sonolencia', 'insonia', 'pesadelo*', 'febre', 'calafrio*', 'caimbra*', 'palpitac*',
  'cabelo', 'quilos', 'depressao', 'ansiedade', 'infecc*', 'molinha', 'internad*',
];
// prettier-ignore
const EFFECT_NL_RU = [
  'bijwerking*', 'duizel*', 'draaierig', 'misselijk*', 'overgeven', 'braken', 'diarree', 'uitslag',
  'jeuk*', 'opgezwollen', 'gezwollen', 'dikke', 'blauwe plekken', 'pijn*', 'hoofdpijn', 'moe',
  'vermoeid*', 'suf', 'slaperig', 'slapeloos*', 'nachtmerrie*', 'zweten', 'koorts', 'rillingen', 'trillen',
  'kramp*', 'hartkloppingen', 'benauwd', 'hoest*', 'haaruitval', 'aangekomen', 'somber*', 'depressie*',
  'prikkelbaar', 'verward', 'vergeetachtig', 'infectie*', 'spoedeisende hulp', 'ziekenhuis', 'enkels',
  'побочк*', 'побочн*', 'тошн*', 'рвот*', 'рвало', 'вырвало', 'понос', 'диаре*', 'запор*', 'сыпь', 'сып*',
  'зуд*', 'чешет*', 'крапивниц*', 'отек*', 'отека*', 'опух*', 'кровотечен*', 'кровит', 'синяк*', 'боль',
  'боли', 'болит', 'болят', 'болел*', 'головн*', 'мигрен*', 'слабост*', 'устал*', 'сонлив*', 'бессонниц*',
  'не сплю', 'кошмар*', 'потлив*', 'температур*', 'озноб', 'дрож*', 'тремор*', 'судорог*', 'сердцебиен*',
  'тахикарди*', 'одышк*', 'кашл*', 'кашель', 'выпада*', 'набрал*', 'поправил*', 'депресс*', 'тревог*',
  'паник*', 'раздражит*', 'агресс*', 'спутан*', 'аллерги*', 'инфекц*', 'мучает', 'скорая', 'больниц*',
  'реакци*', 'головокружен*', 'кружится',
];

// prettier-ignore
const NO_EFFECT = [
  "didn't work", 'didnt work', 'did not work', "doesn't work", 'does not work', "isn't working",
  'not working', 'stopped working', 'no longer works', 'did nothing', 'does nothing', 'do nothing',
  'no effect', 'no difference', 'no change', 'zero change', 'nothing changed', 'no improvement',
  'no relief', 'not helping', "doesn't help", "didn't help", 'not a single', 'taking nothing',
  'wears off', 'wearing off', 'breakthrough*', 'ineffective', 'lack of effect', 'no response',
  'failed', 'fails', 'treatment failure', 'still {had|has|have|having|getting|got|seizing}',
  'wirkt nicht*', 'hilft nicht*', 'keine wirkung', 'wirkungslos', 'ne marche pas', 'ne fait rien',
  'ne me fait plus rien', 'fait plus rien', 'aucun effet', 'inefficace', 'no me hace nada',
  'no funciona', 'no hace efecto', 'sin efecto', 'non funziona', 'non fa effetto', 'nessun effetto',
  'nao funciona', 'nao faz efeito', 'sem efeito', 'werkt niet', 'helpt niet', 'geen effect',
  'val {niet|helemaal niet} af', 'не помогает', 'не помог*', 'не действует', 'не работает', 'без эффекта',
];
// prettier-ignore
const OVERDOSE = [
  'overdos*', "od'd", 'too much', 'too many', 'took <n>', 'taken <n>', 'double dose*', 'doubled up',
  'extra dose', 'misuse', 'abuse', 'snort*', 'to study', 'recreational*', 'not prescribed',
  "{friend's|primo's|brother's|sister's|mom's|dad's|roommate's} ", 'poison*', 'got into', 'swallowed',
  'ingest*', 'intoxica*', 'toxic', 'a few of', '<n> tablets', '<n> pills', "d'un coup", 'surdos*',
  'uberdosis', 'zu viel*', 'sobredosis', 'sovradosaggio', 'overdosis', 'передозировк*',
];
// prettier-ignore
const ERROR = [
  'by mistake', 'by accident', 'accidentally', 'mistake', 'wrong {dose|pill|pills|medicine|med|meds|drug|strength|tablet|tablets|one|bottle}',
  'instead of', 'mix up', 'mixed up', 'dispensing error', 'medication error', 'switched {my|his|her}',
  'different manufacturer', 'par erreur', 'por error', 'por engano', 'aus versehen', 'per errore',
  'per sbaglio', 'verkeerde', 'по ошибке', 'перепутал*',
];
// prettier-ignore
const UNDERDOSE = [
  'rationing', 'ration', 'rationed', "can't afford", 'cant afford', 'half {my|the|his|her|a} dose', 'skip* doses',
  'skipping', 'missed doses', 'stretching', 'making it last', 'cutting {pills|tablets|them|it} in half',
  'underdos*', 'ran out', 'running out', "couldn't get", 'lieferengpass',
  'rupture de stock', 'desabastecimiento', 'не могу купить',
];
// prettier-ignore
const WITHDRAWAL = [
  'withdrawal*', 'withdrawl', 'coming off', 'came off', 'taper*', 'cold turkey', 'stopped {taking|my|it}',
  'quit', 'quitting', 'discontinu*', 'zaps', 'absetz*', 'abgesetzt', 'entzug*', 'sevrage', 'abstinencia', 'astinenza',
  'ontwenning*', 'afbouw*', 'отмен*', 'ломк*',
];
// prettier-ignore
const PREGNANCY = [
  'pregnan*', 'positive test', 'weeks pregnant', 'breastfeed*', 'breast feed*', 'schwanger*', 'stillzeit',
  'enceinte', 'grossesse', 'allait*', 'embarazad*', 'embarazo', 'lactancia', 'incinta',
  'gravidanza', 'allatt*', 'gravida', 'gravidez', 'amamenta*', 'zwanger*', 'borstvoeding', 'беремен*',
  'кормлю грудью', 'hcg',
];

const EFFECTS = [...EFFECT_EN, ...EFFECT_DE, ...EFFECT_FR, ...EFFECT_ES_IT_PT, ...EFFECT_NL_RU];
export const EVENTS: readonly (readonly [string, EventKind])[] = [
  ...EFFECTS.map((e) => [e, 'effect'] as const),
  ...NO_EFFECT.map((e) => [e, 'no-effect'] as const),
  ...OVERDOSE.map((e) => [e, 'overdose'] as const),
  ...ERROR.map((e) => [e, 'error'] as const),
  ...UNDERDOSE.map((e) => [e, 'underdose'] as const),
  ...WITHDRAWAL.map((e) => [e, 'withdrawal'] as const),
  ...PREGNANCY.map((e) => [e, 'pregnancy'] as const),
];

/** Words that cancel an event right after them: "no side effects", "keine Nebenwirkungen". */
// prettier-ignore
export const NEGATORS = new Set([
  'no', 'zero', 'without', 'never', 'not', 'none', "didn't", "don't", "doesn't", "haven't", "hasn't",
  'nor', 'sin', 'sans', 'aucun', 'aucune', 'pas', 'jamais', 'keine', 'kein', 'keinen', 'keinerlei', 'ohne',
  'nie', 'sem', 'nenhum', 'nenhuma', 'nunca', 'ningun', 'ninguna', 'nessun', 'nessuna', 'senza', 'geen',
  'zonder', 'nooit', 'без', 'никаких', 'нет', 'ни',
]);

/**
 * Words that make a following event possible rather than reported: "can cause", "may include",
 * "risk of", "ask your doctor if"; in every supported language.
 */
// prettier-ignore
export const HYPOTHETICAL = new Set([
  'can', 'could', 'may', 'might', 'risk', 'risks', 'if', 'cause', 'causes', 'include', 'includes',
  'including', 'prevent', 'prevents', 'avoid', 'warning', 'warn', 'signs', 'symptoms', 'rare', 'rarely',
  'kann', 'konnen', 'konnte', 'risiko', 'wenn', 'peut', 'peuvent', 'pourrait', 'risque',
  'puede', 'pueden', 'podria', 'riesgo', 'puo', 'possono', 'rischio', 'pode', 'podem', 'risco', 'kan',
  'kunnen', 'risico', 'может', 'могут', 'риск', 'если', 'common', 'commonest', 'often', 'usually',
  'typically', 'frequent', 'frequently', 'haufig', 'haufigsten', 'oft', 'souvent', 'frequents',
  'frecuentes', 'comunes', 'comuni', 'spesso', 'frequentes', 'vaak', 'часто',
]);

/**
 * Words after an event that make it a topic, not something that happened: "nausea counseling",
 * "bleeding risk".
 */
// prettier-ignore
export const TOPIC_AFTER = new Set([
  'counseling', 'counselling', 'management', 'prevention', 'prophylaxis', 'risk', 'risks', 'rate',
  'rates', 'screening', 'monitoring', 'guidance', 'guidelines', 'awareness', 'research',
]);

/** Effects that are an idiom before "of": "tired of", "sick of". */
export const IDIOM_BEFORE_OF = new Set(['tired', 'sick', 'fed', 'exhausted', 'scared']);
