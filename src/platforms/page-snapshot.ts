/**
 * "Report a page HCP Lens misreads": a structural snapshot of a page's posts that can be sent to
 * whoever maintains the site rules without showing what the user saw. Elements keep their tag, and
 * attributes that describe markup (role, test ids, classes); every text becomes its length, every
 * label its length, every link its shape (`https://x.com/<handle:8>/status/<digits:19>`), every
 * id-like run of digits or letters its kind and length. `materialize` turns a snapshot back into a
 * page of the same shape, with stand-in text, so site rules can be tested against it.
 * Pure DOM reads and zod-free: it runs in the content script (snapshot) and in the dashboard.
 */
import type { PlatformId } from './networks';

export const SNAPSHOT_FORMAT = 'hcp-lens-page-snapshot';
/** The message the popup sends a tab for its snapshot. */
export const PAGE_SNAPSHOT_REQUEST = 'page/snapshot';

/** A text node: its length, or the shape of a handle (`@<handle:8>`), which readers look for. */
export type SnapText = number | string;
export interface SnapElement {
  tag: string;
  attrs?: Record<string, string>;
  children?: SnapNode[];
}
export type SnapNode = SnapElement | SnapText;

export interface PageSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: 1;
  platform: PlatformId;
  /** The page's address, as a shape. */
  url: string;
  takenAt: string;
  /** Posts the site rules found when the snapshot was taken. */
  postsFound: number;
  /** The page's body, reduced to the posts (or post-like items) and the elements around them. */
  body: SnapElement;
}

/** Posts (or, when none is found, post-like items) kept, and elements written at most. */
const MAX_ITEMS = 20;
const MAX_NODES = 40_000;
/** Items that look like posts when the rules find none (as `content/health.ts` counts them). */
const POST_LIKE = 'article, [role="article"], [role="listitem"]';
/** Path parts kept as they are: the words sites build addresses from, never a name or an id. */
const URL_WORDS = new Set(
  [
    'status statuses post posts profile feed update updates in company school showcase photo',
    'video analytics hashtag tags i web newsfeed reposted-by liked-by quotes recent-activity',
    'comments all redir redirect urn li activity share ugcPost sponsoredContentV2',
    'sponsoredCreative home notifications explore search lists media',
  ]
    .join(' ')
    .split(' '),
);
/** Attributes whose value is page text: kept as its length. */
const TEXT_ATTRS = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'value',
  'content',
  'datetime',
  'data-tooltip',
]);
const URL_ATTRS = new Set(['href', 'src', 'action', 'data-href', 'poster']);
const DROPPED_ATTRS = /^(?:on|style$|srcset$|nonce$|integrity$)/i;
const NON_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'IFRAME']);

/** A path part or token as its kind and length: `<digits:19>`, `<handle:8>`, `<text:12>`. */
function tokenShape(s: string): string {
  if (/^\d+$/.test(s)) return `<digits:${s.length}>`;
  if (/^[\w.@-]+$/.test(s)) return `<handle:${s.length}>`;
  return `<text:${s.length}>`;
}

function partShape(part: string): string {
  if (part === '' || URL_WORDS.has(part)) return part;
  if (part.startsWith('@')) return `@${partShape(part.slice(1))}`;
  if (part.includes(':')) return part.split(':').map(partShape).join(':');
  return tokenShape(part);
}

/** A link's shape: the page's own host kept, any other host's length; names and ids as shapes. */
export function urlShape(href: string, base: URL): string {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return `<text:${href.length}>`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol}<text>`;
  const host = url.host === base.host ? url.host : `<host:${url.host.length}>`;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  const shaped = path.split('/').map(partShape).join('/');
  // A link written relative to the page stays relative: rules select links by how they start.
  if (href.startsWith('/') && !href.startsWith('//')) return shaped;
  return `${url.protocol}//${host}${shaped}`;
}

/** An attribute value that names markup, with what could name a person or a post masked. */
function maskValue(value: string): string {
  return value
    .replace(
      /(-by-|Container-)([\w.:-]+)/g,
      (_m, lead: string, who: string) => lead + tokenShape(who),
    )
    .replace(/@[\w.-]+/g, (m) => `@${tokenShape(m.slice(1))}`)
    .replace(/[A-Za-z0-9+/_=-]{16,}/g, (m) =>
      /\d/.test(m) && /[A-Za-z]/.test(m) ? `<token:${m.length}>` : m,
    )
    .replace(/\d{3,}/g, (m) => `<digits:${m.length}>`);
}

/** A text node as its length, or a handle as its shape. */
function textShape(text: string): SnapText | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const handle = /^@([\w.-]+(?:@[\w.-]+)?)$/.exec(t);
  return handle ? `@<handle:${(handle[1] ?? '').length}>` : t.length;
}

interface Budget {
  nodes: number;
}

function elementShape(el: Element, base: URL, deep: boolean, budget: Budget): SnapElement {
  budget.nodes++;
  const out: SnapElement = { tag: el.tagName.toLowerCase() };
  const attrs: Record<string, string> = {};
  for (const { name, value } of Array.from(el.attributes)) {
    if (DROPPED_ATTRS.test(name)) continue;
    if (TEXT_ATTRS.has(name)) attrs[name] = `<text:${value.length}>`;
    else if (URL_ATTRS.has(name)) attrs[name] = urlShape(value, base);
    // Class names are the markup's own words (hashed ones included): rules select on them.
    else if (name === 'class') attrs[name] = value;
    else attrs[name] = maskValue(value);
  }
  if (Object.keys(attrs).length > 0) out.attrs = attrs;
  if (!deep) return out;
  const children: SnapNode[] = [];
  for (let c = el.firstChild; c && budget.nodes < MAX_NODES; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const t = textShape(c.nodeValue ?? '');
      if (t !== null) children.push(t);
    } else if (c.nodeType === 1 && !NON_CONTENT.has((c as Element).tagName)) {
      children.push(elementShape(c as Element, base, true, budget));
    }
  }
  if (children.length > 0) out.children = children;
  return out;
}

/**
 * The snapshot of `doc`: the posts `findPosts` returns (or post-like items when it finds none),
 * each whole, inside the chain of elements that holds them (those without their other children).
 */
export function takeSnapshot(
  doc: Document,
  platform: PlatformId,
  findPosts: (root: ParentNode) => Element[],
  now = new Date(),
): PageSnapshot {
  const base = new URL(doc.location?.href ?? 'https://invalid.example/');
  const found = findPosts(doc);
  const items = (found.length > 0 ? found : Array.from(doc.querySelectorAll(POST_LIKE))).slice(
    0,
    MAX_ITEMS,
  );
  const budget: Budget = { nodes: 0 };
  const shapes = new Map<Element, SnapElement>();
  const body = elementShape(doc.body, base, false, budget);
  shapes.set(doc.body, body);
  /** The shape of `el`'s chain up to the body, each link made once; returns `el`'s shape. */
  const chain = (el: Element): SnapElement => {
    const known = shapes.get(el);
    if (known) return known;
    const parent = el.parentElement ? chain(el.parentElement) : body;
    const shape = elementShape(el, base, false, budget);
    (parent.children ??= []).push(shape);
    shapes.set(el, shape);
    return shape;
  };
  for (const item of items) {
    if (item.parentElement && !items.some((o) => o !== item && o.contains(item))) {
      const parent = chain(item.parentElement);
      (parent.children ??= []).push(elementShape(item, base, true, budget));
    }
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: 1,
    platform,
    url: urlShape(base.href, base),
    takenAt: now.toISOString(),
    postsFound: found.length,
    body,
  };
}

/** Stand-in values for shapes, so rules written for real pages can read the rebuilt one. */
function fill(shape: string): string {
  return shape
    .replace(/<digits:(\d+)>/g, (_m, n: string) => '1'.repeat(Math.min(Number(n), 30)))
    .replace(/<(handle|token|host):(\d+)>/g, (_m, _k, n: string) =>
      'h'.repeat(Math.min(Number(n), 60)),
    )
    .replace(/<text(?::(\d+))?>/g, (_m, n?: string) => 'x'.repeat(Math.min(Number(n ?? 1), 200)));
}

/** A page of the snapshot's shape, in `doc` (an empty document of the dashboard's). */
export function materialize(snapshot: PageSnapshot, doc: Document): Document {
  const build = (node: SnapNode, parent: Element): void => {
    if (typeof node === 'number') {
      parent.append(doc.createTextNode('x'.repeat(Math.min(node, 20_000))));
      return;
    }
    if (typeof node === 'string') {
      parent.append(doc.createTextNode(fill(node)));
      return;
    }
    let el: Element;
    try {
      el = doc.createElement(node.tag);
    } catch {
      el = doc.createElement('div');
    }
    for (const [name, value] of Object.entries(node.attrs ?? {})) {
      try {
        el.setAttribute(name, fill(value));
      } catch {
        // An attribute name the DOM refuses is left out.
      }
    }
    for (const child of node.children ?? []) build(child, el);
    parent.append(el);
  };
  doc.body.replaceChildren();
  for (const child of snapshot.body.children ?? []) build(child, doc.body);
  return doc;
}

/** The address the snapshot's page had, with stand-ins: the rules' key patterns run on it. */
export function snapshotUrl(snapshot: PageSnapshot): URL {
  try {
    return new URL(fill(snapshot.url));
  } catch {
    return new URL('https://invalid.example/');
  }
}
