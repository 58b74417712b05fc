/**
 * Read-only DOM helpers for the site-rules engine. Page markup is hostile: every helper caps what it
 * returns, walks iteratively (no recursion on deep trees) and never throws on odd input.
 */

import * as text from './dom-text';
import { MAX_LINE_CHARS, MAX_URL_CHARS } from './dom-text';

export { cap, firstMatch, MAX_LINE_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS } from './dom-text';

/** X, Bluesky and Mastodon: buttons are never text, emoji are images with the emoji as alt. */
const STYLE: text.TextStyle = { skipButtons: true, emojiImages: true };

/**
 * Visible text under `root` with white space collapsed: `<br>` and block boundaries become white
 * space, emoji images become their alt text, elements for which `skip` is true are left out.
 */
export function readText(
  root: Node | null | undefined,
  skip: (el: Element) => boolean = () => false,
  max: number = text.MAX_TEXT_CHARS,
): string {
  return text.readText(root, skip, max, STYLE);
}

/** A single line of text (name, headline, context), capped short. */
export function readLine(root: Node | null | undefined, skip?: (el: Element) => boolean): string {
  return text.readLine(root, skip, STYLE);
}

/** Handles as the networks print them: `@name` (X, Bluesky) or `@name@host` (Mastodon). */
const HANDLE_TOKEN = /@([\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+)?)/gu;
/** `name@domain`, or `name@` where the domain is a button (whose text is never read). */
const BARE_HANDLE =
  /^([\p{L}\p{N}_.-]{1,100}@(?:[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+)?)$/u;

/**
 * The handle in a line of text, without its `@`: the last `@token`, since names come before handles
 * and a display name may itself contain an `@`. '' when the line shows none.
 */
export function handleIn(line: string): string {
  // Mastodon 4.6's profile header: `name@domain`, the `@` between the two, none before.
  const bare = BARE_HANDLE.exec(line.trim());
  if (bare?.[1]) return bare[1].replace(/@$/, '');
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
    // Each setter parses the whole address again, and most links carry neither part. (An empty
    // `?` or `#` reads as '' from `search` and `hash` but still shows in `href`.)
    if (url.href.includes('#')) url.hash = '';
    if (url.href.includes('?')) url.search = '';
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

/**
 * A CSS selector, or several tried in order (e.g. a localised aria-label, then a structural one).
 * Here rather than in `rules.ts` so that `rules-profile.ts` needs nothing from it.
 */
export type SelectorList = string | readonly string[];

export function selectorList(s: SelectorList | undefined): readonly string[] {
  if (s === undefined) return [];
  return typeof s === 'string' ? [s] : s;
}
