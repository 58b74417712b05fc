// Page overhead: the same feed page, scrolled the same way, in a browser with HCP Lens and in one
// without; main-thread time, heap and DOM size are read over CDP.
import type { CDPSession, Page } from 'playwright-core';
import type { Side } from './browser';
import { startTrace, summarizeTrace, type TraceSummary } from './trace';
import { verdictCount } from '../lib/bars';

export interface Scenario {
  name: string;
  /** The site's platform id, as the side-panel setting names it. */
  platform: 'linkedin' | 'x';
  url: string;
  /** Route glob the page is served at. */
  glob: string;
  html: string;
  /** Pixels per scroll step and ms between steps: the fixed reading pace. */
  step: number;
  interval: number;
  /** Upper bound on scrolling, for pages that never report they are complete. */
  maxScrollMs: number;
}

export interface RunResult {
  side: Side['name'];
  /** Main-thread time (ms) from navigation to the end of the settle period after scrolling. */
  taskMs: number;
  /**
   * The main thread's CPU time over the same span (`ThreadTime`): `taskMs` less the time the
   * thread was ready to run but waited for a CPU other processes held.
   */
  threadMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** JS heap used after a forced GC (MB), and live DOM nodes (shadow trees included). */
  heapMB: number;
  nodes: number;
  /** Posts the page rendered, overlay hosts and hosts showing a verdict at the end. */
  posts: number;
  overlays: number;
  verdicts: number;
  scrollMs: number;
  trace?: TraceSummary;
}

/** Time left after the last scroll step for delayed work (scans, the background's answers). */
const SETTLE_MS = 2000;
/** Time after load before scrolling starts, the same on both sides. */
const START_DELAY_MS = 1000;

/** Scrolling in traced runs is capped at this. */
const TRACED_SCROLL_MS = 15_000;

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Whether the page has rendered everything it will and the view is at the bottom. */
function atEnd(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const bench = (window as { __bench?: { rendered(): number; total: number } }).__bench;
    const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    return bottom && (!bench || bench.rendered() >= bench.total);
  });
}

/**
 * Scrolls with mouse-wheel input at a fixed pace (one wheel step every `interval` ms, on a fixed
 * schedule), as a reader does: the scroll itself forces no layout, only the page's and the
 * extension's own work does. Stops when the page has rendered everything and the bottom is reached
 * (checked every 10 steps), or after `maxScrollMs`.
 */
async function scrollFeed(page: Page, s: Scenario): Promise<{ ms: number }> {
  await page.mouse.move(600, 450);
  const t0 = Date.now();
  for (let i = 1; Date.now() - t0 < s.maxScrollMs; i++) {
    await page.mouse.wheel(0, s.step);
    if (i % 10 === 0 && (await atEnd(page))) break;
    const wait = t0 + i * s.interval - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return { ms: Date.now() - t0 };
}

export async function runOnce(side: Side, s: Scenario, trace = false): Promise<RunResult> {
  const page = await side.context.newPage();
  const cdp = await side.context.newCDPSession(page);
  await page.goto(s.url, { waitUntil: 'commit' });
  await cdp.send('Performance.enable');
  const stopTrace = trace ? await startTrace(cdp) : null;
  const before = await metrics(cdp);
  await page.waitForLoadState('load');
  await page.waitForTimeout(START_DELAY_MS);
  const { ms: scrollMs } = await scrollFeed(page, s);
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics(cdp);
  const events = stopTrace ? await stopTrace() : null;

  const counts = {
    ...(await page.evaluate(() => {
      const bench = (window as { __bench?: { rendered(): number } }).__bench;
      return {
        posts: bench?.rendered() ?? -1,
        overlays: document.querySelectorAll('[data-hcp-lens-post]').length,
      };
    })),
    // The bars' roots are closed: read over the DevTools protocol, after the measured run.
    verdicts: await verdictCount(page),
  };
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const mem = await metrics(cdp);
  const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
  const result: RunResult = {
    side: side.name,
    taskMs: d('TaskDuration'),
    threadMs: d('ThreadTime'),
    scriptMs: d('ScriptDuration'),
    layoutMs: d('LayoutDuration'),
    styleMs: d('RecalcStyleDuration'),
    heapMB: (mem.JSHeapUsedSize ?? 0) / 2 ** 20,
    nodes: mem.Nodes ?? 0,
    ...counts,
    scrollMs,
  };
  if (events) result.trace = summarizeTrace(events, s.url, side.extensionId);
  await cdp.detach();
  await page.close();
  return result;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

export interface OverheadResult {
  scenario: string;
  runs: RunResult[];
  traced: RunResult[];
  median: Record<Side['name'], Omit<RunResult, 'side' | 'trace'>>;
}

/** N alternating untraced runs per side (medians), then one traced run per side. */
export async function measureOverhead(
  sides: { with: Side; without: Side },
  s: Scenario,
  runs: number,
  log: (msg: string) => void,
): Promise<OverheadResult> {
  for (const side of [sides.with, sides.without]) await side.serve(s.glob, s.html);
  const all: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which side goes first, so drift (thermal, caches) hits both alike.
    const order = i % 2 ? [sides.without, sides.with] : [sides.with, sides.without];
    for (const side of order) {
      const r = await runOnce(side, s);
      log(
        `  ${s.name} run ${i + 1}/${runs} ${side.name.padEnd(7)} task ${r.taskMs.toFixed(0)} ms (CPU ${r.threadMs.toFixed(0)}), ` +
          `script ${r.scriptMs.toFixed(0)} ms, heap ${r.heapMB.toFixed(1)} MB, ` +
          `${r.posts} posts, ${r.overlays} overlays, ${r.verdicts} verdicts, scrolled ${(r.scrollMs / 1000).toFixed(1)} s`,
      );
      all.push(r);
    }
  }
  // Traced runs only look for long tasks: a shorter scroll is enough, and keeps the bench short.
  const traced: RunResult[] = [];
  const short = { ...s, maxScrollMs: Math.min(s.maxScrollMs, TRACED_SCROLL_MS) };
  for (const side of [sides.with, sides.without]) {
    const r = await runOnce(side, short, true);
    log(
      `  ${s.name} traced ${side.name.padEnd(7)} longest task ${r.trace?.longestTaskMs.toFixed(1)} ms, ` +
        `extension ${r.trace?.extensionMs.toFixed(0)} ms in ${r.trace?.extensionTasks} tasks, ` +
        `longest ${r.trace?.longestExtensionMs.toFixed(1)} ms (CPU ${r.trace?.longestExtensionCpuMs.toFixed(1)} ms)`,
    );
    traced.push(r);
  }
  const med = (name: Side['name']) => {
    const rs = all.filter((r) => r.side === name);
    const keys = [
      'taskMs',
      'threadMs',
      'scriptMs',
      'layoutMs',
      'styleMs',
      'heapMB',
      'nodes',
      'posts',
      'overlays',
      'verdicts',
      'scrollMs',
    ] as const;
    return Object.fromEntries(keys.map((k) => [k, median(rs.map((r) => r[k]))])) as Omit<
      RunResult,
      'side' | 'trace'
    >;
  };
  return {
    scenario: s.name,
    runs: all,
    traced,
    median: { with: med('with'), without: med('without') },
  };
}
