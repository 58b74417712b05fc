/**
 * X (x.com, twitter.com). Class names are hashes that change with every deploy, so everything is
 * selected by `data-testid`, roles and link shapes. A repost is the original tweet: X renders the
 * original's author and status link, with "… reposted" in `socialContext`. Replies on a single-post
 * page are `<article>`s with their own status ids, so they are posts of their own.
 */
import { hostsOf } from './networks';
import { readText } from './rules-dom';
import { rulesAdapter, type Draft, type RulesHooks, type SiteRules } from './rules';

export const X_RULES: SiteRules = {
  hosts: hostsOf('x'),
  // Ads are sometimes rendered without the tweet test id, always directly in placementTracking.
  container: 'article[data-testid="tweet"], [data-testid="placementTracking"] > article',
  // The first profile link in the name block holds the display name; the second the `@handle`.
  // In a post embedded in an X Article (`simpleTweet`) neither is a link, and the only link is
  // the timestamp's: the name is then the block's first line.
  authorName: [
    '[data-testid="User-Name"] a[href^="/"]:not([href*="/status/"])',
    '[data-testid="User-Name"] > :first-child',
    '[data-testid="User-Name"]',
  ],
  authorHandle: '[data-testid="User-Name"]',
  authorProfile: [
    '[data-testid="User-Name"] a[href^="/"]:not([href*="/status/"])',
    '[data-testid="Tweet-User-Avatar"] a[href^="/"]',
  ],
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

/** A post that is an X Article: its text is the article's title and body, not `tweetText`. */
const ARTICLE = {
  title: '[data-testid="twitter-article-title"]',
  body: '[data-testid="twitterArticleRichTextView"], [data-testid="longformRichTextComponent"]',
} as const;
const TEXT = '[data-testid="tweetText"]';

/**
 * The text of an X Article post. Articles embed posts of their own (`simpleTweet`, each an
 * `article`), whose text is theirs: only an article block that belongs to this post is read.
 */
function articleText(box: Element): string {
  const body = box.querySelector(ARTICLE.body);
  if (!body || body.closest('article') !== box) return '';
  const title = box.querySelector(ARTICLE.title);
  return [readText(title), readText(body)].filter(Boolean).join(' ');
}

/**
 * Whether the post's text is X's automatic translation: X then puts a notice with a "show
 * original" button just before the text (in the reader's language, so only its shape is read),
 * and the original is not in the page until that button is pressed.
 */
function isTranslation(box: Element): boolean {
  const text = box.querySelector(TEXT);
  const notice = text?.previousElementSibling;
  return !!notice && !notice.hasAttribute('data-testid') && notice.querySelector('button') !== null;
}

/**
 * Handle from the profile link when the name block shows none; permalink without extra parts; an
 * Article's text; whether the text is a translation.
 */
function refine(d: Draft, box: Element): Draft {
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
  const text = d.text || articleText(box);
  return { ...d, authorHandle, url, text, translated: d.text !== '' && isTranslation(box) };
}

/** Exported so a user's override of X_RULES keeps the code selectors cannot express. */
export const X_HOOKS: RulesHooks = { refine };

export const x = rulesAdapter('x', X_RULES, X_HOOKS);
