// The bars live in closed shadow roots, out of a page script's reach (and of Puppeteer's `>>>`).
// The tests reach them as WebDriver BiDi allows a test driver to: a node serialised with
// `includeShadowTree: "all"` carries its closed shadow root, on which a function can then run.
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: BidiValue;
  exceptionDetails?: { text: string };
}
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

const connection = (page: Page) =>
  (page.browser() as Browser & { connection: BidiConnection }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Plain JSON from a BiDi remote value (strings, numbers, booleans, null, arrays, objects). */
function plain(v: BidiValue | undefined): unknown {
  if (!v) return undefined;
  switch (v.type) {
    case 'array':
      return (v.value as BidiValue[]).map(plain);
    case 'object':
      return Object.fromEntries((v.value as [string, BidiValue][]).map(([k, x]) => [k, plain(x)]));
    case 'null':
    case 'undefined':
      return null;
    default:
      return v.value;
  }
}

/** Runs `fn(root, arg)` (source text) in the closed shadow root of every bar; one value each. */
export async function inEveryBar<T>(page: Page, fn: string, arg: unknown = null): Promise<T[]> {
  const bidi = connection(page);
  const target = { context: contextOf(page) };
  const { result: hosts } = await bidi.send('script.callFunction', {
    functionDeclaration: '() => [...document.querySelectorAll("[data-hcp-lens-post]")]',
    awaitPromise: false,
    target,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  if (hosts.type !== 'success') throw new Error(hosts.exceptionDetails?.text);
  const roots = (hosts.result!.value as { value?: { shadowRoot?: { sharedId?: string } } }[])
    .map((h) => h.value?.shadowRoot?.sharedId)
    .filter((id): id is string => id !== undefined);
  const out: T[] = [];
  for (const sharedId of roots) {
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration: `(root, arg) => (${fn})(root, JSON.parse(arg))`,
      awaitPromise: false,
      target,
      arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg) }],
    });
    if (result.type !== 'success') throw new Error(result.exceptionDetails?.text);
    out.push(plain(result.result) as T);
  }
  return out;
}

/** Runs `fn(root, arg)` in the bar of post `key`; undefined when it has none. */
export async function inBar<T>(page: Page, key: string, fn: string, arg: unknown = null) {
  const all = await inEveryBar<T | null>(
    page,
    `(root, a) => root.host.getAttribute('data-hcp-lens-post') === a.key ? (${fn})(root, a.arg) : null`,
    { key, arg },
  );
  return all.find((v) => v !== null) ?? undefined;
}

/** A real mouse click in the middle of `selector` in the bar of `key`, opened by the pointer. */
export async function clickInBar(page: Page, key: string, selector: string): Promise<void> {
  const box = (s: string) =>
    inBar<{ x: number; y: number; w: number; h: number }>(
      page,
      key,
      `(root, s) => { const e = root.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; }`,
      s,
    );
  const deadline = Date.now() + 10_000;
  for (;;) {
    const target = await box(selector);
    if (target) {
      await page.mouse.click(target.x + target.w / 2, target.y + target.h / 2);
      return;
    }
    if (Date.now() > deadline) throw new Error(`${selector} never showed in the bar of ${key}`);
    const bar = await box('.lens');
    if (bar) {
      // Off the bar, then onto it: the pointer resting on it opens the controls.
      await page.mouse.move(bar.x + bar.w / 2, bar.y - 40);
      await page.mouse.move(bar.x + bar.w / 2, bar.y + bar.h / 2, { steps: 2 });
    }
    await new Promise((r) => setTimeout(r, 400));
  }
}
