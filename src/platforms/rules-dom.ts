/**
 * Read-only DOM helpers for the site-rules engine. Page markup is hostile: every helper caps what it
 * returns, walks iteratively (no recursion on deep trees) and never throws on odd input.
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
const NON_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON']);
/** X and Bluesky draw emoji as images whose alt is the emoji; longer alts are photo captions. */
const MAX_EMOJI_ALT = 16;
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
    if (tag === 'IMG') {
      const alt = el.getAttribute('alt') ?? '';
      if (alt.length <= MAX_EMOJI_ALT) parts.push(alt);
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

/** Handles as the networks print them: `@name` (X, Bluesky) or `@name@host` (Mastodon). */
const HANDLE_TOKEN = /@([\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+)?)/gu;

/**
 * The handle in a line of text, without its `@`: the last `@token`, since names come before handles
 * and a display name may itself contain an `@`. '' when the line shows none.
 */
export function handleIn(line: string): string {
  let last = '';
  for (const m of line.slice(0, MAX_LINE_CHARS).matchAll(HANDLE_TOKEN)) last = m[1] ?? '';
  return last.replace(/\.+$/, '');
}

/** The absolute http(s) address of `href` resolved against `base`, without query or fragment. */
export function absoluteUrl(href: string | null | undefined, base: URL): URL | null {
  if (!href || href.length > MAX_URL_CHARS) return null;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.search = '';
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The link an element stands for: itself when it carries an href, else its closest link. */
export function hrefOf(el: Element | null): string | null {
  if (!el) return null;
  if (el.hasAttribute('href')) return el.getAttribute('href');
  return el.closest('[href]')?.getAttribute('href') ?? null;
}

/** The document `root` belongs to (a Document is its own). */
export function documentOf(root: ParentNode): Document | null {
  const node = root as Node;
  return node.ownerDocument ?? (node.nodeType === 9 ? (node as Document) : null);
}
