/**
 * Mastodon runs on thousands of hosts, so `matches` takes any https page and the rules only find
 * posts where the page has Mastodon's web UI markup; the registry tries this adapter last. Keys use
 * the page's host and the status id local to it. A boost is the original status: Mastodon renders
 * the original inside the boost's article, with "… boosted" in `.status__prepend`.
 */
import { rulesAdapter, type Draft, type RulesHooks, type SiteRules } from './rules';

export const MASTODON_RULES: SiteRules = {
  page: '#mastodon, .app-holder[data-props], body.app-body .columns-area',
  container: 'article[data-id], .status[data-id], .detailed-status',
  // `.status__info` scoping keeps the booster's link in `.status__prepend` out.
  authorName: ['.display-name__html', '.status__info .display-name strong', '.display-name strong'],
  authorHandle: ['.display-name__account', '.status__info .status__display-name'],
  authorProfile: ['.status__info a.status__display-name', 'a.detailed-status__display-name'],
  text: ['.status__content__text', '.status__content'],
  permalink: ['a.status__relative-time', 'a.detailed-status__datetime', 'a[href] > time'],
  idPattern: '/(?<id>\\d{1,25})$',
  key: 'mastodon:{host}/{id}',
  // Quoted statuses (Mastodon 4.4+) render a whole status inside the quoting one.
  excludeInside: '.status__quote, .quoted-status',
  more: '.status__content__spoiler-link, .status__content__read-more-button',
  context: '.status__prepend',
  anchor: ['.status__info', '.detailed-status__display-name'],
  profile: {
    container: '.account__header, .hover-card',
    handle: ['.account__header__tabs__name small', '.display-name__account', 'small'],
    bio: ['.account__header__content', '.hover-card__bio', '.account__header__bio'],
  },
};

/**
 * The status's own `data-id` is the local id even where the timestamp links to a remote server; in
 * a boost the article's `data-id` is the boost, the inner `.status`'s the original.
 */
function refine(d: Draft, box: Element): Draft {
  const status = box.matches('.status[data-id]') ? box : box.querySelector('.status[data-id]');
  const id = status?.getAttribute('data-id') ?? '';
  return /^\d{1,25}$/.test(id) ? { ...d, vars: { ...d.vars, id } } : d;
}

/** Exported so a user's override of MASTODON_RULES keeps the code selectors cannot express. */
export const MASTODON_HOOKS: RulesHooks = { refine };

export const mastodon = rulesAdapter('mastodon', MASTODON_RULES, MASTODON_HOOKS);
