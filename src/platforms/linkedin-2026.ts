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
import { activityIdFromComponentKey } from './protobuf-key';

/** Every selector and label pattern the 2026 reader uses; fix a broken one here only. */
export const FEED_2026_SELECTORS = {
  /** The feed list; only list items inside it are post cards. */
  feed: '[data-testid="mainFeed"]',
  /** A card, and also a comment (a list item nested in a card). */
  card: '[role="listitem"]',
  /** The post text; its "… more" button sits inside it. */
  textBox: '[data-testid="expandable-text-box"]',
  moreButton: '[data-testid="expandable-text-button"]',
  /** Comment tools, whose componentkey starts with the base64 protobuf holding the activity id. */
  commentTools: '[componentkey*="-replaceableCommentTools"]',
  componentKeyAttr: 'componentkey',
  link: 'a[href]',
  paragraph: 'p',
  buttonWithLabel: 'button[aria-label]',
  /** Section headings ("Feed post"), screen-reader only. */
  heading: 'h1, h2, h3, h4',
  /** "Open control menu for post by <author>" (English only: other locales use the fallback). */
  controlMenuLabel: /^Open control menu for post by (.+)$/,
  /** The author's time line ("5h •"), never the headline. */
  timeLine: /•\s*$/,
  /** Unlinked header lines that are not ads. */
  notAdHeader: /suggest|recommend/i,
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
  return el.matches(S.card) && el.closest(S.feed) !== null;
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

/** The activity urn, null when the comment tools have not rendered; 'bad' when undecodable. */
function readUrn(card: Element): string | null | 'bad' {
  const tools = firstOwn(card, S.commentTools, ownerOf);
  if (!tools) return null;
  const id = activityIdFromComponentKey(tools.getAttribute(S.componentKeyAttr) ?? '');
  return id ? `urn:li:activity:${id}` : 'bad';
}

function readName(card: Element, nameLink: Element): string {
  for (const button of own(card, S.buttonWithLabel)) {
    const m = S.controlMenuLabel.exec(cleanLine(button.getAttribute('aria-label')));
    if (m?.[1]) return m[1];
  }
  return readLine(nameLink.querySelector(S.paragraph));
}

/** The first paragraph after the name link in the author block that is not the time line. */
function readHeadline(block: Element, nameLink: Element): string {
  for (const p of Array.from(block.querySelectorAll(S.paragraph))) {
    if (nameLink.contains(p) || !precedes(nameLink, p) || p.hasAttribute(S.componentKeyAttr)) {
      continue;
    }
    const line = readLine(p);
    if (line && !S.timeLine.test(line)) return line;
  }
  return '';
}

interface Header {
  context: string;
  promoted: boolean;
}

/**
 * The lines above the author block: a social-proof line ("Priyanka Lal likes this", with links)
 * kept as context, and a "Promoted" label. Fallback for labels in other languages: an unlinked
 * header line on a card without social proof counts as an ad label.
 */
function readHeader(card: Element, block: Element): Header {
  let context = '';
  let labelled = false;
  let unlinked = false;
  for (const p of own(card, S.paragraph)) {
    if (block.contains(p) || !precedes(p, block) || p.closest(S.heading)) continue;
    const line = readLine(p);
    if (!line) continue;
    if (p.querySelector(S.link)) {
      context ||= line;
    } else if (isPromotedLabel(line)) {
      labelled = true;
    } else if (!S.notAdHeader.test(line)) {
      unlinked = true;
    }
  }
  const timeLabelled = Array.from(block.querySelectorAll(S.paragraph)).some(
    (p) => !p.closest(S.link) && isPromotedLabel(readLine(p)),
  );
  return { context, promoted: labelled || timeLabelled || (unlinked && context === '') };
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
  const header = readHeader(card, block);
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
