/**
 * Reading text out of hostile page markup, for every adapter: iterative walks (no recursion on
 * deep trees), capped results, never a throw on odd input.
 */
import { collapseWhitespace } from '../shared/text';

/** Longest post text kept, in UTF-16 code units. */
export const MAX_TEXT_CHARS = 20_000;
/** Longest name, handle, headline or context line kept. */
export const MAX_LINE_CHARS = 500;
/** Longest permalink or profile address kept. */
export const MAX_URL_CHARS = 2_000;
/** Raw characters gathered before giving up on a text walk (collapsing only shortens text). */
const MAX_RAW_CHARS = MAX_TEXT_CHARS * 10;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements whose boundaries separate words even without white space in the markup. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4']);
/** Never text, whatever the page puts in them. */
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
/** X and Bluesky draw emoji as images whose alt is the emoji; longer alts are photo captions. */
const MAX_EMOJI_ALT = 16;
/** Mastodon's custom emoji are images whose alt is their `:shortcode:`: not words of the text. */
const SHORTCODE = /^:[\w-]{1,60}:$/;

/** How a site writes its text: whether buttons hold text, whether emoji are images. */
export interface TextStyle {
  /** Buttons ("Show more", actions) are never part of the text. */
  skipButtons?: boolean;
  /** Short image alts are emoji and are read as text. */
  emojiImages?: boolean;
}
/** Sentinel pushed after a block's children: a text-like node holding one space. */
const SPACE = { nodeType: TEXT_NODE, nodeValue: ' ' } as unknown as Node;

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
 * space, emoji images become their alt text, elements for which `skip` is true are left out.
 */
export function readText(
  root: Node | null | undefined,
  skip: (el: Element) => boolean = () => false,
  max: number = MAX_TEXT_CHARS,
  style: TextStyle = {},
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
    if (NON_TEXT_TAGS.has(tag) || (style.skipButtons && tag === 'BUTTON')) continue;
    if (el !== root && skip(el)) continue;
    if (tag === 'BR') {
      parts.push(' ');
      continue;
    }
    if (style.emojiImages && tag === 'IMG') {
      const alt = el.getAttribute('alt') ?? '';
      if (alt.length <= MAX_EMOJI_ALT && !SHORTCODE.test(alt)) parts.push(alt);
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) stack.push(SPACE);
    // Sibling links rather than `childNodes`: no list object per element, no indexed lookups.
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    if (block) parts.push(' ');
  }
  return cap(collapseWhitespace(parts.join('')), max);
}

/**
 * The first element under `root` that matches `selector` and that `accept` takes (e.g. one that
 * belongs to this post, not to a post nested in it). Usually that is the first match, so the
 * other matches are only listed when it is not.
 */
export function firstMatch(
  root: ParentNode,
  selector: string,
  accept: (el: Element) => boolean,
): Element | undefined {
  const first = root.querySelector(selector);
  if (!first || accept(first)) return first ?? undefined;
  const all = root.querySelectorAll(selector);
  for (let i = 1; i < all.length; i++) if (accept(all[i]!)) return all[i];
  return undefined;
}

/** A single line of text (name, headline, context), capped short. */
export function readLine(
  root: Node | null | undefined,
  skip?: (el: Element) => boolean,
  style?: TextStyle,
): string {
  return readText(root, skip, MAX_LINE_CHARS, style);
}

/** An attribute value or other string as a single capped line. */
export function cleanLine(s: string | null | undefined): string {
  return cap(collapseWhitespace(s ?? ''), MAX_LINE_CHARS);
}
