import type { PostSnapshot } from './types';

type AuthorFields = Pick<
  PostSnapshot,
  'platform' | 'authorHandle' | 'authorProfileUrl' | 'authorName'
>;

/**
 * One key per author on one network: the handle where the network has one, else the profile
 * address, else the name. It ties a bio seen on a profile page to the author's later posts, and
 * the user's HCP mark to all of them. On Mastodon a handle is only unique on its instance, so the
 * key is the full `@user@instance`: the instance from the handle when the page shows it (a remote
 * account), else the profile's host, else the post's own instance (its key, `mastodon:<host>/<id>`).
 */
export function authorKeyOf(p: AuthorFields & { key?: string }): string {
  const handle = p.authorHandle.trim().replace(/^@/, '').toLowerCase();
  if (handle && p.platform === 'mastodon') return `mastodon:@${mastodonAccount(handle, p)}`;
  if (handle) return `${p.platform}:@${handle}`;
  const profile = profilePath(p.authorProfileUrl);
  if (profile) return `${p.platform}:${profile}`;
  return `${p.platform}:name:${p.authorName.trim().toLowerCase()}`;
}

/** `user@instance`, or the bare handle when nothing names the instance. */
function mastodonAccount(handle: string, p: { authorProfileUrl: string; key?: string }): string {
  if (handle.includes('@')) return handle;
  const instance = hostOf(p.authorProfileUrl) || postInstance(p.key);
  return instance ? `${handle}@${instance}` : handle;
}

/** The instance a Mastodon post key names (`mastodon:<host>/<id>`), or ''. */
function postInstance(key: string | undefined): string {
  const m = /^mastodon:([^/\s]+)\//.exec(key ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

function profilePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`.replace(/\/+$/, '').toLowerCase();
  } catch {
    return '';
  }
}
