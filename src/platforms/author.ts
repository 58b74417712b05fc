import type { PostSnapshot } from './types';

/**
 * One key per author on one network: the handle where the network has one, else the profile
 * address, else the name. It ties a bio seen on a profile page to the author's later posts.
 */
export function authorKeyOf(
  p: Pick<PostSnapshot, 'platform' | 'authorHandle' | 'authorProfileUrl' | 'authorName'>,
): string {
  const handle = p.authorHandle.trim().replace(/^@/, '').toLowerCase();
  if (handle) return `${p.platform}:@${handle}`;
  const profile = profilePath(p.authorProfileUrl);
  if (profile) return `${p.platform}:${profile}`;
  return `${p.platform}:name:${p.authorName.trim().toLowerCase()}`;
}

function profilePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`.replace(/\/+$/, '').toLowerCase();
  } catch {
    return '';
  }
}
