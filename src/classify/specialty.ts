/**
 * Picks one specialty slug from the profile (taxonomy §1). The profession decides first: a nurse is
 * `nursing` whatever unit they work on, a pharmacist is `pharmacy`; nurse practitioners, PAs and
 * physicians take the field they name. Among several named fields the most-mentioned wins, then
 * the first named, and generic fields (internal medicine, pediatrics, "surgeon") give way.
 */
import type { Signal } from './types';
import { type AnchorIndex, FOLDED_PROFILE, RAW_PROFILE } from './anchors';
import {
  FAMILY_NP,
  NURSE_PRACTITIONER,
  PEDIATRICS_EXPLICIT,
  SPECIALTIES,
} from './lexicon-specialty';

export interface Hit {
  slug: string;
  count: number;
  first: number;
  generic: boolean;
}

/** Each text form's rules, with their ids in the profile's anchor pre-check (`anchors.ts`). */
interface Form {
  key: 're' | 'cs';
  rules: { i: number; id: number; source: string }[];
}
function form(key: 're' | 'cs', index: AnchorIndex): Form {
  const rules: Form['rules'] = [];
  SPECIALTIES.forEach((r, i) => {
    const re = r[key];
    if (re) rules.push({ i, id: index.add(re), source: `(${re.source})` });
  });
  return { key, rules };
}
const FOLDED = form('re', FOLDED_PROFILE);
const RAW = form('cs', RAW_PROFILE);

/**
 * One combined regex per text form instead of ~55 separate scans: each specialty is one capture
 * group, and the group that matched names the slug. Only the specialties the profile has anchors for
 * go in: a branch that cannot match anywhere changes no match of the others, and the regex stays
 * short. Each such subset is compiled once and kept.
 */
const COMBINED = new Map<string, { re: RegExp; index: number[] }>();
const COMBINED_LIMIT = 500;

function combine(
  { key, rules }: Form,
  present: readonly number[] | undefined,
): { re: RegExp; index: number[] } | undefined {
  let k = key;
  for (const r of rules) if (!present || present[r.id]) k += `,${r.i}`;
  if (k === key) return undefined;
  let c = COMBINED.get(k);
  if (!c) {
    const chosen = rules.filter((r) => !present || present[r.id]);
    const source = chosen.map((r) => r.source).join('|');
    c = { re: new RegExp(source, 'gu'), index: chosen.map((r) => r.i) };
    if (COMBINED.size >= COMBINED_LIMIT) COMBINED.clear();
    COMBINED.set(k, c);
  }
  return c;
}

/** `seen` / `seenRaw`: the anchor pre-check of the profile; without them every specialty is tried. */
export function collectSpecialties(
  folded: string,
  raw: string,
  seen?: readonly number[],
  seenRaw?: readonly number[],
): Hit[] {
  const bySlug = new Map<string, Hit>();
  for (const [c, s] of [
    [combine(FOLDED, seen), folded],
    [combine(RAW, seenRaw), raw],
  ] as const) {
    if (!c) continue;
    const { re, index } = c;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const g = m.findIndex((x, j) => j > 0 && x !== undefined);
      const rule = SPECIALTIES[index[g - 1]!]!;
      const hit = bySlug.get(rule.slug);
      if (hit) {
        hit.count++;
        hit.first = Math.min(hit.first, m.index);
      } else {
        bySlug.set(rule.slug, {
          slug: rule.slug,
          count: 1,
          first: m.index,
          generic: rule.generic === true,
        });
      }
    }
  }
  return [...bySlug.values()];
}

/** First specialty word in the profile, for the weak "names a specialty" HCP hint. */
export function anySpecialtyTerm(all: readonly Hit[]): string | undefined {
  const hits = all.filter((h) => h.slug !== 'pharmacy' && h.slug !== 'nursing');
  hits.sort((a, b) => a.first - b.first);
  return hits[0]?.slug;
}

export interface Profession {
  nurse: boolean;
  np: boolean;
  pharmacist: boolean;
}

const FIXED_BY_PROFESSION = new Set([
  'nurse-anesthesia',
  'midwifery',
  'respiratory-therapy',
  'physical-therapy',
  'occupational-therapy',
  'dietetics',
  'dentistry',
  'optometry',
  'podiatry',
  'paramedicine',
  'psychology',
  'clinical-pharmacology',
]);

export function pickSpecialty(
  folded: string,
  found: readonly Hit[],
  prof: Profession,
): { slug: string; signal?: Signal } {
  let hits = [...found];
  if (hits.length === 0) {
    if (prof.pharmacist) return withSignal('pharmacy', 'pharmacist');
    if (prof.nurse) return withSignal('nursing', 'nurse');
    return { slug: '' };
  }

  // Allied professions are their own slug even when an organ is named ("Paramedic, cardiac unit").
  const fixed = hits
    .filter((h) => FIXED_BY_PROFESSION.has(h.slug))
    .sort((a, b) => a.first - b.first)[0];
  if (fixed) return withSignal(fixed.slug, 'profession');

  if (
    prof.pharmacist ||
    hits.some((h) => h.slug === 'pharmacy' && h.first < 40 && prof.pharmacist)
  ) {
    return withSignal('pharmacy', 'pharmacist');
  }
  if (prof.np) {
    if (FAMILY_NP.test(folded)) return withSignal('family-medicine', 'family NP');
    const field = best(hits.filter((h) => h.slug !== 'nursing'));
    return withSignal(field?.slug ?? 'nursing', 'nurse practitioner');
  }
  if (prof.nurse && !NURSE_PRACTITIONER.test(folded)) return withSignal('nursing', 'nurse');

  if (!PEDIATRICS_EXPLICIT.test(folded)) {
    // "Pediatric neurologist" is neurology; "pediatric" alone is pediatrics.
    const others = hits.filter((h) => !h.generic);
    if (others.length > 0) hits = hits.filter((h) => h.slug !== 'pediatrics');
  } else {
    hits = hits.map((h) => (h.slug === 'pediatrics' ? { ...h, generic: false } : h));
  }
  hits = hits.filter((h) => h.slug !== 'pharmacy' && h.slug !== 'nursing');
  const chosen = best(hits);
  return chosen ? withSignal(chosen.slug, 'named') : { slug: '' };
}

function best(hits: Hit[]): Hit | undefined {
  const specific = hits.filter((h) => !h.generic);
  const pool = specific.length > 0 ? specific : hits;
  return [...pool].sort((a, b) => b.count - a.count || a.first - b.first)[0];
}

function withSignal(slug: string, why: string): { slug: string; signal: Signal } {
  return {
    slug,
    signal: {
      kind: 'specialty',
      label: `Specialty: ${slug} (${why})`,
      weight: 0,
      reason: { code: 'specialty', params: [slug] },
    },
  };
}
