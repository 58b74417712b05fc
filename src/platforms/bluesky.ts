/**
 * Bluesky (bsky.app). React Native Web: class names are hashes, so the rules use `data-testid`s and
 * link shapes (`/profile/<handle>/post/<rkey>`). A repost is the original post: its feed item is
 * `feedItem-by-<original author>` and its permalink the original's; "Reposted by …" is the context.
 */
import { rulesAdapter, type Draft, type RulesHooks, type SiteRules } from './rules';

export const BLUESKY_RULES: SiteRules = {
  hosts: ['bsky.app'],
  container: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  // The localised label first, then the structure: profile links in the row of the post's link.
  authorName: [
    'a[aria-label="View profile"]',
    ':is(div, span):has(> a[href*="/post/"]) > a[href^="/profile/"]:not([href*="/post/"])',
  ],
  authorHandle: ':is(div, span):has(> a[href*="/post/"]) > a[href^="/profile/"]',
  text: '[data-testid="postText"]',
  permalink: 'a[href*="/post/"]',
  idPattern:
    '^https://bsky\\.app/profile/(?<handle>[\\w.:%-]{1,253})/post/(?<rkey>[\\w~.:-]{1,64})$',
  key: 'bluesky:{handle}/{rkey}',
  // Quoted posts are embeds with their own author row, text and post link.
  excludeInside: '[data-testid="contentHider-embed"], [data-testid="quoteEmbed"]',
  more: '[data-testid="truncationToggle"]',
  context: ['[aria-label^="Reposted by"]', '[data-testid="repostedBy"]'],
  anchor: ['[data-testid="postText"]'],
  profile: {
    container: '[data-testid="profileHeaderDisplayName"], [data-testid="profileView"]',
    handle: '[data-testid="profileHeaderHandle"]',
    bio: '[data-testid="profileHeaderDescription"]',
  },
};

const TESTID_HANDLE = /^(?:feedItem|postThreadItem)-by-([\w.-]{1,253})$/;

/** `/profile/<handle>` links that are not post links. */
function profileHandle(href: string | null): string {
  const m = /^(?:https:\/\/bsky\.app)?\/profile\/([^/?#]{1,253})\/?$/.exec(href ?? '');
  return m?.[1] ?? '';
}

/**
 * The handle from the feed item's test id (not localised), else from the post link; a DID in the
 * link (accounts with an invalid handle) is replaced by the handle so keys stay one per post.
 * "Reposted by" is localised: the fallback is the reposter's profile link before the avatar.
 */
function refine(d: Draft, box: Element): Draft {
  const fromTestId = TESTID_HANDLE.exec(box.getAttribute('data-testid') ?? '')?.[1] ?? '';
  const authorHandle = fromTestId || d.authorHandle || d.vars.handle || '';
  const vars = { ...d.vars };
  if (!vars.handle || vars.handle.startsWith('did:')) vars.handle = authorHandle;
  let context = d.context;
  if (!context) {
    const avatar = box.querySelector('[data-testid="userAvatarImage"]');
    for (const a of Array.from(box.querySelectorAll('a[href^="/profile/"]')).slice(0, 4)) {
      if (avatar && a.contains(avatar)) break;
      const h = profileHandle(a.getAttribute('href'));
      if (h && h !== authorHandle && avatar && precedes(a, avatar)) {
        context = (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
        break;
      }
    }
  }
  return { ...d, vars, authorHandle, context };
}

function precedes(a: Node, b: Node): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (no global Node outside a DOM environment).
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** Exported so a user's override of BLUESKY_RULES keeps the code selectors cannot express. */
export const BLUESKY_HOOKS: RulesHooks = { refine };

export const bluesky = rulesAdapter('bluesky', BLUESKY_RULES, BLUESKY_HOOKS);
