/**
 * Is the author an HCP, a trainee, an industry clinician? Evidence is summed into one score on the
 * scale of `lexicon-hcp.ts`; the profile (name + headline) carries almost all of it, the post only
 * tips authors whose profile is empty or silent (a post's language never overrides a non-clinical
 * headline: taxonomy §1).
 */
import type { ClassifyInput, Signal, SignalReason } from './types';
import {
  ASPIRING,
  CREDENTIALS,
  DR_PREFIX,
  FINANCE,
  HEADLINE_DO,
  HEADLINE_PA,
  INDUSTRY_COMPANY,
  INDUSTRY_ROLE,
  INDUSTRY_STRONG,
  INDUSTRY_TEXT,
  NAME_ONLY_CREDENTIALS,
  NONCLINICAL_DOCTORATE,
  NP_WORD,
  NURSE_WORD,
  PHARMACIST_WORD,
  TITLES,
  TRAINEE,
} from './lexicon-hcp';
import { FORMER, NOT_HCP } from './lexicon-hcp-context';
import { postLanguage } from './hcp-post';
import { either, FOLDED_PROFILE as FOLDED, RAW_PROFILE as RAW } from './anchors';
import { fold } from './text';
import { tokenize } from './tokens';
import { anySpecialtyTerm, collectSpecialties, type Hit } from './specialty';
import { firstTitle, isVeterinary, statedTitle } from './vocab/titles';

export const HCP_THRESHOLD = 2;
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
  /** Specialty of a clinical job title in the profile or stated in the post (vocabulary), or ''. */
  titleSlug: string;
  /** Role of the clinical job title in the profile, and of one stated in the post ('' if none). */
  profileRole: string;
  statedRole: string;
  /** The profile's folded words (former-clinician spans masked). */
  profileWords: string[];
}

const PLATFORM_VERIFIED = 2.5;

/**
 * Every profile regex is registered with the anchor pre-check (`anchors.ts`): one pass over the
 * profile finds the literals of all of them, and a regex runs only when one of its own is there.
 */
type Gated<T> = T & { id: number };
const gate = <T extends { re: RegExp; raw?: boolean }>(r: T): Gated<T> => ({
  ...r,
  id: (r.raw ? RAW : FOLDED).add(r.re),
});
const G = {
  aspiring: FOLDED.add(ASPIRING),
  former: FOLDED.add(FORMER),
  finance: FOLDED.add(FINANCE),
  nurse: FOLDED.add(NURSE_WORD),
  np: FOLDED.add(NP_WORD),
  pharmacist: FOLDED.add(PHARMACIST_WORD),
  industryRole: FOLDED.add(INDUSTRY_ROLE),
  industryStrong: FOLDED.add(INDUSTRY_STRONG),
  headlineDo: RAW.add(HEADLINE_DO),
  headlinePa: RAW.add(HEADLINE_PA),
  doctorate: RAW.add(NONCLINICAL_DOCTORATE),
};
const CREDENTIAL_RULES = CREDENTIALS.map((c) => gate({ ...c, raw: true }));
const NAME_ONLY_RULES = NAME_ONLY_CREDENTIALS.map((c) => gate({ ...c, raw: true }));
const TITLE_RULES = TITLES.map(gate);
const TRAINEE_RULES = TRAINEE.map(gate);
const NOT_HCP_RULES = NOT_HCP.map(gate);

/** The "not a doctor" disclaimer, which also counts when the post says it. */
const DISCLAIMER = NOT_HCP.find((r) => r.weight <= -6)!;
const NEGATIONS = new Set(['not', 'no', 'pas', 'kein', 'keine']);
const isNegation = (w: string): boolean => NEGATIONS.has(w);

/** `s` with every match of the (global) FORMER regex blanked out, when `possible`. */
function maskFormer(s: string, possible: boolean): { masked: string; hits: string[] } {
  const hits: string[] = [];
  if (!possible) return { masked: s, hits };
  const masked = s.replace(FORMER, (m) => {
    hits.push(m);
    return ' '.repeat(m.length);
  });
  return { masked, hits };
}

/** Signals and their summed weight, threaded through the steps without a closure per call. */
interface Evidence {
  signals: Signal[];
  score: number;
}

function add(
  ev: Evidence,
  kind: Signal['kind'],
  label: string,
  weight: number,
  reason: SignalReason,
): void {
  ev.signals.push({ kind, label, weight, reason });
  ev.score += weight;
}

/** `words` are the post's folded words, passed in so the post is tokenised once per classification. */
export function assessHcp(
  input: ClassifyInput,
  words: readonly string[] = tokenize(fold(input.text ?? '')),
): HcpAssessment {
  const ev: Evidence = { signals: [], score: 0 };
  const name = input.authorName ?? '';
  const headline = input.authorHeadline ?? '';

  const nameF0 = fold(name);
  const headFolded = fold(headline);
  // Masking below only blanks characters out: what the unmasked profile lacks, the masked one lacks.
  const seen = FOLDED.scan(headFolded, FOLDED.scan(nameF0));
  const seenName = RAW.scan(name);
  const seenHead = RAW.scan(headline);
  const seenRaw = either(seenName, seenHead);

  // "Future cardiologist", "aspiring GP": an ambition, not a title (same length, so raw masking still lines up).
  const headF0 = seen[G.aspiring]
    ? headFolded.replace(ASPIRING, (m) => ' '.repeat(m.length))
    : headFolded;
  // Former clinicians: mask the clinical noun so "ex-ICU nurse" earns no nurse credit.
  const formerName = maskFormer(nameF0, seen[G.former] === 1);
  const formerHead = maskFormer(headF0, seen[G.former] === 1);
  const nameF = formerName.masked;
  const headF = formerHead.masked;
  // Folding keeps string length for Latin scripts, so the raw strings can be masked at the same spans.
  const headRaw = maskLike(headline, headF);
  const nameRaw = maskLike(name, nameF);
  const formerHits = [...formerName.hits, ...formerHead.hits];
  if (formerHits.length > 0)
    add(ev, 'not-hcp', `Former clinician ('${formerHits[0]!.trim()}')`, -3, {
      code: 'formerClinician',
      quote: formerHits[0]!.trim(),
    });

  if (input.platform === 'doximity')
    add(ev, 'hcp', 'Doximity (verifies clinicians)', PLATFORM_VERIFIED, { code: 'doximity' });

  const profession = { nurse: false, np: false, pharmacist: false };
  // Only an "MD" credential needs the finance check, so it is run lazily, once.
  let finance: boolean | undefined;
  let mdLookalike = false;

  // Credentials: strongest per field counts, so "MSN, RN, NEA-BC" is one piece of evidence, not three.
  for (const [field, raw, present] of [
    ['name', nameRaw, seenName],
    ['headline', headRaw, seenHead],
  ] as const) {
    let best: { w: number; label: string; cred: string } | undefined;
    for (const c of CREDENTIAL_RULES) {
      if (!present[c.id] || !c.re.test(raw)) continue;
      if (
        c.cred === 'MD' &&
        (finance ??= seen[G.finance] === 1 && FINANCE.test(`${nameF} | ${headF}`))
      ) {
        mdLookalike = true;
        continue;
      }
      if (c.nurse) profession.nurse = true;
      if (c.np) profession.np = true;
      if (c.pharm) profession.pharmacist = true;
      if (!best || c.weight > best.w)
        best = { w: c.weight, label: `${c.cred} in ${field}`, cred: c.cred };
    }
    if (field === 'name') {
      for (const c of NAME_ONLY_RULES) {
        if (present[c.id] && c.re.test(raw) && (!best || c.weight > best.w))
          best = { w: c.weight, label: `${c.cred} in name`, cred: c.cred };
      }
    } else {
      if (present[G.headlineDo] && HEADLINE_DO.test(raw) && (!best || best.w < 3))
        best = { w: 3, label: 'DO in headline', cred: 'DO' };
      if (present[G.headlinePa] && HEADLINE_PA.test(raw) && (!best || best.w < 3))
        best = { w: 3, label: 'PA in headline', cred: 'PA' };
    }
    if (best)
      add(ev, 'hcp', best.label, best.w, {
        code: 'credential',
        params: [best.cred],
        where: field,
      });
  }
  if (mdLookalike)
    add(ev, 'not-hcp', "'MD' means Managing Director", -2, { code: 'mdManagingDirector' });

  const profile = `${nameF} | ${headF}`;
  const profileRaw = `${nameRaw} | ${headRaw}`;

  // Clinical titles: each family counts once.
  let titleHits = 0;
  for (const t of TITLE_RULES) {
    if (!seen[t.id]) continue;
    const m = t.re.exec(profile);
    if (!m) continue;
    titleHits++;
    const where = m.index < nameF.length ? 'name' : 'headline';
    add(
      ev,
      'hcp',
      `${t.label} in ${where} ('${m[0].trim()}')`,
      titleHits > 2 ? t.weight / 3 : t.weight,
      { code: t.code, where, quote: m[0].trim() },
    );
  }
  // Job titles in seven languages from the compiled vocabulary: "Kardiologin", "enfermera".
  const profileWords = tokenize(profile);
  const vocabTitle = firstTitle(profileWords, headline);
  // Veterinarians ("Tierärztin", "Registered Veterinary Nurse") treat animals: not HCPs.
  const vet = isVeterinary(profileWords, `${name} ${headline}`);
  if (vet)
    add(ev, 'not-hcp', `Veterinary title ('${vet}')`, -4, { code: 'veterinaryTitle', quote: vet });
  if (vocabTitle && vocabTitle.role !== 'trainee' && titleHits === 0) {
    titleHits++;
    add(ev, 'hcp', `Clinical job title in profile ('${vocabTitle.form}')`, 3, {
      code: 'vocabTitle',
      where: 'profile',
      quote: vocabTitle.form,
    });
  }
  if (vocabTitle?.role === 'nurse' || vocabTitle?.role === 'midwife') profession.nurse = true;
  if (vocabTitle?.role === 'pharmacist') profession.pharmacist = true;
  if (seen[G.nurse] && NURSE_WORD.test(profile)) profession.nurse = true;
  if (seen[G.np] && NP_WORD.test(profile)) profession.np = true;
  if (seen[G.pharmacist] && PHARMACIST_WORD.test(profile)) profession.pharmacist = true;

  let trainee = false;
  for (const t of TRAINEE_RULES) {
    if (!(t.raw ? seenRaw : seen)[t.id]) continue;
    const m = t.re.exec(t.raw ? profileRaw : profile);
    if (!m) continue;
    trainee = true;
    add(ev, 'trainee', `${t.label} in profile ('${m[0].trim()}')`, titleHits > 0 ? 1 : t.weight, {
      code: t.code,
      where: 'profile',
      quote: m[0].trim(),
    });
    break;
  }

  if (vocabTitle?.role === 'trainee' && !trainee) {
    trainee = true;
    add(ev, 'hcp', `Clinical trainee title in profile ('${vocabTitle.form}')`, 2.5, {
      code: 'vocabTraineeTitle',
      where: 'profile',
      quote: vocabTitle.form,
    });
  }

  const specialtyHits = collectSpecialties(profile, profileRaw, seen, seenRaw);
  const spec = anySpecialtyTerm(specialtyHits);
  if (spec)
    add(ev, 'hcp', `Specialty named in profile ('${spec}')`, 1, {
      code: 'specialtyNamed',
      where: 'profile',
      quote: spec,
    });

  if (DR_PREFIX.test(name)) add(ev, 'hcp', "'Dr.' in name", 1, { code: 'drInName' });
  const doct = seenRaw[G.doctorate] ? NONCLINICAL_DOCTORATE.exec(profileRaw) : null;
  if (doct)
    add(ev, 'not-hcp', `${doct[0]} (non-clinical doctorate)`, -1.5, {
      code: 'nonClinicalDoctorate',
      params: [doct[0]],
    });

  let negative = formerHits.length > 0 ? -3 : 0;
  if (vet) negative -= 4;
  for (const n of NOT_HCP_RULES) {
    if (!seen[n.id]) continue;
    const m = n.re.exec(profile);
    if (!m) continue;
    negative += n.weight;
    add(ev, 'not-hcp', `${n.label} ('${m[0].trim()}')`, n.weight, {
      code: n.code,
      quote: m[0].trim(),
    });
  }

  // "I'm not a doctor, but..." in the post disclaims whatever the name says ("Bitcoin MD").
  if (words.some(isNegation)) {
    const m = DISCLAIMER.re.exec(words.join(' '));
    if (m) {
      negative += DISCLAIMER.weight;
      add(ev, 'not-hcp', `${DISCLAIMER.label} in post ('${m[0]}')`, DISCLAIMER.weight, {
        code: DISCLAIMER.code,
        where: 'post',
        quote: m[0],
      });
    }
  }

  // Post language: only when the profile does not already say "not a clinician".
  let stated: ReturnType<typeof statedTitle>;
  if (negative > TEXT_VETO) {
    for (const g of postLanguage(words)) add(ev, g.kind, g.label, g.weight, g.reason!);
    // A title the author gives themselves in the post ("as a nurse", "soy pediatra") is a role, not
    // just clinical language: it counts when the profile is silent (X, Bluesky, Mastodon show none).
    stated = titleHits === 0 && negative === 0 ? statedTitle(words) : undefined;
    if (stated) {
      add(ev, 'hcp', `Role stated in the post: ${stated.title.form} ('${stated.phrase}')`, 2.5, {
        code: 'roleStatedInPost',
        params: [stated.title.form],
        quote: stated.phrase,
      });
      if (stated.title.role === 'trainee' && !trainee) {
        trainee = true;
        add(ev, 'trainee', `Trainee role stated in the post (${stated.title.form})`, 0, {
          code: 'traineeRoleStated',
          params: [stated.title.form],
        });
      }
    }
  }

  const score = ev.score;
  const isHcp = score >= HCP_THRESHOLD;
  const p = 1 / (1 + Math.exp(-1.1 * (score - (HCP_THRESHOLD - 0.5))));
  const confidence = isHcp ? p : 1 - p;

  let industry = false;
  if (isHcp) {
    // Lazily, in the order the condition needs them: a strong role settles it alone.
    const strong = seen[G.industryStrong] ? INDUSTRY_STRONG.exec(profile) : null;
    const role = strong || !seen[G.industryRole] ? null : INDUSTRY_ROLE.exec(profile);
    if (strong || (role && INDUSTRY_COMPANY.test(profile))) {
      industry = true;
      add(ev, 'industry', `Industry role in profile ('${(strong ?? role)![0]}')`, 0, {
        code: 'industryRole',
        where: 'profile',
        quote: (strong ?? role)![0],
      });
    } else if (
      (words.includes('industry') || words.includes('pharma')) &&
      INDUSTRY_TEXT.test(words.join(' '))
    ) {
      industry = true;
      add(ev, 'industry', 'Says they work in industry', 0, { code: 'saysIndustry' });
    }
  }
  if (!isHcp) trainee = false;

  return {
    isHcp,
    confidence,
    score,
    trainee,
    industry,
    signals: ev.signals,
    profession,
    profileFolded: profile,
    specialtyHits,
    titleSlug: vocabTitle?.slug || stated?.title.slug || '',
    profileRole: vocabTitle?.role ?? '',
    statedRole: stated?.title.role ?? '',
    profileWords,
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
