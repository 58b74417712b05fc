// The bars live in closed shadow roots: a page script (and Playwright's selectors) cannot reach
// them. The tests and the bench reach them as the browser's developer tools do, over the DevTools
// protocol.
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** One DevTools session per page, with the DOM domain on. */
export function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (s) => {
        await s.send('DOM.enable');
        return s;
      });
    sessions.set(page, session);
  }
  return session;
}

const HOSTS = '[data-hcp-lens-post]';

/**
 * The closed shadow root of every bar on the page, with its post key, as remote objects. The
 * page's DOM changes under the protocol's node ids (a feed renders as it scrolls): a look-up that
 * loses its node is made again.
 */
async function barRoots(page: Page, key?: string): Promise<{ key: string; objectId: string }[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await barRootsOnce(page, key);
    } catch (error) {
      const lost = /Could not find node|No node with given id/.test(String(error));
      if (!lost || attempt >= 5) throw error;
    }
  }
}

async function barRootsOnce(
  page: Page,
  key?: string,
): Promise<{ key: string; objectId: string }[]> {
  const s = await cdp(page);
  const { root } = await s.send('DOM.getDocument', { depth: 0 });
  const selector = key === undefined ? HOSTS : `[data-hcp-lens-post="${key}"]`;
  const { nodeIds } = await s.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const roots: { key: string; objectId: string }[] = [];
  for (const nodeId of nodeIds) {
    const { node } = await s.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const attrs = node.attributes ?? [];
    const { object } = await s.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (object.objectId) {
      roots.push({
        key: attrs[attrs.indexOf('data-hcp-lens-post') + 1] ?? '',
        objectId: object.objectId,
      });
    }
  }
  return roots;
}

/** A function of the shadow root (and `arg`), sent as source: it may use nothing from here. */
export type InRoot = string;

async function callOn<T>(page: Page, objectId: string, fn: InRoot, arg: unknown): Promise<T> {
  const s = await cdp(page);
  const { result, exceptionDetails } = await s.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (arg) { return (${fn})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'in the bar');
  return result.value as T;
}

/** Runs `fn(root, arg)` in the bar of `key`; null when the post has no bar. */
export async function inBar<T>(
  page: Page,
  key: string,
  fn: InRoot,
  arg?: unknown,
): Promise<T | null> {
  const [bar] = await barRoots(page, key);
  return bar ? callOn<T>(page, bar.objectId, fn, arg) : null;
}

/** Runs `fn(root, arg)` in every bar of the page. */
export async function inEveryBar<T>(
  page: Page,
  fn: InRoot,
  arg?: unknown,
): Promise<{ key: string; value: T }[]> {
  const out: { key: string; value: T }[] = [];
  for (const bar of await barRoots(page))
    out.push({ key: bar.key, value: await callOn<T>(page, bar.objectId, fn, arg) });
  return out;
}

/**
 * What a person sees in the element matching `selector` of a bar: its text nodes and its CSS
 * generated content, in order (the bar draws private text only as generated content).
 */
export const DRAWN_TEXT: InRoot = `function (root, selector) {
  const el = selector ? root.querySelector(selector) : root;
  if (!el) return null;
  const css = (e) => {
    const c = getComputedStyle(e, '::before').content;
    return c && c.startsWith('"') ? JSON.parse(c) : '';
  };
  let out = '';
  const walk = (node) => {
    if (node.nodeType === 3) { out += node.data; return; }
    if (node.nodeType !== 1 || node.localName === 'style') return;
    out += css(node);
    for (const child of node.childNodes) walk(child);
  };
  if (el.nodeType === 11) for (const child of el.childNodes) walk(child); else walk(el);
  return out;
}`;

/** What the bar of `key` shows in `selector` (the whole bar without one). */
export function barText(page: Page, key: string, selector = ''): Promise<string | null> {
  return inBar<string | null>(page, key, DRAWN_TEXT, selector);
}

/** How many bars show a verdict (the background has answered for them). */
export async function verdictCount(
  page: Page,
  selector = '.badge.hcp, .badge.not-hcp',
): Promise<number> {
  const bars = await inEveryBar<boolean>(
    page,
    `(root, s) => root.querySelector(s) !== null`,
    selector,
  );
  return bars.filter((b) => b.value).length;
}
