/**
 * Clinical job titles in English, Spanish, French, Portuguese and Dutch, compiled from Debian's
 * Hunspell dictionaries by `scripts/vocab/build-titles.mjs`, and in German and Italian, written for
 * this product in `titles-de-it.ts` (sources and licences: docs/vocabularies.md). Forms are folded
 * like the post's words ("kardiologin", "enfermera").
 */
import data from './clinical-titles.json';
import { expandTitles, GERMAN_ITALIAN_TITLES } from './titles-de-it';
import { fold } from '../text';

export type TitleRole =
  | 'physician'
  | 'nurse'
  | 'midwife'
  | 'pharmacist'
  | 'dentist'
  | 'therapist'
  | 'paramedic'
  | 'psychologist'
  | 'trainee';

export interface Title {
  form: string;
  role: TitleRole;
  /** Taxonomy specialty slug, '' when the title names none ("Ärztin"). */
  slug: string;
}

const TITLES = new Map<string, Title>();
for (const [key, forms] of Object.entries(data.titles as Record<string, string[]>)) {
  const [role, slug] = key.split('|') as [TitleRole, string];
  for (const form of forms) TITLES.set(form, { form, role, slug });
}
for (const [key, forms] of Object.entries(GERMAN_ITALIAN_TITLES)) {
  const [role, slug] = key.split('|') as [TitleRole, string];
  for (const f of expandTitles(forms))
    if (!TITLES.has(fold(f))) TITLES.set(fold(f), { form: fold(f), role, slug });
}
/** English titles the dictionaries' endings do not reach. */
for (const form of ['doctor', 'physician', 'surgeon', 'gp', 'hospitalist', 'doctora', 'doctorin'])
  TITLES.set(form, { form, role: 'physician', slug: '' });
for (const form of [
  'resident',
  'intern',
  'residente',
  'interne',
  'specializzando',
  'specializzanda',
])
  TITLES.set(form, { form, role: 'trainee', slug: '' });
TITLES.set('hospitalist', { form: 'hospitalist', role: 'physician', slug: 'hospital-medicine' });

/**
 * Languages no dictionary here covers (Polish, Turkish, Arabic), and titles the dictionaries lack
 * or list only as adjectives: the commonest clinical titles, written for this product (no
 * third-party source), as `role|slug: forms`.
 */
// prettier-ignore
const SUPPLEMENT: Record<string, string> = {
  'physician|': 'arztin arztinnen arzte lekarz lekarka lekarze doktor hekim hekimi uzman uzmani uzmanı طبيب طبيبة استشاري استشارية أخصائي أخصائية',
  'nurse|nursing': 'pielęgniarka pielęgniarz hemşire hemşiresi ممرض ممرضة',
  'pharmacist|pharmacy': 'farmaceuta farmaceutka eczacı صيدلي صيدلانية',
  'midwife|midwifery': 'położna verloskundige verloskundigen',
  'paramedic|paramedicine': 'ratownik ratowniczka',
  'therapist|physical-therapy': 'fizjoterapeuta fizjoterapeutka fizyoterapist kinesiologa kinesiologo',
  'trainee|':
    'rezydent rezydentka asistan pharmaziestudent pharmaziestudentin medizinstudent medizinstudentin geneeskundestudent coschappen',
  'physician|cardiology': 'kardiolog kardiyolog',
  'physician|neurology': 'nöroloji',
  'physician|urology': 'urolog',
  'physician|orthopedics': 'ortopeda ortopedi',
  'physician|neonatology': 'neonatolog',
  'physician|pediatrics': 'pediatra',
  'physician|dermatology': 'dermatolog',
  'physician|oncology': 'onkolog',
  'physician|emergency-medicine': 'urgenciologa urgenciologo urgentologo',
  'therapist|respiratory-therapy': 'inhalotherapeute',
  'dentist|dentistry': 'stomatolog',
};
for (const [key, forms] of Object.entries(SUPPLEMENT)) {
  const [role, slug] = key.split('|') as [TitleRole, string];
  for (const f of forms.split(' '))
    if (!TITLES.has(fold(f))) TITLES.set(fold(f), { form: fold(f), role, slug });
}

/** Japanese titles end in 医 (physician), 師 (nurse, pharmacist, midwife) inside longer words. */
const JAPANESE = /(?:研修医|専攻医)|(?:医師|専門医|内科医|外科医|科医)|(?:看護師|助産師)|薬剤師/u;
const JAPANESE_ROLE: Record<string, TitleRole> = {
  研修医: 'trainee',
  専攻医: 'trainee',
  看護師: 'nurse',
  助産師: 'midwife',
  薬剤師: 'pharmacist',
};
/** Compound words that end in a title but are not human clinicians: "Tierärztin", "dierenarts". */
const VETERINARY = /^(?:tier|dieren|veterin|vet)/;
/** 獣医師: a veterinarian (the 医師 inside it is not a physician). */
const JAPANESE_VET = /獣医/u;

export const TITLE_COUNT = TITLES.size;

export function titleOf(word: string): Title | undefined {
  return TITLES.get(word);
}

/**
 * A title, or a compound ending in one (German, Dutch and English build titles by compounding:
 * "Neuroradiologist", "Kinderkrankenschwester", "Pharmaziestudent").
 */
function lookUp(w: string): Title | undefined {
  const t = TITLES.get(w);
  if (t || w.length < 9 || VETERINARY.test(w)) return t;
  for (let i = 3; i <= w.length - 6; i++) {
    const tail = TITLES.get(w.slice(i));
    if (tail) return { ...tail, form: w };
  }
  return undefined;
}

/** The first clinical title among a profile's `words` (`raw`: the profile as written, for Japanese). */
export function firstTitle(words: readonly string[], raw = ''): Title | undefined {
  for (const w of words) {
    const t = lookUp(w);
    if (t) return t;
  }
  const ja = raw && !JAPANESE_VET.test(raw) ? JAPANESE.exec(raw) : null;
  if (ja) return { form: ja[0], role: JAPANESE_ROLE[ja[0]] ?? 'physician', slug: '' };
  return undefined;
}

/** Is this word a veterinary title ("Tierärztin", "veterinarian")? */
export function isVeterinary(words: readonly string[], raw = ''): string | undefined {
  if (JAPANESE_VET.test(raw)) return '獣医師';
  return words.find(
    (w) =>
      VETERINARY.test(w) &&
      (w.startsWith('veterin') ||
        lookUp(w.slice(4)) !== undefined ||
        lookUp(w.slice(6)) !== undefined),
  );
}

/** Words that, just before a title, make it the author's own: "I'm a", "soy", "ich bin", "als". */
const SELF = new Set([
  "i'm",
  'im',
  'am',
  'soy',
  'suis',
  'sono',
  'sou',
  'bin',
  'ben',
  'als',
  'como',
  'come',
  'trabajo',
  'lavoro',
  'trabalho',
  'werke',
  'werk',
]);
/** Articles that may stand between the marker and the title. */
const ARTICLE = new Set([
  'a',
  'an',
  'un',
  'una',
  'une',
  'uno',
  'um',
  'uma',
  'ein',
  'eine',
  'een',
  'de',
  'da',
  'do',
]);
/** Negation, past or retirement before a title: not a title held now. */
const NOT_NOW = new Set([
  'not',
  'no',
  'never',
  'kein',
  'keine',
  'geen',
  'pas',
  'non',
  'nao',
  'ni',
  'former',
  'retired',
  'ex',
  'was',
  'war',
  'era',
  'fui',
  'ero',
  'etais',
  'ehemalige',
  'ehemaliger',
  'ancien',
  'ancienne',
  'jubilado',
  'jubilada',
  'aposentado',
  'aposentada',
  'gepensioneerd',
  'pensionato',
  'pensionata',
  'retraite',
  'retraitee',
  'like',
  'want',
  'wanted',
  'future',
  'aspiring',
  'daughter',
  'son',
  'wife',
  'husband',
  'mom',
  'mum',
  'dad',
  'patient',
  'paciente',
]);

/**
 * "I'm a nurse", "soy enfermera", "ich bin Kardiologin", "als Ärztin", "je suis infirmière": the
 * post states the author's own clinical title. Returns the title and the words that said so.
 */
export function statedTitle(
  words: readonly string[],
): { title: Title; phrase: string } | undefined {
  for (let i = 1; i < words.length; i++) {
    const title = TITLES.get(words[i]!);
    if (!title) continue;
    let j = i - 1;
    if (ARTICLE.has(words[j]!) && j > 0) j--;
    if (!SELF.has(words[j]!)) continue;
    // "as" only with an article: "as a nurse", not "such as nurses".
    let past = false;
    for (let k = Math.max(0, j - 3); k < i; k++) if (NOT_NOW.has(words[k]!)) past = true;
    if (past) continue;
    return { title, phrase: words.slice(j, i + 1).join(' ') };
  }
  for (let i = 2; i < words.length; i++) {
    const title = TITLES.get(words[i]!);
    if (!title || words[i - 2] !== 'as' || (words[i - 1] !== 'a' && words[i - 1] !== 'an'))
      continue;
    let past = false;
    for (let k = Math.max(0, i - 5); k < i; k++) if (NOT_NOW.has(words[k]!)) past = true;
    if (!past) return { title, phrase: words.slice(i - 2, i + 1).join(' ') };
  }
  return undefined;
}
