/**
 * LinkedIn adapter. Two markups are live at once, chosen per account and per page, so each card is
 * read by the reader of its own markup and a page may mix them:
 * - classic (`linkedin-classic.ts`): `.feed-shared-update-v2[data-urn]` cards;
 * - 2026 (`linkedin-2026.ts`): `[role="listitem"]` cards in `[data-testid="mainFeed"]`, keyed by
 *   the activity id decoded from the comment tools' `componentkey` (`protobuf-key.ts`).
 * Pure DOM reads: no observers, no writes, no browser APIs.
 */
import { anchor2026, FEED_2026_SELECTORS, is2026ListItem, read2026 } from './linkedin-2026';
import { CLASSIC_SELECTORS, classicAnchor, isClassicCard, readClassic } from './linkedin-classic';
import { permalink } from './linkedin-dom';
import { hostsOf } from './networks';
import { hostMatches } from './rules';
import type { PlatformAdapter, PostSnapshot } from './types';

/**
 * Candidates for post cards in either markup, in one query so they come in document order. The
 * feed ancestor is checked per element: a subtree query cannot see ancestors outside the root.
 */
const CARD_CANDIDATES = `${CLASSIC_SELECTORS.card}, ${FEED_2026_SELECTORS.card}`;
/** A single-post page: `/feed/update/urn:li:activity:N/`. */
const SINGLE_POST_PATH = /^\/feed\/update\/(urn:li:(?:activity|share|ugcPost):\d{1,30})\/?$/;
const URN_PARTS = /^urn:li:(activity|share|ugcPost):(\d+)$/;
const ELEMENT_NODE = 1;

/**
 * Whether `el` is a post card of either markup. A 2026 list item that wraps a classic card is not:
 * the classic card inside it is.
 */
function isPost(el: Element): boolean {
  if (isClassicCard(el)) return true;
  return is2026ListItem(el) && el.querySelector(CLASSIC_SELECTORS.card) === null;
}

/** Whether `el` sits inside another post card (a comment, a reshared original). */
function insidePost(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (isPost(p)) return true;
  return false;
}

/** `linkedin:<activity id>`; share and ugcPost urns (no activity id on the card) keep their type. */
function keyOf(urn: string): string {
  const m = URN_PARTS.exec(urn);
  if (!m) return `linkedin:${urn}`;
  return m[1] === 'activity' ? `linkedin:${m[2]}` : `linkedin:${m[1]}:${m[2]}`;
}

/** On a single-post page whose only card carries no id, the page address names the post. */
function singlePostUrn(container: Element, pageUrl: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pageUrl.pathname);
  } catch {
    return null;
  }
  const m = SINGLE_POST_PATH.exec(path);
  if (!m?.[1]) return null;
  const posts = findPosts(container.ownerDocument);
  return posts.length === 1 && posts[0] === container ? m[1] : null;
}

function findPosts(root: ParentNode): Element[] {
  const found: Element[] = [];
  const rootEl = (root as Node).nodeType === ELEMENT_NODE ? (root as Element) : null;
  if (rootEl && isPost(rootEl) && !insidePost(rootEl)) return [rootEl];
  for (const el of Array.from(root.querySelectorAll(CARD_CANDIDATES))) {
    if (isPost(el) && !insidePost(el)) found.push(el);
  }
  return found;
}

/** The address the container's document was loaded from, for resolving relative links. */
function documentUrl(container: Element): URL {
  try {
    return new URL(container.ownerDocument.URL);
  } catch {
    return new URL('https://www.linkedin.com/');
  }
}

function read(container: Element, pageUrl: URL): PostSnapshot | null {
  try {
    const fields = isClassicCard(container)
      ? readClassic(container, pageUrl)
      : read2026(container, pageUrl);
    if (!fields) return null;
    const urn = fields.urn ?? singlePostUrn(container, pageUrl);
    if (!urn) return null;
    return {
      key: keyOf(urn),
      platform: 'linkedin',
      url: permalink(urn),
      authorName: fields.authorName,
      authorHandle: '',
      authorHeadline: fields.authorHeadline,
      authorProfileUrl: fields.authorProfileUrl,
      text: fields.text,
      promoted: fields.promoted,
      context: fields.context,
    };
  } catch {
    return null;
  }
}

function overlayAnchor(container: Element): Element | null {
  try {
    return isClassicCard(container)
      ? classicAnchor(container)
      : anchor2026(container, documentUrl(container));
  } catch {
    return null;
  }
}

export const linkedin: PlatformAdapter = {
  id: 'linkedin',
  matches: (url) => hostMatches(hostsOf('linkedin'), url),
  findPosts,
  read,
  overlayAnchor,
};
