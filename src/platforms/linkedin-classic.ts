/**
 * The classic LinkedIn feed markup (Ember, BEM class names), still served on post pages and to
 * some accounts: `.feed-shared-update-v2[data-urn]` cards whose names and headlines are written
 * twice, once `aria-hidden` and once `visually-hidden`.
 */
import {
  type CardFields,
  cleanLine,
  isPromotedLabel,
  firstOwn,
  ownAll,
  profileUrl,
  readLine,
  readText,
} from './linkedin-dom';

/** Every selector the classic reader uses. A broken selector is fixed here and only here. */
export const CLASSIC_SELECTORS = {
  /** A post card; `data-urn` holds its urn. */
  card: '.feed-shared-update-v2[data-urn]',
  /**
   * Things nested in a card that are not the card itself: reshared originals and comments. What is
   * inside them is never read as the card's own author or text.
   */
  nested:
    '.feed-shared-update-v2, .update-components-mini-update-v2, .feed-shared-mini-update-v2, ' +
    '.comments-comment-item, .comments-comment-entity, .comments-comments-list',
  /** The actor (author) block: avatar, name, headline, time. The overlay goes after it. */
  actor: '.update-components-actor',
  name: '.update-components-actor__name',
  title: '.update-components-actor__title',
  headline: '.update-components-actor__description',
  subDescription: '.update-components-actor__sub-description',
  profileLink: 'a.update-components-actor__meta-link, a.update-components-actor__image',
  /** The commentary (post text); the "…more" toggle is a sibling button. */
  text: '.update-components-text, .feed-shared-update-v2__commentary',
  /** "Jane Doe reposted this", "… likes this", "Suggested". */
  header: '.update-components-header',
  controlMenu: '.feed-shared-control-menu button[aria-label]',
  /** The screen-reader copy of doubled text. */
  visuallyHidden: 'visually-hidden',
  /** The visible copy of doubled text. */
  visibleCopy: '[aria-hidden="true"]',
} as const;

const S = CLASSIC_SELECTORS;
/** Urns a classic card carries, on the card (`data-urn`) or its wrapper (`data-id`). */
const URN = /^urn:li:(activity|share|ugcPost):(\d{1,30})$/;
/**
 * A promoted post's urn: `urn:li:sponsoredContentV2:(urn:li:share:N,urn:li:sponsoredCreative:M)`.
 * The post is the share or ugcPost inside; the wrapper itself marks the card as an ad.
 */
const SPONSORED_URN =
  /^urn:li:sponsoredContentV2:\((urn:li:(?:share|ugcPost):\d{1,30}),urn:li:sponsoredCreative:\d{1,30}\)$/;
/** The control menu's label, the name's fallback (English only). */
const CONTROL_MENU_LABEL = /^Open control menu for post by (.+)$/;

const OWNER = `${S.card}, ${S.nested}`;

/** The card or nested item an element belongs to. */
function ownerOf(el: Element): Element | null {
  return el.closest(OWNER);
}

function first(card: Element, selector: string): Element | undefined {
  return firstOwn(card, selector, ownerOf);
}

const skipScreenReaderCopy = (el: Element): boolean =>
  el.classList.contains(S.visuallyHidden) || el.tagName.toUpperCase() === 'BUTTON';

/** One copy of text LinkedIn writes twice: the visible copy, else the screen-reader one. */
function readDoubled(el: Element | undefined): string {
  if (!el) return '';
  const visible = readLine(el.querySelector(S.visibleCopy), skipScreenReaderCopy);
  if (visible) return visible;
  const hidden = readLine(el.querySelector(`.${S.visuallyHidden}`));
  return hidden || readLine(el, skipScreenReaderCopy);
}

function urnCandidates(card: Element): string[] {
  return [
    card.getAttribute('data-urn'),
    card.parentElement?.getAttribute('data-id'),
    card.parentElement?.parentElement?.getAttribute('data-id'),
  ].map((value) => (value ?? '').trim());
}

/** The card's urn: an activity urn wins over a share / ugcPost one (a promoted post's included). */
function readUrn(card: Element): string | null {
  let other: string | null = null;
  for (const value of urnCandidates(card)) {
    const m = URN.exec(value);
    if (m?.[1] === 'activity') return m[0];
    other ??= m?.[0] ?? SPONSORED_URN.exec(value)?.[1] ?? null;
  }
  return other;
}

/** Whether the card carries a sponsored-content urn: an ad, whatever its label says. */
function isSponsored(card: Element): boolean {
  return urnCandidates(card).some((value) => SPONSORED_URN.test(value));
}

function readName(card: Element): string {
  const name = readDoubled(first(card, S.name) ?? first(card, S.title));
  if (name) return name;
  for (const button of ownAll(card, S.controlMenu, ownerOf)) {
    const m = CONTROL_MENU_LABEL.exec(cleanLine(button.getAttribute('aria-label')));
    if (m?.[1]) return m[1];
  }
  return '';
}

/** Whether `el` is a classic post card. */
export function isClassicCard(el: Element): boolean {
  return el.matches(S.card);
}

/** Reads a classic card. Cards render whole on the server, so this never waits for more. */
export function readClassic(card: Element, pageUrl: URL): CardFields {
  const profileHref = first(card, S.profileLink)?.getAttribute('href') ?? null;
  const subDescription = readDoubled(first(card, S.subDescription));
  const context = readLine(first(card, S.header), skipScreenReaderCopy);
  const textEl = first(card, S.text);
  return {
    urn: readUrn(card),
    authorName: readName(card),
    authorHeadline: readDoubled(first(card, S.headline)),
    authorProfileUrl: profileUrl(profileHref, pageUrl),
    text: readText(textEl, skipScreenReaderCopy),
    promoted: isSponsored(card) || isPromotedLabel(subDescription) || isPromotedLabel(context),
    context,
  };
}

/**
 * The classic actor block, after which the overlay goes. Post pages hash the block's own class
 * (its parts keep theirs): the block is then the widest ancestor of the author's link that holds
 * neither the post text nor the control menu.
 */
export function classicAnchor(card: Element): Element | null {
  const actor = first(card, S.actor);
  if (actor) return actor;
  const link = first(card, S.profileLink) ?? first(card, S.name) ?? first(card, S.title);
  if (!link) return null;
  const stops = `${S.text}, ${S.controlMenu}, ${S.header}, h2`;
  let block = link;
  for (let parent = block.parentElement; parent && parent !== card; parent = parent.parentElement) {
    if (parent.querySelector(stops)) break;
    block = parent;
  }
  return block;
}
