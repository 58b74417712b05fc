/**
 * The 2026 LinkedIn feed markup (React, hashed class names that change per build, so never
 * selected on): cards are `[role="listitem"]` in `[data-testid="mainFeed"]`, comments are list
 * items nested in a card, and the activity id exists only inside the comment-tools `componentkey`.
 */
import {
  type CardFields,
  cleanLine,
  isProfileLink,
  isPromotedLabel,
  firstOwn,
  ownAll,
  precedes,
  profileUrl,
  readLine,
  readText,
} from './linkedin-dom';
import { postUrnFromComponentKey } from './protobuf-key';

/** Every selector and label pattern the 2026 reader uses; fix a broken one here only. */
export const FEED_2026_SELECTORS = {
  /**
   * The feed list; only list items inside it are post cards. Two independent marks, so one
   * attribute dropped by a redesign does not hide every post: the test id, and the lazy column's
   * componentkey (`container-update-list_mainFeed-lazy-container`).
   */
  feed: '[data-testid="mainFeed"], [componentkey*="mainFeed"]',
  /** A card, and also a comment (a list item nested in a card). */
  card: '[role="listitem"]',
  /** A feed card marks itself too: its componentkey ends with the feed type. */
  feedCard: '[role="listitem"][componentkey*="FeedType_"]',
  /** The post text; its "… more" button sits inside it. */
  textBox: '[data-testid="expandable-text-box"]',
  moreButton: '[data-testid="expandable-text-button"]',
  /**
   * Comment tools, whose key starts with the base64 protobuf naming the post: in `componentkey`
   * on the feed, in `id` on some other surfaces.
   */
  commentTools: '[componentkey*="-replaceableCommentTools"], [id*="-replaceableCommentTools"]',
  componentKeyAttr: 'componentkey',
  link: 'a[href]',
  paragraph: 'p',
  buttonWithLabel: 'button[aria-label]',
  /** Section headings ("Feed post"), screen-reader only. */
  heading: 'h1, h2, h3, h4',
  /** "Open control menu for post by <author>" (English only: the name paragraph comes first). */
  controlMenuLabel: /^Open control menu for post by (.+)$/,
  /** The author's time line ("5h •", "3 Std. •"): it ends with the bullet in every language. */
  timeLine: /•\s*$/,
  /** The member's degree line ("• 1st", "• 2e"): it starts with the bullet in every language. */
  degreeLine: /^•/,
} as const;

const S = FEED_2026_SELECTORS;

/** The card (or comment) an element belongs to. */
function ownerOf(el: Element): Element | null {
  return el.closest(S.card);
}

function own(card: Element, selector: string): Element[] {
  return ownAll(card, selector, ownerOf);
}

const isButton = (el: Element): boolean => el.tagName.toUpperCase() === 'BUTTON';

/** Whether `el` is a 2026 post card or comment: a list item in the main feed. */
export function is2026ListItem(el: Element): boolean {
  return el.matches(S.card) && (el.matches(S.feedCard) || el.closest(S.feed) !== null);
}

/**
 * The author's name link: the first profile link of the card holding a paragraph (the name),
 * which is never inside a paragraph (social-proof headers put other people's links in one).
 */
function authorLink(card: Element, pageUrl: URL): Element | undefined {
  return own(card, S.link).find(
    (a) =>
      isProfileLink(a, pageUrl) && a.querySelector(S.paragraph) !== null && !a.closest(S.paragraph),
  );
}

/**
 * The block holding the author's profile links (avatar, name, headline, time): the widest
 * ancestor of the name link that holds no other profile, no post text, no heading, no comment
 * tools.
 */
function authorBlock(card: Element, nameLink: Element, pageUrl: URL): Element {
  const authorUrl = profileUrl(nameLink.getAttribute('href'), pageUrl);
  const stops = `${S.textBox}, ${S.heading}, ${S.commentTools}, ${S.card}`;
  let block = nameLink;
  for (let parent = block.parentElement; parent && parent !== card; parent = parent.parentElement) {
    if (parent.querySelector(stops)) break;
    const links = Array.from(parent.querySelectorAll(S.link));
    const otherProfile = links.some((a) => {
      const url = profileUrl(a.getAttribute('href'), pageUrl);
      return url !== '' && url !== authorUrl;
    });
    if (otherProfile) break;
    block = parent;
  }
  return block;
}

/** The post's urn, null when the comment tools have not rendered; 'bad' when undecodable. */
function readUrn(card: Element): string | null | 'bad' {
  const tools = firstOwn(card, S.commentTools, ownerOf);
  if (!tools) return null;
  const key = tools.getAttribute(S.componentKeyAttr) ?? tools.getAttribute('id') ?? '';
  return postUrnFromComponentKey(key) ?? 'bad';
}

/** The name paragraph (the link's first), else the control menu's label (English only). */
function readName(card: Element, nameLink: Element): string {
  const name = readLine(nameLink.querySelector(S.paragraph));
  if (name) return name;
  for (const button of own(card, S.buttonWithLabel)) {
    const m = S.controlMenuLabel.exec(cleanLine(button.getAttribute('aria-label')));
    if (m?.[1]) return m[1];
  }
  return '';
}

/**
 * The author block's lines after the name, in order: LinkedIn puts the degree line, the headline,
 * the time line and an ad's label inside the name link, older cards put them after it. A nested
 * link ("Visit my website") is not the author's.
 */
function linesAfterName(block: Element, nameLink: Element): Element[] {
  const name = nameLink.querySelector(S.paragraph);
  return Array.from(block.querySelectorAll(S.paragraph)).filter((p) => {
    if (p === name || !precedes(nameLink, p)) return false;
    const link = p.closest(S.link);
    return link === null || link === nameLink;
  });
}

/** The first line after the name that is neither the degree line nor the time line (or label). */
function readHeadline(block: Element, nameLink: Element): string {
  for (const p of linesAfterName(block, nameLink)) {
    if (p.hasAttribute(S.componentKeyAttr)) continue;
    const line = readLine(p);
    if (line && !S.timeLine.test(line) && !S.degreeLine.test(line)) return line;
  }
  return '';
}

/**
 * Whether the author block marks an ad. Where the time line would be, an ad shows its label
 * ("Promoted", "Gesponsert"): a keyed line that does not end with the time line's bullet, on a
 * card that has no time line, is the label whatever the interface language.
 */
function promotedInBlock(block: Element, nameLink: Element): boolean {
  let label = false;
  let time = false;
  for (const p of linesAfterName(block, nameLink)) {
    const line = readLine(p);
    if (isPromotedLabel(line)) return true;
    if (!p.hasAttribute(S.componentKeyAttr) || !line) continue;
    if (S.timeLine.test(line)) time = true;
    else label = true;
  }
  return label && !time;
}

interface Header {
  context: string;
  promoted: boolean;
}

/**
 * The lines above the author block: a social-proof line ("Priyanka Lal likes this", with links)
 * kept as context, and an ad label in one of LinkedIn's languages. An unlinked header line is not
 * taken for an ad by itself: "Suggested" is one too, in whatever language the interface speaks.
 */
function readHeader(card: Element, block: Element, nameLink: Element): Header {
  let context = '';
  let labelled = false;
  for (const p of own(card, S.paragraph)) {
    if (block.contains(p) || !precedes(p, block) || p.closest(S.heading)) continue;
    const line = readLine(p);
    if (!line) continue;
    if (p.querySelector(S.link)) context ||= line;
    else if (isPromotedLabel(line)) labelled = true;
  }
  return { context, promoted: labelled || promotedInBlock(block, nameLink) };
}

/**
 * Reads a 2026 card. Null while it is not rendered enough to read: no author link or no text box
 * yet, or a comment-tools key that does not decode. A missing comment-tools element gives
 * `urn: null` (the adapter may still key the card from a single-post page's address).
 */
export function read2026(card: Element, pageUrl: URL): CardFields | null {
  const urn = readUrn(card);
  if (urn === 'bad') return null;
  const nameLink = authorLink(card, pageUrl);
  const textBox = firstOwn(card, S.textBox, ownerOf);
  if (!nameLink || !textBox) return null;
  const block = authorBlock(card, nameLink, pageUrl);
  const header = readHeader(card, block, nameLink);
  return {
    urn,
    authorName: readName(card, nameLink),
    authorHeadline: readHeadline(block, nameLink),
    authorProfileUrl: profileUrl(nameLink.getAttribute('href'), pageUrl),
    text: readText(textBox, (el) => isButton(el) || el.matches(S.moreButton)),
    promoted: header.promoted,
    context: header.context,
  };
}

/** The block holding the author's profile links, after which the overlay goes. */
export function anchor2026(card: Element, pageUrl: URL): Element | null {
  const nameLink = authorLink(card, pageUrl);
  return nameLink ? authorBlock(card, nameLink, pageUrl) : null;
}
