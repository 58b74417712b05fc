import { authorKeyOf } from '../platforms/author';
import type { PlatformId, PostSnapshot } from '../platforms/types';
import type { TargetMatch } from './types';

/**
 * Match keys tie a list row to post authors. Profile keys are exactly `authorKeyOf`'s
 * (`linkedin:www.linkedin.com/in/<slug>`, `x:@handle`); name keys are `name:<folded name>`.
 *
 * The rule for names, chosen to avoid tagging the wrong person as a target:
 * - a profile URL or handle match always counts and beats any name match;
 * - a name match counts only when the list row gives no profile for the post's network (a row
 *   with a LinkedIn URL is that person on LinkedIn: a namesake with another URL is someone else);
 * - a name must have at least two words ("Ana" alone never matches), and is compared without
 *   credentials after a comma, titles, accents, case or extra spaces.
 */

const LINKEDIN_HOST = /^(?:[a-z0-9-]+\.)?linkedin\.com$/;
const LINKEDIN_PROFILE = /^\/in\/([^/]+)\/?/;
const X_HOST = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/;
export const X_HANDLE = /^@?([A-Za-z0-9_]{1,15})$/;

/** `https://www.linkedin.com/in/<slug>/` for any spelling of a member's profile address, or ''. */
export function canonicalLinkedinUrl(raw: string): string {
  const text = raw.trim();
  if (!text) return '';
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return '';
  }
  if (!LINKEDIN_HOST.test(url.hostname.toLowerCase())) return '';
  const slug = LINKEDIN_PROFILE.exec(url.pathname)?.[1];
  return slug ? `https://www.linkedin.com/in/${slug.toLowerCase()}/` : '';
}

/** `@handle` from `@handle`, `handle` or an x.com / twitter.com address; '' when not a handle. */
export function canonicalXHandle(raw: string): string {
  const text = raw.trim();
  const direct = X_HANDLE.exec(text);
  if (direct) return `@${direct[1]}`;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (!X_HOST.test(url.hostname.toLowerCase())) return '';
    const handle = X_HANDLE.exec(url.pathname.split('/')[1] ?? '');
    return handle ? `@${handle[1]}` : '';
  } catch {
    return '';
  }
}

const TITLE = /^(?:dr|prof|professor|mr|mrs|ms|mx)\.?\s+/;

/** `name:<folded name>`, or '' for a name of fewer than two words (too ambiguous to match). */
export function nameKey(name: string): string {
  const folded = (name.split(',')[0] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TITLE, '');
  return folded.split(' ').length >= 2 ? `name:${folded}` : '';
}

/** Every key a list row matches: its LinkedIn profile, its X handle, its name. */
export function rowMatchKeys(row: { name: string; linkedinUrl: string; xHandle: string }) {
  const keys: string[] = [];
  const linkedin = canonicalLinkedinUrl(row.linkedinUrl);
  if (linkedin) {
    keys.push(
      authorKeyOf({
        platform: 'linkedin',
        authorHandle: '',
        authorProfileUrl: linkedin,
        authorName: '',
      }),
    );
  }
  const handle = canonicalXHandle(row.xHandle);
  if (handle) {
    keys.push(
      authorKeyOf({ platform: 'x', authorHandle: handle, authorProfileUrl: '', authorName: '' }),
    );
  }
  const name = nameKey(row.name);
  if (name) keys.push(name);
  return keys;
}

type Author = Pick<PostSnapshot, 'platform' | 'authorHandle' | 'authorProfileUrl' | 'authorName'>;

/** The profile keys and the name key a post's author is looked up by. */
export function authorMatchKeys(s: Author): { profile: string[]; name: string } {
  const profile = [authorKeyOf(s)];
  // The page may link the profile from another LinkedIn host (uk.linkedin.com, no www).
  const linkedin = s.platform === 'linkedin' ? canonicalLinkedinUrl(s.authorProfileUrl) : '';
  if (linkedin) {
    const key = authorKeyOf({ ...s, authorHandle: '', authorProfileUrl: linkedin });
    if (!profile.includes(key)) profile.push(key);
  }
  return { profile, name: nameKey(s.authorName) };
}

/** A stored list row as matching sees it. */
export interface Candidate {
  listId: string;
  listName: string;
  tier: string;
  specialty: string;
  matchKeys: string[];
}

const hasProfileOn = (keys: string[], platform: PlatformId) =>
  keys.some((k) => k.startsWith(`${platform}:`));

/** The best list row for one author, by the rule above; undefined when none matches. */
export function bestMatch(author: Author, candidates: Candidate[]): TargetMatch | undefined {
  const { profile, name } = authorMatchKeys(author);
  const matches: TargetMatch[] = [];
  for (const c of candidates) {
    const by = c.matchKeys.some((k) => profile.includes(k))
      ? 'profile'
      : name && c.matchKeys.includes(name) && !hasProfileOn(c.matchKeys, author.platform)
        ? 'name'
        : null;
    if (by) {
      matches.push({
        listId: c.listId,
        listName: c.listName,
        tier: c.tier,
        specialty: c.specialty,
        by,
      });
    }
  }
  return matches.sort(compareMatches)[0];
}

/** Profile matches first, then the highest tier ("1" before "2", "A" before "B", none last). */
export function compareMatches(a: TargetMatch, b: TargetMatch): number {
  if (a.by !== b.by) return a.by === 'profile' ? -1 : 1;
  return compareTiers(a.tier, b.tier) || a.listName.localeCompare(b.listName);
}

function compareTiers(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  const [na, nb] = [Number(a), Number(b)];
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  if (Number.isFinite(na) !== Number.isFinite(nb)) return Number.isFinite(na) ? -1 : 1;
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}
