// Compiles clinical job titles in English, Spanish, French, Dutch and Portuguese from Debian's
// Hunspell dictionaries into src/classify/vocab/clinical-titles.json. Deterministic: the same
// dictionaries give the same file. German and Italian are not compiled: their only Hunspell
// dictionaries here (igerman98, hunspell-it) are GPL, so the product writes those titles itself
// (src/classify/vocab/titles-de-it.ts).
//
//   apt-get install hunspell-tools hunspell-fr hunspell-es hunspell-pt-pt hunspell-pt-br \
//     hunspell-nl hunspell-en-us
//   node scripts/vocab/build-titles.mjs [--check]
//
// A dictionary entry (a lemma) is taken when it starts with one of the clinical roots below and ends
// with a person ending of its language (so "cardiologist" and "cardiologue" are taken, "cardiology"
// and "cardiologique" are not); Hunspell's `unmunch` then gives its inflected forms (cardiologists,
// cardiólogas, infirmières...). Which words are titles is our choice; which forms exist, and how
// they are spelt, is the dictionaries'. Licences: docs/vocabularies.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DICT = '/usr/share/hunspell';
const OUT = 'src/classify/vocab/clinical-titles.json';

/** Debian package, dictionary file and licence of each language's source. */
export const SOURCES = {
  en: { pkg: 'hunspell-en-us', dic: 'en_US', licence: 'BSD-style (SCOWL)' },
  es: {
    pkg: 'hunspell-es',
    dic: 'es_ES',
    licence: 'GPL-3.0+ or LGPL-3.0+ or MPL-1.1+ (used under MPL-1.1)',
  },
  fr: { pkg: 'hunspell-fr', dic: 'fr', licence: 'MPL-2.0 (Grammalecte)' },
  nl: { pkg: 'hunspell-nl', dic: 'nl', licence: 'BSD-3-Clause or CC-BY-3.0 (OpenTaal)' },
  pt: {
    pkg: 'hunspell-pt-pt',
    dic: 'pt_PT',
    licence: 'GPL-2 or LGPL-2.1 or MPL-1.1 (used under MPL-1.1)',
  },
  'pt-BR': { pkg: 'hunspell-pt-br', dic: 'pt_BR', licence: 'LGPL-3 or MPL (used under MPL)' },
};

/**
 * Clinical roots, folded (lower case, no accents), each with its role and taxonomy slug ('' when
 * the title names no specialty). Order matters: the first root a lemma starts with wins, so the
 * more specific come first ("neurochirurg" before "neurolog", "kinderarzt" before "arzt").
 */
// prettier-ignore
const ROOTS = [
  ['neurochirurg neurocirujan neurocirurgi neurochirurgien neurochirurgo', 'physician', 'neurosurgery'],
  ['herzchirurg cardiochirurg', 'physician', 'cardiothoracic-surgery'],
  ['kinderchirurg', 'physician', 'general-surgery'],
  ['unfallchirurg', 'physician', 'orthopedics'],
  ['kinderkrankenschwester kinderkrankenpfleger', 'nurse', 'nursing'],
  ['kinderarzt kinderarts kinderaerzt', 'physician', 'pediatrics'],
  ['zahnarzt zahnaerzt tandarts dentist odontolog odontoiatr stomatolog', 'dentist', 'dentistry'],
  ['augenarzt oogarts ophthalmolog ophtalmolog oftalmolog oculist', 'physician', 'ophthalmology'],
  ['hausarzt huisarts generalist allgemeinmediziner', 'physician', 'family-medicine'],
  ['notarzt urgentist urgenciolog', 'physician', 'emergency-medicine'],
  ['narkosearzt anasthesist anesthesist anestesist anesthesiolog anestesiolog anesthesiolog', 'physician', 'anesthesiology'],
  ['tierarzt veterinar', 'exclude', ''],
  ['assistenzarzt assistenzaerzt coassistent', 'trainee', ''],
  ['oberarzt oberaerzt chefarzt chefaerzt facharzt fachaerzt stationsarzt stationsaerzt', 'physician', ''],
  ['kardiolog cardiolog', 'physician', 'cardiology'],
  ['neurolog', 'physician', 'neurology'],
  ['dermatolog hautarzt', 'physician', 'dermatology'],
  ['gastroenterolog', 'physician', 'gastroenterology'],
  ['nephrolog nefrolog', 'physician', 'nephrology'],
  ['onkolog oncolog cancerolog', 'physician', 'oncology'],
  ['hamatolog haematolog hematolog ematolog', 'physician', 'hematology'],
  ['endokrinolog endocrinolog diabetolog', 'physician', 'endocrinology'],
  ['pneumolog pulmonolog neumolog pneumonolog longarts', 'physician', 'pulmonology'],
  ['radiolog', 'physician', 'radiology'],
  ['urolog', 'physician', 'urology'],
  ['gynakolog gynaekolog gynecolog ginecolog gynaecolog frauenarzt', 'physician', 'obstetrics-gynecology'],
  ['padiater paediater pediater pediatr', 'physician', 'pediatrics'],
  ['psychiater psychiatr psiquiatr psichiatr', 'physician', 'psychiatry'],
  ['otorhinolaryngolog otorrinolaringolog otorinolaringoiatr otorrino', 'physician', 'otolaryngology'],
  ['rheumatolog reumatolog rhumatolog', 'physician', 'rheumatology'],
  ['patholog patolog anatomopatolog', 'physician', 'pathology'],
  ['infektiolog infectiolog infettivolog', 'physician', 'infectious-disease'],
  ['geriater geriatr', 'physician', 'geriatrics'],
  ['neonatolog', 'physician', 'neonatology'],
  ['allergolog alergolog immunolog', 'physician', 'allergy-immunology'],
  ['orthopad orthopaed orthoped ortoped', 'physician', 'orthopedics'],
  ['internist', 'physician', 'internal-medicine'],
  ['chirurg cirujan cirurgia cirurgiao', 'physician', 'general-surgery'],
  ['krankenpfleger krankenschwester pflegefach gesundheitspfleger infirmier enfermer infermier enfermeir verpleegkundig verpleger verpleegster nurse', 'nurse', 'nursing'],
  ['hebamme sage-femme matron ostetric parteir verloskundig midwi', 'midwife', 'midwifery'],
  ['apotheker pharmacien farmaceut farmacist pharmacist', 'pharmacist', 'pharmacy'],
  ['physiotherapeut kinesitherapeut fisioterap fysiotherap physiotherapist', 'therapist', 'physical-therapy'],
  ['ergotherapeut ergoterap ergotherap', 'therapist', 'occupational-therapy'],
  ['logopad logoped logopaed', 'therapist', ''],
  ['diatassistent dietetic dietist dietolog', 'therapist', 'dietetics'],
  ['rettungssanitat notfallsanitat sanitater ambulancier paramedic', 'paramedic', 'paramedicine'],
  ['psychotherapeut', 'psychologist', 'psychology'],
  ['medizinstudent geneeskundestudent', 'trainee', ''],
  ['arzt aerzt arztin medecin medic arts', 'physician', ''],
];

/** Person endings of each language's lemmas (folded). */
// prettier-ignore
const PERSON = {
  en: /(?:ologist|iatrist|ician|ist|nurse|surgeon|midwife|paramedic|internist|pediatrician|paediatrician)$/,
  es: /(?:logo|loga|iatra|ista|ero|era|eutico|eutica|ano|ana|medico|medica|matrona)$/,
  fr: /(?:logue|iatre|ien|ienne|iste|ier|iere|eute|femme|medecin)$/,
  nl: /(?:loog|loge|iater|arts|kundige?|eut|ist|verpleger|verpleegster|assistent|student)$/,
  pt: /(?:logo|loga|logista|iatra|ista|eiro|eira|eutico|eutica|giao|giã|medico|medica)$/,
};
/** Lemmas a root and an ending would take that are not clinical titles. */
const NOT_TITLES = new Set([
  'arts',
  'artist',
  'artista',
  'artiste',
  'artistin',
  'medicament',
  'medicamento',
  'medicina',
  'nurseryman',
  'nursemaid',
  'medico-legal',
  'medicare',
  'medicaid',
  'pharmacist',
  'matrone',
  'matrona',
  'cirurgiao-mor',
  'medical',
  'medicare',
  'chirurgie',
  'artiest',
  'ecomedic',
]);

/** Endings of forms that are not a person: adverbs, abstract nouns, superlatives, verb forms. */
const NOT_FORMS =
  /(?:mente|ice|ices|issim[oa]s?|idade|idades|izad[oa]s?|izar|ed|ing|'s|nurser|nursers|infirmie|ambulancie|ss)$|^(?:medicini|medicinei|ortopedagog|cirurgias?$|cirurgiaz|fisioterapeutic)/;

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');

const roots = ROOTS.flatMap(([list, role, slug]) => list.split(' ').map((r) => [r, role, slug]));

function rootOf(lemma) {
  for (const [r, role, slug] of roots) {
    if (lemma.startsWith(r)) return { role, slug };
  }
  return undefined;
}

function lemmas(lang, dic) {
  const text = readFileSync(join(DICT, `${dic}.dic`), 'utf8').replace(/^\uFEFF/, '');
  const picked = [];
  for (const line of text.split('\n').slice(1)) {
    const lemma = line.split('/')[0].split('\t')[0].trim();
    if (!lemma || lemma.includes(' ')) continue;
    const f = fold(lemma);
    if (NOT_TITLES.has(f) || !PERSON[lang.slice(0, 2)].test(f)) continue;
    const hit = rootOf(f);
    if (hit && hit.role !== 'exclude') picked.push({ line: line.trim(), lemma: f, ...hit });
  }
  return picked;
}

/** Inflected forms of the picked lemmas, by Hunspell's own affix rules. */
function forms(dic, picked) {
  const dir = mkdtempSync(join(tmpdir(), 'titles-'));
  try {
    const out = new Map();
    for (const p of picked) {
      writeFileSync(join(dir, 'one.dic'), `1\n${p.line}\n`);
      const all = execFileSync('unmunch', [join(dir, 'one.dic'), join(DICT, `${dic}.aff`)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const stem = p.lemma.slice(0, Math.max(4, p.lemma.length - 3));
      for (const w of all.split('\n')) {
        // unmunch prints a form, then sometimes flags or morphology after '/' or a tab.
        const f = fold(w.split(/[/\t ]/)[0] ?? '').replace(/\d+$/, '');
        // Elided articles (l'infermiera), prefixed derivations (antienfermeira) and adverbs or
        // verb forms (parteiramente, nursed) are not titles.
        if (f.length < 4 || !f.startsWith(stem) || f.includes("'") || f.endsWith('-')) continue;
        if (NOT_FORMS.test(f)) continue;
        if (!out.has(f)) out.set(f, p);
      }
      if (!out.has(p.lemma)) out.set(p.lemma, p);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function build() {
  const titles = {};
  for (const [lang, src] of Object.entries(SOURCES)) {
    if (!existsSync(join(DICT, `${src.dic}.dic`)))
      throw new Error(`${src.pkg} is not installed (${DICT}/${src.dic}.dic)`);
    for (const [form, p] of forms(src.dic, lemmas(lang, src.dic))) {
      const key = `${p.role}|${p.slug}`;
      // The first language to give a form keeps it: same spelling, same meaning.
      if (Object.values(titles).some((l) => l.includes(form))) continue;
      (titles[key] ??= []).push(form);
    }
  }
  const sorted = {};
  for (const k of Object.keys(titles).sort()) sorted[k] = [...new Set(titles[k])].sort();
  const sources = Object.fromEntries(
    Object.entries(SOURCES).map(([l, s]) => [l, `${s.pkg}: ${s.licence}`]),
  );
  return `${JSON.stringify({ sources, titles: sorted }, null, 0)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const json = build();
  if (process.argv.includes('--check')) {
    const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === json;
    console.log(same ? `${OUT} is up to date` : `${OUT} differs from what the dictionaries give`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, json);
  const n = Object.values(JSON.parse(json).titles).reduce((a, l) => a + l.length, 0);
  console.log(`wrote ${OUT}: ${n} forms, ${json.length} bytes`);
}
