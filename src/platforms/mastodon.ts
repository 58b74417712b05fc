/**
 * Mastodon runs on thousands of hosts, so `matches` takes any https page and the rules only find
 * posts where the page has Mastodon's web UI markup; the registry tries this adapter last. Keys use
 * the page's host and the status id local to it. A boost is the original status: Mastodon renders
 * the original inside the boost's article, with "… boosted" in `.status__prepend`.
 */
import { readText } from './rules-dom';
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
    // The 4.6 header (CSS-module classes) writes the handle as `name@<domain button>` in the
    // paragraph after the name's heading.
    handle: [
      '.account__header__tabs__name small',
      '.display-name__account',
      'small',
      '.account__header__tabs__name h1 + p',
    ],
    bio: ['.account__header__content', '.hover-card__bio', '.account__header__bio'],
  },
};

/** Quoted statuses inside a status: their id, warning and text are not the quoting post's. */
const QUOTE = MASTODON_RULES.excludeInside ?? '';
/**
 * A content warning: Mastodon 4.3+ draws it as a banner before the text and leaves the text out
 * until it is opened; older versions put it in `.status__content` beside a hidden text.
 */
const WARNING = '.content-warning, .status__content__spoiler-text, .spoiler-text';

/** The first match under `box` that is not inside a status it quotes. */
function ownFirst(box: Element, selector: string): Element | null {
  for (const el of Array.from(box.querySelectorAll(selector))) {
    const q = el.closest(QUOTE);
    if (!q || q === box || !box.contains(q)) return el;
  }
  return null;
}

/**
 * The status's own `data-id` is the local id even where the timestamp links to a remote server; in
 * a boost the article's `data-id` is the boost, the inner `.status`'s the original. A status
 * quoted inside is not this one: on a quote post's own page the detailed status has no `data-id`
 * of its own, and its id comes from its own permalink. A content warning is the start of the text
 * (the text itself may not be in the page until the warning is opened).
 */
function refine(d: Draft, box: Element): Draft {
  const status = box.matches('.status[data-id]') ? box : ownFirst(box, '.status[data-id]');
  const id = status?.getAttribute('data-id') ?? '';
  const vars = /^\d{1,25}$/.test(id) ? { ...d.vars, id } : d.vars;
  const warningEl = ownFirst(box, WARNING);
  const warning = warningEl ? readText(warningEl) : '';
  const text = warning && !d.text.startsWith(warning) ? `${warning} ${d.text}`.trim() : d.text;
  return { ...d, vars, text };
}

/** Exported so a user's override of MASTODON_RULES keeps the code selectors cannot express. */
export const MASTODON_HOOKS: RulesHooks = { refine };

export const mastodon = rulesAdapter('mastodon', MASTODON_RULES, MASTODON_HOOKS);
