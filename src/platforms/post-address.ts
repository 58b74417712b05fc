/**
 * Whether a post's address (its permalink) is the one its key names: same network, same site,
 * same post id. A post that arrives from elsewhere (a teammate's, through team sync) carries both,
 * and a link the dashboard opens must not point anywhere but the post. Built from the same key
 * formats the adapters use, so the two cannot drift apart. Zod-free.
 */
import { permalink } from './linkedin-dom';
import { fillKey, hostMatches } from './rules';
import { RULE_SITES, isRulePlatform } from './rule-sites';
import type { PostSnapshot } from './types';

/** LinkedIn keys: `linkedin:<activity id>`, `linkedin:<share|ugcPost>:<id>`, `linkedin:<urn>`. */
function linkedinUrn(id: string): string | null {
  if (/^\d{1,25}$/.test(id)) return `urn:li:activity:${id}`;
  const typed = /^(share|ugcPost):(\d{1,25})$/.exec(id);
  if (typed) return `urn:li:${typed[1]}:${typed[2]}`;
  return /^urn:li:[A-Za-z]+:[\w-]{1,100}$/.test(id) ? id : null;
}

export function addressMatchesKey(post: Pick<PostSnapshot, 'key' | 'platform' | 'url'>): boolean {
  const colon = post.key.indexOf(':');
  if (colon < 0 || post.key.slice(0, colon) !== post.platform) return false;
  let url: URL;
  try {
    url = new URL(post.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;

  if (post.platform === 'linkedin') {
    const urn = linkedinUrn(post.key.slice(colon + 1));
    const expected = urn ? new URL(permalink(urn)) : null;
    return (
      expected !== null &&
      url.host === expected.host &&
      url.pathname.replace(/\/?$/, '/') === expected.pathname
    );
  }
  if (!isRulePlatform(post.platform)) return false;
  const { rules } = RULE_SITES[post.platform];
  if (!hostMatches(rules.hosts, url)) return false;
  const m = new RegExp(rules.idPattern).exec(url.href);
  if (!m) return false;
  // As the adapters read it: the page's host, the pattern's named groups, the first group as id.
  const vars: Record<string, string> = { host: url.host };
  for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) vars[k] = v;
  vars.id ??= m[1] ?? '';
  // Bluesky keys a post by its author's handle where the link names the author's DID.
  if (post.platform === 'bluesky' && vars.handle?.startsWith('did:')) {
    vars.handle = post.key.slice(colon + 1).split('/')[0] ?? '';
  }
  return fillKey(rules.key, vars) === post.key;
}
