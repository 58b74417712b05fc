/**
 * Bluesky (bsky.app). React Native Web: class names are hashes, so the rules use `data-testid`s and
 * link shapes (`/profile/<handle>/post/<rkey>`). A repost is the original post: its feed item is
 * `feedItem-by-<original author>` and its permalink the original's; "Reposted by …" is the context.
 */
import { hostsOf } from './networks';
import { absoluteUrl, readLine } from './rules-dom';
import { rulesAdapter, type Draft, type RulesHooks, type SiteRules } from './rules';

export const BLUESKY_RULES: SiteRules = {
  hosts: hostsOf('bluesky'),
  container: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  // Profile links that are not post links, and not the avatar's; the hook then picks the one
  // beside the `@handle` (labels such as "View profile" are in the reader's language).
  authorName: [
    ':is(div, span):has(> a[href*="/post/"]) > a[href^="/profile/"]:not([href*="/post/"])',
    'a[href^="/profile/"]:not([href*="/post/"]):not(:has([data-testid="userAvatarImage"]))',
  ],
  authorHandle: [
    ':is(div, span):has(> a[href*="/post/"]) > a[href^="/profile/"]',
    'a[href^="/profile/"]:not([href*="/post/"])',
  ],
  // Feed items mark their text `postText`; thread items (the focused post, replies) do not, but
  // every rich text carries `data-word-wrap`.
  text: ['[data-testid="postText"]', '[data-word-wrap]'],
  permalink: 'a[href*="/post/"]',
  idPattern:
    '^https://bsky\\.app/profile/(?<handle>[\\w.:%-]{1,253})/post/(?<rkey>[\\w~.:-]{1,64})$',
  key: 'bluesky:{handle}/{rkey}',
  // A quoted post is a link to it, titled ("Post by …") but without the aria-label every link of
  // the post's own author row carries; selected without `:has()`, which costs 1 ms a read here.
  excludeInside:
    '[data-testid="contentHider-embed"], [data-testid="quoteEmbed"], ' +
    'div[role="link"][title], a[title][href*="/post/"]:not([aria-label])',
  more: '[data-testid="truncationToggle"]',
  context: '[data-testid="repostedBy"]',
  anchor: ['[data-testid="postText"]', '[data-word-wrap]'],
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

/** A post's own page: `/profile/<handle>/post/<rkey>`. */
const POST_PAGE = /^\/profile\/([\w.:%-]{1,253})\/post\/([\w~.:-]{1,64})\/?$/;

/**
 * The author's display name, read from the links' shape: the profile link with text that shares
 * its address with the `@handle` link (feed items and replies write them side by side; the focused
 * post puts both in one link, then the handle is cut off). Null when the card shows no such pair.
 */
function displayName(
  box: Element,
  own: (el: Element) => boolean,
): { name: string; href: string } | null {
  const links = Array.from(box.querySelectorAll('a[href^="/profile/"]')).filter(
    (a) => !(a.getAttribute('href') ?? '').includes('/post/') && own(a),
  );
  const lineOf = (a: Element) => readLine(a);
  const handleLink = links.find((a) => /(?:^|\s)@\S+$/.test(lineOf(a)));
  if (!handleLink) return null;
  const href = handleLink.getAttribute('href') ?? '';
  for (const a of links) {
    if (a.getAttribute('href') !== href) continue;
    const name = lineOf(a).replace(/\s*@\S+$/, '');
    if (name) return { name, href };
  }
  return null;
}

/**
 * The handle from the feed item's test id (not localised), else from the post link; a DID in the
 * link (accounts with an invalid handle) is replaced by the handle so keys stay one per post.
 * The focused post on its own page has no link to itself: the page's address is its permalink.
 * "Reposted by" is localised: the context is the reposter's profile link before the avatar.
 */
function refine(d: Draft, box: Element, pageUrl: URL): Draft {
  const fromTestId = TESTID_HANDLE.exec(box.getAttribute('data-testid') ?? '')?.[1] ?? '';
  const vars = { ...d.vars };
  let url = d.url;
  const page = POST_PAGE.exec(pageUrl.pathname);
  // Only the item by the page's author: a reply whose link is hidden must not take the page's key.
  if (!url && page && box.matches(FOCUSED) && page[1] === fromTestId) {
    url = `https://bsky.app${pageUrl.pathname.replace(/\/$/, '')}`;
    vars.handle = decodeURIComponent(page[1] ?? '');
    vars.rkey = page[2] ?? '';
  }
  const authorHandle = fromTestId || d.authorHandle || vars.handle || '';
  if (!vars.handle || vars.handle.startsWith('did:')) vars.handle = authorHandle;
  const own = (el: Element) => {
    const q = el.closest(QUOTE);
    return !q || q === box || !box.contains(q);
  };
  const author = displayName(box, own);
  const authorName = author?.name ?? d.authorName;
  const authorProfileUrl = author
    ? (absoluteUrl(author.href, pageUrl)?.href ?? d.authorProfileUrl)
    : d.authorProfileUrl;
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
  return { ...d, url, vars, authorName, authorHandle, authorProfileUrl, context };
}

/** A thread item: the focused post is one, and its own page is its only link to itself. */
const FOCUSED = '[data-testid^="postThreadItem-by-"]';
const QUOTE = BLUESKY_RULES.excludeInside ?? '';

function precedes(a: Node, b: Node): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (no global Node outside a DOM environment).
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** Exported so a user's override of BLUESKY_RULES keeps the code selectors cannot express. */
export const BLUESKY_HOOKS: RulesHooks = { refine };

export const bluesky = rulesAdapter('bluesky', BLUESKY_RULES, BLUESKY_HOOKS);
