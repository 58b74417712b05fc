/**
 * Is the author an HCP, a trainee, an industry clinician? Evidence is summed into one score on the
 * scale of `lexicon-hcp.ts`; the profile (name + headline) carries almost all of it, the post only
 * tips authors whose profile is empty or silent (a post's language never overrides a non-clinical
 * headline: taxonomy §1).
 */
import type { ClassifyInput, Signal } from './types';
import {
  CREDENTIALS,
  DR_PREFIX,
  FINANCE,
  HEADLINE_DO,
  HEADLINE_PA,
  NAME_ONLY_CREDENTIALS,
  NONCLINICAL_DOCTORATE,
  TITLES,
  TRAINEE,
} from './lexicon-hcp';
import { FORMER, NOT_HCP, TEXT_CLINICAL, TEXT_PATIENT_VOICE } from './lexicon-hcp-context';
import { fold } from './text';
import { PhraseTable, phraseOf, phraseSet, tokenize } from './tokens';
import { anySpecialtyTerm, collectSpecialties, type Hit } from './specialty';

export const HCP_THRESHOLD = 2;
const TEXT_CAP = 3;
/** Below this much non-clinical evidence in the profile, post language is not allowed to count. */
const TEXT_VETO = -2;

export interface HcpAssessment {
  isHcp: boolean;
  confidence: number;
  score: number;
  trainee: boolean;
  industry: boolean;
  signals: Signal[];
  /** Profession hints for the specialty step. */
  profession: { nurse: boolean; np: boolean; pharmacist: boolean };
  /** Folded profile with former-clinician spans masked out. */
  profileFolded: string;
  /** Specialty words found in the profile, reused by the specialty step. */
  specialtyHits: Hit[];
}

const PLATFORM_VERIFIED = 2.5;
const ASPIRING =
  /(?<![\p{L}])(?:future|aspiring|wannabe|soon-to-be|futur[oa]?|zukunftige[rn]?) [\p{L}-]+/gu;

const INDUSTRY_ROLE =
  /(?<![\p{L}])(?:medical affairs|msl|medical science liaison|pharmacovigilance|drug safety|clinical development|medical information|medical director|chief medical officer|cmo|head of medical|vp,? clinical|global medical|medical advisor|medical lead)(?![\p{L}])/u;
const INDUSTRY_STRONG =
  /(?<![\p{L}])(?:medical affairs|msl|medical science liaison|pharmacovigilance|clinical development|medical information)(?![\p{L}])/u;
/**
 * Only tested, never shown. `\p{L}*therapeutics` after a word start matches exactly where
 * `therapeutics` ends a word, so that branch is written without the (quadratic) letter run.
 */
const INDUSTRY_COMPANY =
  /(?<![\p{L}])(?:pharma|pharmaceuticals?|biopharma|biosciences?|biologics|biotech|medical devices?|devices|diagnostics|bio|ai|\.ai|health ?tech|labs|inc)(?![\p{L}])|therapeutics(?![\p{L}])/u;
const INDUSTRY_TEXT =
  /(?<![\p{L}])(?:(?:i|me\)?)(?: [\p{L}']+){0,3} (?:to|in|into) (?:industry|pharma)|industry (?:physician|medicine|role|job)s?(?![\p{L}]) (?:for|as) me|my (?:role|job|work) in (?:industry|pharma|medical affairs))(?![\p{L}])/u;

/**
 * Every FORMER match contains one of these literals (its lead word, "turned", a retirement word,
 * "left" / "quit"), so a profile without any of them cannot match and skips the costly scan.
 */
const FORMER_HINT =
  /ex|former|retired|recovering|ehemalige|ancien|antigu|turned|reformad|jubilad|aposentad|retraite|ruhestand|rente|left|quit/;

function mask(s: string, re: RegExp): { masked: string; hits: string[] } {
  const hits: string[] = [];
  if (re === FORMER && !FORMER_HINT.test(s)) return { masked: s, hits };
  const masked = s.replace(re, (m) => {
    hits.push(m);
    return ' '.repeat(m.length);
  });
  return { masked, hits };
}

/** All post-language rules in one table, so the post is scanned once; the value is the rule index. */
const TEXT_TABLE: PhraseTable<number> = new PhraseTable(
  TEXT_CLINICAL.flatMap((r, i) => r.entries.map((e) => [e, i] as const)),
);
const PATIENT_VOICE = phraseSet(TEXT_PATIENT_VOICE.entries);
const POSSESSIVE = new Set(['my', 'mi', 'mon', 'ma', 'mein', 'meine', 'meu', 'minha']);
const SPECIALIST_NOUN = /log(?:ist|a|o|ue|e|in)$/;

/** "my neurologist", "mi cardiólogo": the author is someone's patient. */
function patientVoice(words: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < words.length; i++)
    if (POSSESSIVE.has(words[i]!) && SPECIALIST_NOUN.test(words[i + 1]!))
      return `${words[i]} ${words[i + 1]}`;
  return PATIENT_VOICE.first(words)?.phrase;
}

/** `words` are the post's folded words, passed in so the post is tokenised once per classification. */
export function assessHcp(
  input: ClassifyInput,
  words: readonly string[] = tokenize(fold(input.text ?? '')),
): HcpAssessment {
  const signals: Signal[] = [];
  let score = 0;
  const add = (kind: Signal['kind'], label: string, weight: number): void => {
    signals.push({ kind, label, weight });
    score += weight;
  };

  const name = input.authorName ?? '';
  const headline = input.authorHeadline ?? '';

  // Former clinicians: mask the clinical noun so "ex-ICU nurse" earns no nurse credit.
  const nameF0 = fold(name);
  // "Future cardiologist", "aspiring GP": an ambition, not a title (same length, so raw masking still lines up).
  const headF0 = fold(headline).replace(ASPIRING, (m) => ' '.repeat(m.length));
  const formerName = mask(nameF0, FORMER);
  const formerHead = mask(headF0, FORMER);
  const nameF = formerName.masked;
  const headF = formerHead.masked;
  // Folding keeps string length for Latin scripts, so the raw strings can be masked at the same spans.
  const headRaw = maskLike(headline, headF);
  const nameRaw = maskLike(name, nameF);
  const formerHits = [...formerName.hits, ...formerHead.hits];
  if (formerHits.length > 0) add('not-hcp', `Former clinician ('${formerHits[0]!.trim()}')`, -3);

  if (input.platform === 'doximity')
    add('hcp', 'Doximity (verifies clinicians)', PLATFORM_VERIFIED);

  const profession = { nurse: false, np: false, pharmacist: false };
  // Only an "MD" credential needs the finance check, so it is run lazily, once.
  let finance: boolean | undefined;
  const isFinance = (): boolean => (finance ??= FINANCE.test(`${nameF} | ${headF}`));
  let mdLookalike = false;

  // Credentials: strongest per field counts, so "MSN, RN, NEA-BC" is one piece of evidence, not three.
  for (const [field, raw] of [
    ['name', nameRaw],
    ['headline', headRaw],
  ] as const) {
    let best: { w: number; label: string } | undefined;
    for (const c of CREDENTIALS) {
      if (!c.re.test(raw)) continue;
      if (c.cred === 'MD' && isFinance()) {
        mdLookalike = true;
        continue;
      }
      if (c.nurse) profession.nurse = true;
      if (c.np) profession.np = true;
      if (c.pharm) profession.pharmacist = true;
      if (!best || c.weight > best.w) best = { w: c.weight, label: `${c.cred} in ${field}` };
    }
    if (field === 'name') {
      for (const c of NAME_ONLY_CREDENTIALS) {
        if (c.re.test(raw) && (!best || c.weight > best.w))
          best = { w: c.weight, label: `${c.cred} in name` };
      }
    } else {
      if (HEADLINE_DO.test(raw) && (!best || best.w < 3)) best = { w: 3, label: 'DO in headline' };
      if (HEADLINE_PA.test(raw) && (!best || best.w < 3)) best = { w: 3, label: 'PA in headline' };
    }
    if (best) add('hcp', best.label, best.w);
  }
  if (mdLookalike) add('not-hcp', "'MD' means Managing Director", -2);

  const profile = `${nameF} | ${headF}`;
  const profileRaw = `${nameRaw} | ${headRaw}`;

  // Clinical titles: each family counts once.
  let titleHits = 0;
  for (const t of TITLES) {
    if (t.hint !== undefined && !profile.includes(t.hint)) continue;
    const m = t.re.exec(profile);
    if (!m) continue;
    titleHits++;
    const where = m.index < nameF.length ? 'name' : 'headline';
    add(
      'hcp',
      `${t.label} in ${where} ('${m[0].trim()}')`,
      titleHits > 2 ? t.weight / 3 : t.weight,
    );
  }
  if (
    /nurse|nursing|infirmi|enfermer|enfermei|krankenpfleg|krankenschwester|pflegefach/u.test(
      profile,
    )
  )
    profession.nurse = true;
  if (/nurse practitioner|(?<![\p{L}])(?:np|fnp)(?![\p{L}])/u.test(profile)) profession.np = true;
  if (
    /pharmacist|farmaceutic|pharmacien|apotheker|pharmacy (?:resident|student)|pharmd/u.test(
      profile,
    )
  )
    profession.pharmacist = true;

  let trainee = false;
  for (const t of TRAINEE) {
    const m = t.re.exec(t.raw ? profileRaw : profile);
    if (!m) continue;
    trainee = true;
    add('trainee', `${t.label} in profile ('${m[0].trim()}')`, titleHits > 0 ? 1 : t.weight);
    break;
  }

  const specialtyHits = collectSpecialties(profile, profileRaw);
  const spec = anySpecialtyTerm(specialtyHits);
  if (spec) add('hcp', `Specialty named in profile ('${spec}')`, 1);

  if (DR_PREFIX.test(name)) add('hcp', "'Dr.' in name", 1);
  const doct = NONCLINICAL_DOCTORATE.exec(`${nameRaw} | ${headRaw}`);
  if (doct) add('not-hcp', `${doct[0]} (non-clinical doctorate)`, -1.5);

  let negative = formerHits.length > 0 ? -3 : 0;
  for (const n of NOT_HCP) {
    const m = n.re.exec(profile);
    if (!m) continue;
    negative += n.weight;
    add('not-hcp', `${n.label} ('${m[0].trim()}')`, n.weight);
  }

  // Post language: only when the profile does not already say "not a clinician".
  if (negative > TEXT_VETO) {
    let textScore = 0;
    const firstHit = new Map<number, string>();
    TEXT_TABLE.each(words, (value, start, end) => {
      if (!firstHit.has(value)) firstHit.set(value, phraseOf(words, start, end));
    });
    TEXT_CLINICAL.forEach((r, i) => {
      const phrase = firstHit.get(i);
      if (phrase === undefined || textScore >= TEXT_CAP) return;
      const w = Math.min(r.weight, TEXT_CAP - textScore);
      textScore += w;
      add('hcp', `${r.label}: '${phrase}'`, w);
    });
    const voice = patientVoice(words);
    if (voice) add('not-hcp', `${TEXT_PATIENT_VOICE.label}: '${voice}'`, TEXT_PATIENT_VOICE.weight);
  }

  const isHcp = score >= HCP_THRESHOLD;
  const p = 1 / (1 + Math.exp(-1.1 * (score - (HCP_THRESHOLD - 0.5))));
  const confidence = isHcp ? p : 1 - p;

  let industry = false;
  if (isHcp) {
    // Lazily, in the order the condition needs them: a strong role settles it alone.
    const strong = INDUSTRY_STRONG.exec(profile);
    const role = strong ? null : INDUSTRY_ROLE.exec(profile);
    if (strong || (role && INDUSTRY_COMPANY.test(profile))) {
      industry = true;
      add('industry', `Industry role in profile ('${(strong ?? role)![0]}')`, 0);
    } else if (
      (words.includes('industry') || words.includes('pharma')) &&
      INDUSTRY_TEXT.test(words.join(' '))
    ) {
      industry = true;
      add('industry', 'Says they work in industry', 0);
    }
  }
  if (!isHcp) trainee = false;

  return {
    isHcp,
    confidence,
    score,
    trainee,
    industry,
    signals,
    profession,
    profileFolded: profile,
    specialtyHits,
  };
}

/** Applies the blanks of a masked folded string to the original (same length for Latin text). */
function maskLike(raw: string, maskedFolded: string): string {
  if (raw.length !== maskedFolded.length || !maskedFolded.includes('  ')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++)
    out += maskedFolded[i] === ' ' && raw[i] !== ' ' ? ' ' : raw[i];
  return out;
}
