/**
 * X (x.com, twitter.com). Class names are hashes that change with every deploy, so everything is
 * selected by `data-testid`, roles and link shapes. A repost is the original tweet: X renders the
 * original's author and status link, with "… reposted" in `socialContext`. Replies on a single-post
 * page are `<article>`s with their own status ids, so they are posts of their own.
 */
import { rulesAdapter, type Draft, type RulesHooks, type SiteRules } from './rules';

export const X_RULES: SiteRules = {
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  // Ads are sometimes rendered without the tweet test id, always directly in placementTracking.
  container: 'article[data-testid="tweet"], [data-testid="placementTracking"] > article',
  // The first profile link in the name block holds the display name; the second the `@handle`.
  authorName: ['[data-testid="User-Name"] a[href^="/"]', '[data-testid="User-Name"]'],
  authorHandle: '[data-testid="User-Name"]',
  authorProfile: '[data-testid="User-Name"] a[href^="/"]',
  text: '[data-testid="tweetText"]',
  // The timestamp link first: photo and analytics links also hold `/status/<id>`.
  permalink: ['a[href*="/status/"] time', 'a[href*="/status/"]'],
  idPattern: '^https://[^/]+/(?<user>\\w{1,50})/status/(?<id>\\d{1,25})(?:/|$)',
  key: 'x:{id}',
  // An ad carries no timestamp; a video's placementTracking wraps no article.
  promoted: '[data-testid="placementTracking"] > article:not(:has(time))',
  // A quoted tweet is a `div[role="link"]` inside the quoting article, not an article.
  excludeInside: 'div[role="link"], [data-testid="quoteTweet"]',
  more: '[data-testid="tweet-text-show-more-link"]',
  context: '[data-testid="socialContext"]',
  anchor: ['[data-testid="User-Name"]', '[data-testid="tweetText"]'],
  profile: {
    container: '[data-testid="primaryColumn"], [data-testid="HoverCard"]',
    handle: ['[data-testid="UserName"]', 'a[href^="/"]'],
    bio: '[data-testid="UserDescription"]',
  },
};

/** A profile path (`/<handle>`) as X builds it: letters, digits, underscore. */
const PROFILE_PATH = /^\/(\w{1,50})\/?$/;

/** Handle from the profile link when the name block shows none; permalink without extra parts. */
function refine(d: Draft): Draft {
  let authorHandle = d.authorHandle;
  if (!authorHandle) {
    try {
      authorHandle = PROFILE_PATH.exec(new URL(d.authorProfileUrl).pathname)?.[1] ?? '';
    } catch {
      authorHandle = '';
    }
  }
  const { user, id } = d.vars;
  const url = d.url && user && id ? new URL(`/${user}/status/${id}`, d.url).href : d.url;
  return { ...d, authorHandle, url };
}

/** Exported so a user's override of X_RULES keeps the code selectors cannot express. */
export const X_HOOKS: RulesHooks = { refine };

export const x = rulesAdapter('x', X_RULES, X_HOOKS);
