// Accessibility checks for the end-to-end tests: axe-core is injected into the page under test by
// the test (it is never part of the extension), and a serious or critical violation fails. A page
// added later needs one line: `await expectAccessible(page, 'the privacy page')`.
//
// The bar lives in a closed shadow root, and its private text is CSS generated content. It is
// checked in the real page, as shipped: the test reaches the closed root over the DevTools
// protocol, as the browser's developer tools do, and shows it to axe (axe walks `host.shadowRoot`,
// which a closed root does not give). Axe reads names from the DOM only, so a control named by
// generated content is then asked of Chromium's accessibility tree, which is what a screen reader
// reads; and the generated text's contrast is measured from computed colours.
import axe from 'axe-core';
import type { CDPSession, Page } from 'playwright-core';
import { cdp as barsSession } from '../../scripts/lib/bars';
import { expect } from 'vitest';

const FAILING = ['serious', 'critical'];
/** Axe's rules about an accessible name: the bar's names come from generated content. */
const NAME_RULES = new Set([
  'button-name',
  'aria-command-name',
  'aria-toggle-field-name',
  'aria-input-field-name',
  'input-button-name',
  'link-name',
  'label',
]);

export interface AxeReport {
  /** Serious and critical violations, one line each: rule, element, what to fix. */
  violations: string[];
  /** Element checks axe made (passed, failed or left to a person): proof it saw the page. */
  checked: number;
  /** Elements each rule checked, e.g. `{'button-name': 12}`. */
  perRule: Record<string, number>;
  /** Controls axe could not name whose name Chromium reads from generated content (the bar). */
  namedByGeneratedContent: string[];
}

interface RawResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: (string | string[])[]; failureSummary?: string; impact: string | null }[];
}
interface RawResults {
  violations: RawResult[];
  passes: RawResult[];
  incomplete: RawResult[];
}

async function injectAxe(page: Page): Promise<void> {
  // `evaluate` runs over the DevTools protocol: the extension pages' CSP does not apply to it.
  if (await page.evaluate('typeof window.axe === "object"')) return;
  await page.evaluate(axe.source);
}

async function runAxe(page: Page, context: string | null): Promise<RawResults> {
  await injectAxe(page);
  // Sent as source: the test's compiled functions may carry helpers the page does not have.
  return page.evaluate(`(async () => {
    const context = ${JSON.stringify(context)};
    // Every result type in full: the count of elements checked proves what axe saw.
    const r = await window.axe.run(context === null ? document : { include: [context] });
    const keep = (list) => list.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, impact: n.impact })) }));
    return { violations: keep(r.violations), passes: keep(r.passes), incomplete: keep(r.incomplete) };
  })()`) as Promise<RawResults>;
}

function summarise(raw: RawResults): Omit<AxeReport, 'violations' | 'namedByGeneratedContent'> {
  const perRule: Record<string, number> = {};
  let checked = 0;
  for (const r of [...raw.passes, ...raw.violations, ...raw.incomplete]) {
    perRule[r.id] = (perRule[r.id] ?? 0) + r.nodes.length;
    checked += r.nodes.length;
  }
  return { perRule, checked };
}

const describeNode = (rule: RawResult, node: RawResult['nodes'][number]) =>
  `${rule.id} (${node.impact ?? rule.impact}) at ${JSON.stringify(node.target)}: ${rule.help}\n${
    node.failureSummary ?? ''
  }`;

const failing = (rule: RawResult) =>
  rule.nodes.filter((n) => FAILING.includes(n.impact ?? rule.impact ?? ''));

/** Runs axe on the page (or the elements matching `context`). */
export async function axeReport(page: Page, context: string | null = null): Promise<AxeReport> {
  const raw = await runAxe(page, context);
  const violations = raw.violations.flatMap((rule) =>
    failing(rule).map((n) => describeNode(rule, n)),
  );
  return { ...summarise(raw), violations, namedByGeneratedContent: [] };
}

/** Fails with axe's own words when the page has a serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<AxeReport> {
  const report = await axeReport(page);
  expect(report.violations, `${what}:\n${report.violations.join('\n\n')}`).toEqual([]);
  expect(report.checked, `axe checked nothing on ${what}`).toBeGreaterThan(10);
  // AXE_SUMMARY=1: how many element checks each surface had, for a report.
  if (process.env.AXE_SUMMARY) console.info(`axe: ${what}: ${report.checked} checks`);
  return report;
}

/** The bars' DevTools session of the page (`scripts/lib/bars.ts`), with the accessibility tree on. */
const withTree = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = withTree.get(page);
  if (!session) {
    session = barsSession(page).then(async (s) => {
      await s.send('Accessibility.enable');
      return s;
    });
    withTree.set(page, session);
  }
  return session;
}

/** The closed shadow root of the bar of `key`, as a remote object of the page's main world. */
async function barRootObject(page: Page, key: string): Promise<string> {
  const s = await cdp(page);
  const { root } = await s.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await s.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: `[data-hcp-lens-post="${key}"]`,
  });
  if (!nodeId) throw new Error(`no bar for ${key}`);
  const { node } = await s.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error(`the bar of ${key} has no shadow root`);
  const { object } = await s.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return object.objectId!;
}

/** The name Chromium's accessibility tree gives the element matching `selector` in the root. */
async function chromiumName(page: Page, rootId: string, selector: string): Promise<string> {
  const s = await cdp(page);
  const { result } = await s.send('Runtime.callFunctionOn', {
    objectId: rootId,
    functionDeclaration: 'function (s) { return this.querySelector(s); }',
    arguments: [{ value: selector }],
  });
  if (!result.objectId) return '';
  const { nodes } = await s.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  });
  return String(nodes[0]?.name?.value ?? '').trim();
}

/** The accessible name Chromium gives every control of the bar of `key`, e.g. `button "Creating?"`. */
export async function barControlNames(page: Page, key: string): Promise<string[]> {
  const rootId = await barRootObject(page, key);
  const s = await cdp(page);
  const { result } = await s.send('Runtime.callFunctionOn', {
    objectId: rootId,
    functionDeclaration: `function () {
      return [...this.querySelectorAll('button, input, textarea, [role="radio"]')].length;
    }`,
    returnByValue: true,
  });
  const names: string[] = [];
  for (let i = 0; i < (result.value as number); i++) {
    const { result: el } = await s.send('Runtime.callFunctionOn', {
      objectId: rootId,
      functionDeclaration: `function (i) {
        return this.querySelectorAll('button, input, textarea, [role="radio"]')[i];
      }`,
      arguments: [{ value: i }],
    });
    const { nodes } = await s.send('Accessibility.getPartialAXTree', {
      objectId: el.objectId!,
      fetchRelatives: false,
    });
    names.push(`${nodes[0]?.role?.value ?? '?'} "${String(nodes[0]?.name?.value ?? '').trim()}"`);
  }
  return names;
}

/**
 * Runs axe on the bar of `key` in its closed shadow root. A name violation stands only when
 * Chromium's accessibility tree gives the control no name either.
 */
export async function axeBarReport(page: Page, key: string): Promise<AxeReport> {
  const rootId = await barRootObject(page, key);
  const s = await cdp(page);
  // Test browser only: the host's `shadowRoot` answers with its closed root, for axe's walk.
  await s.send('Runtime.callFunctionOn', {
    objectId: rootId,
    functionDeclaration: `function () {
      const root = this;
      Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    }`,
  });
  const raw = await runAxe(page, `[data-hcp-lens-post="${key}"]`);
  const violations: string[] = [];
  const namedByGeneratedContent: string[] = [];
  for (const rule of raw.violations) {
    for (const node of failing(rule)) {
      const inner = node.target[node.target.length - 1];
      const innerSelector = Array.isArray(inner) ? inner[inner.length - 1]! : inner!;
      const name = NAME_RULES.has(rule.id) ? await chromiumName(page, rootId, innerSelector) : '';
      if (name) namedByGeneratedContent.push(`${innerSelector} "${name}"`);
      else violations.push(describeNode(rule, node));
    }
  }
  return { ...summarise(raw), violations, namedByGeneratedContent };
}

/** Fails when the bar of `key` has a serious or critical violation that Chromium confirms. */
export async function expectBarAccessible(page: Page, key: string, what: string) {
  const report = await axeBarReport(page, key);
  expect(report.violations, `${what}:\n${report.violations.join('\n\n')}`).toEqual([]);
  // Axe saw the bar's controls, not an empty host.
  expect(
    report.perRule['nested-interactive'] ?? 0,
    `axe saw no control in ${what}`,
  ).toBeGreaterThan(0);
  return report;
}

/**
 * The contrast of every text the bar of `key` draws (text nodes and generated content) against
 * the background it is drawn on, lowest first: `{text, ratio}`. WCAG asks 4.5 for the bar's size.
 */
export async function barTextContrast(
  page: Page,
  key: string,
): Promise<{ text: string; ratio: number; color: string; background: string }[]> {
  const rootId = await barRootObject(page, key);
  const s = await cdp(page);
  const { result, exceptionDetails } = await s.send('Runtime.callFunctionOn', {
    objectId: rootId,
    functionDeclaration: BAR_CONTRAST,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'contrast');
  return result.value;
}

// Runs in the page with the closed root as `this`.
const BAR_CONTRAST = `function () {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a), a: 1 });
  // The backgrounds under an element, composed from the page's own up to the element's.
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement || (e.getRootNode() !== document && e.getRootNode().host)) {
      const c = parse(getComputedStyle(e).backgroundColor);
      const o = Number(getComputedStyle(e).opacity);
      if (c && c.a > 0) layers.push({ ...c, a: c.a * o });
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) bg = over(layer, bg);
    return bg;
  };
  const out = [];
  const fmt = (c) => 'rgb(' + [c.r, c.g, c.b].map(Math.round).join(',') + ')';
  const measure = (el, style, text) => {
    const fg = parse(style.color);
    if (!fg || !text.trim()) return;
    const bg = background(el);
    const f = over(fg, bg);
    const [hi, lo] = [lum(f), lum(bg)].sort((a, b) => b - a);
    out.push({ text, ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
      color: fmt(f), background: fmt(bg) });
  };
  for (const el of this.querySelectorAll('*')) {
    if (el.localName === 'style' || !el.getClientRects().length) continue;
    const before = getComputedStyle(el, '::before');
    if (before.content.startsWith('"')) measure(el, before, JSON.parse(before.content));
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('');
    measure(el, getComputedStyle(el), own);
  }
  return out.sort((a, b) => a.ratio - b.ratio);
}`;
