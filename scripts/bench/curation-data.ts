// Annotated posts for the curation bench: made up, deterministic, and varied in every way the
// dashboard filters on (network, HCP or not, specialty, category confirmed or suggested,
// follow-up, collections, tags, target-list tier, dates), stored as the extension stores them.
import { CATEGORIES, type Category, type Verdict } from '../../src/classify/types';
import { annotationFacets, postFacets } from '../../src/db/facets';
import type { Annotation, PostRecord } from '../../src/db/records';
import { PLATFORM_IDS } from '../../src/platforms/types';

const FIRST = ['Ana', 'Bo', 'Cara', 'Dev', 'Emeka', 'Fatima', 'Goran', 'Hana', 'Ines', 'Jon'];
const LAST = ['Ruiz', 'Li', 'Diaz', 'Patel', 'Okafor', 'Haddad', 'Novak', 'Sato', 'Costa', 'Berg'];
const SPECIALTIES = ['cardiology', 'oncology', 'neurology', 'dermatology', 'pediatrics', ''];
const WORDS = 'trial results patients registry dosing guideline poster congress cohort data'.split(
  ' ',
);

/** A small deterministic generator, so every run seeds the same database. */
function rng(seed: number) {
  // Consecutive seeds are spread first: their first draws would otherwise be nearly equal.
  let s = Math.imul(seed, 2654435761) >>> 0 || 1;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

export function curationRecords(from: number, to: number) {
  const posts: PostRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = from; i < to; i++) {
    const r = rng(i + 1);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const platform = pick(PLATFORM_IDS);
    const author = `${pick(FIRST)} ${pick(LAST)} ${i % 5000}`;
    const isHcp = r() < 0.5;
    const category: Category = pick(CATEGORIES);
    const verdict: Verdict = {
      isHcp,
      hcpConfidence: 0.5 + r() / 2,
      signals: [
        {
          kind: isHcp ? 'hcp' : 'not-hcp',
          label: isHcp ? 'MD in name' : 'no credential',
          weight: 2,
        },
        { kind: 'category', label: `${category} words`, weight: 1 },
      ],
      specialty: isHcp ? pick(SPECIALTIES) : '',
      trainee: r() < 0.05,
      industry: r() < 0.1,
      category,
      categoryScores: Object.fromEntries(
        CATEGORIES.map((c) => [c, c === category ? 0.5 : 0.1]),
      ) as Record<Category, number>,
      ae: r() < 0.02,
      ...(r() < 0.05
        ? { target: { listName: 'KOLs', tier: String(1 + Math.floor(r() * 3)) } }
        : {}),
    };
    const seen = new Date(START + Math.floor(r() * 330) * DAY + i).toISOString();
    const text = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
    const key = `${platform}:bench-${i}`;
    const post: PostRecord = {
      key,
      platform,
      url: `https://example.org/${key}`,
      authorName: author,
      authorHandle: author.toLowerCase().replace(/\s+/g, ''),
      authorHeadline: isHcp ? 'Consultant physician' : 'Marketing lead',
      authorProfileUrl: '',
      text,
      promoted: false,
      context: '',
      authorKey: `${platform}:${author}`,
      verdict,
      firstSeenAt: seen,
      lastSeenAt: seen,
      sessionIds: [1 + Math.floor(i / 500)],
    };
    const flag = r();
    const annotation: Annotation = {
      key,
      category: r() < 0.4 ? pick(CATEGORIES) : null,
      tags: r() < 0.6 ? [`tag-${Math.floor(r() * 50)}`] : [],
      flagged: flag < 0.1,
      ...(flag >= 0.1 && flag < 0.15 ? { followUpDone: true } : {}),
      note: r() < 0.1 ? 'Follow up after the congress' : '',
      collections: r() < 0.3 ? [`Collection ${Math.floor(r() * 20)}`] : [],
      annotatedAt: new Date(Date.parse(seen) + Math.floor(r() * 10) * DAY).toISOString(),
      sessionId: 1 + Math.floor(i / 500),
    };
    posts.push({ ...post, facets: postFacets(post) });
    annotations.push({ ...annotation, facets: annotationFacets(annotation) });
  }
  return { posts, annotations };
}
