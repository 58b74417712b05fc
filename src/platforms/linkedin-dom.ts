/**
 * Read-only DOM helpers shared by both LinkedIn markups. Page text is hostile: readers cap what they
 * return, walk iteratively (no recursion on deep trees) and never throw on odd input.
 */
import { collapseWhitespace } from '../shared/text';

import { cap, firstMatch } from './dom-text';

export { cap, cleanLine, MAX_LINE_CHARS, MAX_TEXT_CHARS, readLine, readText } from './dom-text';

/** Ad labels as LinkedIn writes them across locales ("Promoted", "Promoted by …", "Gesponsert"). */
const PROMOTED_LABEL =
  /^(promoted|sponsored|promoted by .+|sponsored by .+|gesponsert|sponsorisé|sponsorisée|promu|promocionado|promocionada|patrocinado|promosso|sponsorizzato|gepromoot|gesponsord|promowane|sponsorowane|sponsrad|sponset|sponsoreret|sponsoroitu|reklam|tanıtılan|öne çıkan|реклама|продвигается|프로모션|プロモーション|推广|已推广|प्रचारित)$/i;

/** Whether `s` is one of LinkedIn's ad labels, alone or before a " • …" separator. */
export function isPromotedLabel(s: string): boolean {
  return s.length <= 80 && PROMOTED_LABEL.test(collapseWhitespace(s.replace(/•.*$/s, '')));
}

/** Profile, company, school and showcase pages: the addresses an author link points to. */
const PROFILE_PATH = /^\/(in|company|school|showcase)\/[^/?#]+/;

/** The absolute http(s) address of `href` resolved against the page, or null. */
function resolve(href: string | null, pageUrl: URL): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Absolute profile address without query string or fragment; '' when `href` is not a profile. */
export function profileUrl(href: string | null, pageUrl: URL): string {
  const url = resolve(href, pageUrl);
  if (!url || !PROFILE_PATH.test(url.pathname)) return '';
  return cap(`${url.origin}${url.pathname}`, 2_000);
}

/** Whether the link `a` points at a LinkedIn member, company, school or showcase page. */
export function isProfileLink(a: Element, pageUrl: URL): boolean {
  return profileUrl(a.getAttribute('href'), pageUrl) !== '';
}

/** The post's permalink, rebuilt from its urn. */
export function permalink(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}

/**
 * Elements under `container` matching `selector` that belong to it rather than to a card nested in
 * it (a comment, a reshared post): `ownerOf(el)` must return `container`.
 */
export function ownAll(
  container: Element,
  selector: string,
  ownerOf: (el: Element) => Element | null,
): Element[] {
  return Array.from(container.querySelectorAll(selector)).filter((el) => ownerOf(el) === container);
}

/** The first of `ownAll`, without listing the matches after it. */
export function firstOwn(
  container: Element,
  selector: string,
  ownerOf: (el: Element) => Element | null,
): Element | undefined {
  return firstMatch(container, selector, (el) => ownerOf(el) === container);
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  // 4 = Node.DOCUMENT_POSITION_FOLLOWING (no global Node outside a DOM environment).
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** What a markup reader finds in one card; the adapter turns it into a PostSnapshot. */
export interface CardFields {
  /** `urn:li:activity:N` (or `urn:li:share:N` / `urn:li:ugcPost:N`), null when the card has none. */
  urn: string | null;
  authorName: string;
  authorHeadline: string;
  authorProfileUrl: string;
  text: string;
  promoted: boolean;
  context: string;
}
