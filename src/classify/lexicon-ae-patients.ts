/**
 * An identifiable patient (taxonomy §3) in the word syntax of `tokens.ts`: the writer ("I", "ich",
 * "je", "yo", "я"), a relative the writer cares for, or a third person by age and sex ("a
 * 64-year-old man", "67F", "Patientin, 72"), in EN DE FR ES IT PT NL RU (Russian folded: й -> и).
 * A bare "my" or "I" is not enough: clinicians write both about themselves in every post.
 */

const FAMILY_EN =
  'mom|mum|mother|mama|mommy|dad|daddy|father|papa|husband|wife|son|daughter|grandma|grandmother|' +
  'grandpa|grandfather|granny|nan|nana|kid|kids|child|baby|toddler|infant|newborn|partner|spouse|' +
  'brother|sister|aunt|uncle|friend|boyfriend|girlfriend|niece|nephew|teen|teenager|boy|girl|fiance|fiancee';
const FAMILY_EN_POSS = FAMILY_EN.split('|')
  .map((w) => `${w}'s`)
  .join('|');
/** Verbs that make "I" the one taking or suffering: "I started", "I woke up", "I missed". */
const FIRST_PERSON_VERBS =
  'started|start|take|took|taking|woke|began|switched|tried|missed|feel|felt|developed|gained|lost|' +
  'threw|passed|noticed|stopped|quit|tapered|skip|skipped|ran|bled|upped|increased|ended|keep|kept';
/** Verbs too common to tell more than that the writer is speaking. */
const PLAIN_VERBS =
  "was|am|have|had|got|get|can|cannot|cant|couldn't|can't|went|used|use|need|cut|found|ate|slept|broke|finished";

// prettier-ignore
export const PATIENTS: readonly string[] = [
  // The writer.
  `i {${FIRST_PERSON_VERBS}}`, "i've been", 'i been', 'put me', 'gave me', '{had|got|took|on|started} my',
  'my {first|second|third|2nd|3rd|last|next} {dose|shot|jab|injection|infusion|cycle|round}',
  'my {afternoon|morning|night|blood|sugar|sugars|lows|stomach|skin|hair|heart|legs|arms|arm|face|period|sleep|weight|mood|body|head|eyes|joints|back|liver|kidneys|a1c|inr|dose|meds|med|medication|pill|pills|injection|shot|infusion|inhaler|prescription|doctor|dr|gp|pharmacy|pharmacist|insulin|symptoms|libido|lips|mouth|throat|chest|feet|ankles}',
  'anyone else on', 'anyone else', 'been on', '{<n>|a|two|three|four|five|six|few} {weeks|months|days|years|wks|yrs|mos} on', 'week <n>',
  'day <n>', 'month <n>', 'cycle <n>', 'dose <n>',
  // A relative or a friend the writer reports for.
  `{my|our|his|her} {${FAMILY_EN}|${FAMILY_EN_POSS}}`, 'grandpa', 'grandma', 'granny', 'mum', 'mom', 'dad', '{son|daughter|kid|child|boy|girl|baby} <n>',
  '<n> {month|week|day} old', 'newborn', 'toddler',
  // A third person by age, sex or role.
  '<age>', '<n> year old', '<n> yr old', '<n> years old', '<n> yo', 'age <n>', 'aged <n>',
  'in {his|her} <w>', "{he|she}'s <n>", '{he|she} is <n>', 'baby born', 'a {mum|mom|mother|man|woman|boy|girl|lady|gentleman}',
  'my {patient|pt|patients}', "my patient's", 'one of my patients', '{patient|pt} of mine', 'pt', 'patient <n>',
  'patient in {his|her|their}', 'patient i {saw|had|see}', 'patient on', 'patient who', 'patient was',
  'patient had', 'patient whose', '{third|second|another} patient', 'i follow', 'i saw', 'saw a',
  'brought in a', 'came in', 'presented', 'presents',
  // German.
  'bei mir', 'nehme', 'seit ich',
  'mein{|e|em|en|er} {mutter|mama|mami|vater|papa|sohn|tochter|mann|frau|kind|kinder|oma|opa|freundin|freund|bruder|schwester|baby|partner|partnerin|kleine|kleiner}',
  'patientin', 'patientin <n>', 'patient <n>', '{frau|herr} <n>', '<n> {jahre|jahren|jahrige|jahriger|j}',
  // French (elisions split: "j'ai" -> j ai).
  'je prends', 'j ai pris', 'je suis', 'j ai',
  'mon {fils|mari|pere|frere|bebe|enfant|copain|ami|conjoint|compagnon|papa}',
  'ma {mere|fille|femme|soeur|grand|copine|maman|compagne|conjointe}', 'mes enfants', 'une patiente',
  'un patient', 'ma patiente', 'mon patient', '<n> ans', 'homme de', 'femme de',
  // Spanish, Italian, Portuguese.
  'llevo', 'tomo', 'me {ha|dio|dieron|mando|quito|cuesta|vacune|duele|siento}',
  'mi {madre|padre|hijo|hija|abuela|abuelo|mama|papa|bebe|esposo|esposa|marido|mujer|novio|novia|hermano|hermana}',
  'a mi', 'mi paciente', 'paciente <n>', 'paciente de', '<n> anos', 'varon de', 'mujer de',
  'prendo', 'mi {sento|hanno|ha|e}', 'mia {madre|figlia|moglie|nonna|sorella|mamma}',
  'mio {padre|figlio|marito|nonno|fratello|bambino}', '<n> anni', 'paziente',
  'paciente meu', 'paciente minha', 'eu tomo', 'comecei', 'fico', 'fiquei', 'perdi', 'tomei', 'meu {filho|pai|marido|avo|irmao|bebe|paciente}',
  'minha {mae|filha|esposa|avo|irma|paciente}', 'a filha', 'o filho', 'doente de', 'um doente',
  // Dutch.
  'ik slik', 'ik gebruik', 'mijn {moeder|vader|zoon|dochter|man|vrouw|kind|oma|opa|broer|zus|partner}', 'mevrouw',
  'meneer', 'mevrouw van <n>', '<n> jaar',
  // Russian.
  'мои', 'моя', 'мою', 'моеи', 'моего', 'моему', 'мама', 'маме', 'мамы', 'папа', 'папе',
  'сын*', 'доч*', 'муж', 'мужа', 'мужу', 'жена', 'жене', 'ребенок', 'ребенк*', 'пью', 'принимаю',
  'сделал', 'сделала', 'беременна', 'пациент*', '<n> {лет|год|года}',
  // Hindi and Urdu in Latin letters.
  '<n> saal', 'mere {papa|pita|bete|beti|pati|bhai}', 'meri {maa|mummy|beti|patni|behen}', 'papa ki', 'mummy ki',
  // Polish, Turkish.
  'pacjent*', '<n> {lat|lata}', 'annem', 'babam', 'oglum', 'kızım', 'esim', 'benim', 'bana', 'bende',
  'my {neighbour|neighbor|roommate|flatmate|colleague|coworker|cousin|grandson|granddaughter|hubby|mil|bf|gf}',
  '{sinds|toen} ik', 'da quando', 'depuis que', 'desde que', 'у {мамы|папы|сына|дочки|мужа|жены|бабушки|дедушки|меня}',
  'колю', 'mes {yeux|cheveux|bras|jambes}', 'mon {bras|ventre|visage|coeur}', 'mi {brazo|cara|piel|pelo|glucosa|azucar}',
  'meu {braco|corpo|cabelo}', 'mijn {arm|hoofd|haar|huid|suiker}', 'mein{|e} {arm|kopf|bauch|haut|haare|zucker|puls}',
];

/**
 * The writer by a bare pronoun ("me", "ich", "je", "я"): a patient only close to the product or the
 * event, since clinicians and marketers write them in every post too.
 */
// prettier-ignore
export const WRITER: readonly string[] = [
  `i {${PLAIN_VERBS}}`, 'i literally', 'me', 'myself', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'i just', 'i still', 'for me', 'ich', 'mir',
  'mich', 'hab', 'habe', 'je', 'j', 'moi', 'm', 'yo', 'tengo', 'estoy', 'io', 'ho', 'sono', 'eu', 'ik',
  'mij', 'я', 'мне', 'меня',
];
