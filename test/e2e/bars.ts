// The bars live in closed shadow roots: a page script (and Playwright's selectors) cannot reach
// them. The tests reach them as the browser's developer tools do, over the DevTools protocol, and
// act on them with real (trusted) mouse and keyboard input only.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
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

/** The closed shadow root of every bar on the page, with its post key, as remote objects. */
async function barRoots(page: Page, key?: string): Promise<{ key: string; objectId: string }[]> {
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

/** An attribute of the first element matching `selector` in the bar of `key`. */
export function barAttribute(
  page: Page,
  key: string,
  selector: string,
  name: string,
): Promise<string | null> {
  return inBar<string | null>(
    page,
    key,
    `(root, [s, n]) => root.querySelector(s)?.getAttribute(n) ?? null`,
    [selector, name],
  );
}

/** How many elements match `selector` in the bar of `key` (0 without a bar). */
export async function barCount(page: Page, key: string, selector: string): Promise<number> {
  return (
    (await inBar<number>(page, key, `(root, s) => root.querySelectorAll(s).length`, selector)) ?? 0
  );
}

/** The box of the first element matching `selector` in the bar of `key`, in page coordinates. */
export function barBox(page: Page, key: string, selector: string) {
  return inBar<{ x: number; y: number; width: number; height: number } | null>(
    page,
    key,
    `(root, s) => { const e = root.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
    selector,
  );
}

/** Rests the real pointer on the bar of `key` until its controls open. */
export async function openBar(page: Page, key: string): Promise<void> {
  await page.locator(`[data-hcp-lens-post="${key}"]`).scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        if ((await barCount(page, key, '.more')) === 1) return true;
        const box = await barBox(page, key, '.lens');
        if (box) {
          // Off the bar, then onto it: a pointer already there sends no new pointerenter.
          await page.mouse.move(box.x + box.width / 2, box.y - 40);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
        }
        return false;
      },
      { timeout: 10_000, interval: 400 },
    )
    .toBe(true);
}

/** A real mouse click in the middle of `selector` in the (open) bar of `key`. */
export async function clickInBar(page: Page, key: string, selector: string): Promise<void> {
  await openBar(page, key);
  const box = await barBox(page, key, selector);
  if (!box) throw new Error(`${selector} is not in the bar of ${key}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
