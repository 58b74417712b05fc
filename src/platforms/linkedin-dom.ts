/**
 * Read-only DOM helpers shared by both LinkedIn markups. Page text is hostile: readers cap what they
 * return, walk iteratively (no recursion on deep trees) and never throw on odd input.
 */
import { collapseWhitespace } from '../shared/text';

/** Longest post text kept, in UTF-16 code units. */
export const MAX_TEXT_CHARS = 20_000;
/** Longest name, headline or context line kept. */
export const MAX_LINE_CHARS = 500;
/** Raw characters gathered before giving up on a text walk (collapsing only shortens text). */
const MAX_RAW_CHARS = MAX_TEXT_CHARS * 10;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements whose boundaries separate words even without white space in the markup. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4']);
/** Never text, whatever the page puts in them. */
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

/** Sentinel pushed after a block's children: a text-like node holding one space. */
const SPACE = { nodeType: TEXT_NODE, nodeValue: ' ' } as unknown as Node;

/** Ad labels as LinkedIn writes them across locales ("Promoted", "Promoted by …", "Gesponsert"). */
const PROMOTED_LABEL =
  /^(promoted|sponsored|promoted by .+|sponsored by .+|gesponsert|sponsorisé|sponsorisée|promu|promocionado|promocionada|patrocinado|promosso|sponsorizzato|gepromoot|gesponsord|promowane|sponsorowane|sponsrad|sponset|sponsoreret|sponsoroitu|reklam|реклама|продвигается|프로모션|プロモーション|推广|已推广|प्रचारित)$/i;

/** Cuts `s` to `max` code units without leaving half a surrogate pair. */
export function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * Visible text under `root` with white space collapsed: `<br>` and block boundaries become white
 * space, elements for which `skip` is true (buttons, screen-reader copies) are left out.
 */
export function readText(
  root: Node | null | undefined,
  skip: (el: Element) => boolean = () => false,
  max: number = MAX_TEXT_CHARS,
): string {
  if (!root) return '';
  const parts: string[] = [];
  let raw = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && raw < MAX_RAW_CHARS) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      parts.push(data);
      raw += data.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (NON_TEXT_TAGS.has(tag) || (el !== root && skip(el))) continue;
    if (tag === 'BR') {
      parts.push(' ');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) stack.push(SPACE);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
    if (block) parts.push(' ');
  }
  return cap(collapseWhitespace(parts.join('')), max);
}

/** A single line of text (name, headline, context), capped short. */
export function readLine(root: Node | null | undefined, skip?: (el: Element) => boolean): string {
  return readText(root, skip, MAX_LINE_CHARS);
}

/** An attribute value or other string as a single capped line. */
export function cleanLine(s: string | null | undefined): string {
  return cap(collapseWhitespace(s ?? ''), MAX_LINE_CHARS);
}

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
