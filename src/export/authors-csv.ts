// The Authors view as a CSV: one HCP author a row, counts per category. Its own columns (the post
// export's contract is not touched).
import Papa from 'papaparse';
import { CATEGORIES } from '../classify/types';
import type { MetAuthor } from '../db/author-stats';

export const AUTHOR_COLUMNS = [
  'author_name',
  'author_handle',
  'profile_url',
  'platform',
  'specialty',
  'posts_seen',
  ...CATEGORIES.map((c) => `posts_${c}`),
  'thought_leadership',
  'last_seen_at',
  'target_tier',
  'your_mark',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function authorsCsv(authors: MetAuthor[]): string {
  const rows = authors.map((a) => [
    a.name,
    a.handle,
    a.profileUrl,
    a.platform,
    a.specialty,
    String(a.posts),
    ...CATEGORIES.map((c) => String(a.byCategory[c] ?? 0)),
    String(a.byCategory.creating ?? 0),
    a.lastSeenAt,
    a.tier,
    a.mark === null ? '' : a.mark ? 'HCP' : 'not HCP',
  ]);
  return (
    '\ufeff' +
    Papa.unparse(
      { fields: [...AUTHOR_COLUMNS], data: rows },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}
