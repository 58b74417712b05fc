// Reads a Chrome trace (CDP `Tracing`) of one page run: the page renderer's main-thread tasks and
// the part of each that ran the extension's content script.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time during the event (µs), when the trace records it. */
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  // Garbage-collection pauses (V8's and the DOM heap's), to tell them apart from script time.
  'disabled-by-default-v8.gc',
  'cppgc',
];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordContinuously', includedCategories: TRACE_CATEGORIES },
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

export interface TraceSummary {
  /** Top-level tasks on the page's main thread. */
  tasks: number;
  /** The longest main-thread task, whatever ran in it (ms). */
  longestTaskMs: number;
  /** Main-thread tasks longer than 16 ms / 50 ms. */
  tasksOver16: number;
  tasksOver50: number;
  /** Content-script time (ms) summed over the run: its own calls, excluding the page's. */
  extensionMs: number;
  /** Tasks in which the content script ran. */
  extensionTasks: number;
  /**
   * The most content-script time within one task (ms), garbage-collection pauses that fell inside
   * it left out, and that whole task's length (ms).
   */
  longestExtensionMs: number;
  /** The same task's content-script time with the collection pauses inside it counted (ms). */
  longestExtensionWithGcMs: number;
  /** The longest content-script time within one task, collection pauses counted (ms). */
  longestExtensionAnyGcMs: number;
  longestExtensionTaskMs: number;
  /** Tasks in which the content script itself ran more than 16 ms (collection pauses left out). */
  extensionTasksOver16: number;
  /**
   * The most content-script CPU time within one task (ms), collection pauses left out: the thread's
   * own time, without the stretches the system gave the CPU to another process mid-call (on two
   * cores a 22 ms call can hold 2 ms of work). Equal to `longestExtensionMs` where the trace has no
   * thread times.
   */
  longestExtensionCpuMs: number;
  /** Tasks in which the content script used more than 16 ms of CPU (collection pauses left out). */
  extensionTasksOver16Cpu: number;
  /** The longest task that ran any content-script code (ms), whatever else ran in it. */
  longestTaskWithExtensionMs: number;
  /** What the content script ran in its longest task, longest first: "name url:line ms". */
  longestExtensionCalls: string[];
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/**
 * Garbage-collection pauses: V8's (young and old generation, incremental marking steps) and the
 * DOM heap's (Oilpan, "CppGC"). A step runs when anyone allocates, so one may fall inside the
 * content script's call although the page's heap of 100,000 nodes is what it marks.
 */
const GC_EVENT = /^(MinorGC|MajorGC|V8\.GC|CppGC\.|BlinkGC\.)/;
/** Events that carry the script URL of the code they run. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.callFunction']);

function scriptUrl(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  const url = d.url ?? d.scriptName ?? d.fileName;
  return typeof url === 'string' ? url : '';
}

/** The page renderer's main thread: where the events of the page URL's frame run. */
function pageMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  // The renderer that ran the page's own script or parsed its document.
  const busy = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const url = scriptUrl(e) || String(e.args?.data?.url ?? '');
    if (url.startsWith(pageUrl) || (e.name === 'ParseHTML' && url === '')) {
      const k = `${e.pid}:${e.tid}`;
      busy.set(k, (busy.get(k) ?? 0) + e.dur);
    }
  }
  let best: { pid: number; tid: number } | null = null;
  let bestBusy = -1;
  for (const m of mains) {
    const b = busy.get(`${m.pid}:${m.tid}`) ?? 0;
    if (b > bestBusy) {
      bestBusy = b;
      best = { pid: m.pid, tid: m.tid };
    }
  }
  if (!best) throw new Error('trace: no renderer main thread found');
  return best;
}

/** Keeps the outermost of nested complete events (sorted by start). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of events) {
    if (e.ts >= end) {
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

export function summarizeTrace(
  events: TraceEvent[],
  pageUrl: string,
  extensionId: string | null,
): TraceSummary {
  const { pid, tid } = pageMainThread(events, pageUrl);
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = outermost(own.filter((e) => TASK_NAMES.has(e.name)));
  const prefix = extensionId ? `chrome-extension://${extensionId}/` : null;
  const ext = prefix
    ? outermost(own.filter((e) => SCRIPT_EVENTS.has(e.name) && scriptUrl(e).startsWith(prefix)))
    : [];
  const gc = outermost(own.filter((e) => GC_EVENT.test(e.name)));
  /** Collection time (µs) inside the extension call `x`. */
  let g = 0;
  const gcInside = (x: TraceEvent): number => {
    const end = x.ts + (x.dur ?? 0);
    while (g < gc.length && (gc[g]?.ts ?? 0) + (gc[g]?.dur ?? 0) <= x.ts) g++;
    let us = 0;
    for (let i = g; i < gc.length && (gc[i]?.ts ?? Infinity) < end; i++) {
      const p = gc[i] as TraceEvent;
      us += Math.max(0, Math.min(end, p.ts + (p.dur ?? 0)) - Math.max(x.ts, p.ts));
    }
    return us;
  };

  const ms = (us: number) => us / 1000;
  const summary: TraceSummary = {
    tasks: tasks.length,
    longestTaskMs: 0,
    tasksOver16: 0,
    tasksOver50: 0,
    extensionMs: 0,
    extensionTasks: 0,
    longestExtensionMs: 0,
    longestExtensionWithGcMs: 0,
    longestExtensionAnyGcMs: 0,
    longestExtensionTaskMs: 0,
    extensionTasksOver16: 0,
    longestExtensionCpuMs: 0,
    extensionTasksOver16Cpu: 0,
    longestTaskWithExtensionMs: 0,
    longestExtensionCalls: [],
  };
  let e = 0;
  for (const task of tasks) {
    const dur = task.dur ?? 0;
    const end = task.ts + dur;
    summary.longestTaskMs = Math.max(summary.longestTaskMs, ms(dur));
    if (dur > 16_000) summary.tasksOver16++;
    if (dur > 50_000) summary.tasksOver50++;
    while (e < ext.length && (ext[e]?.ts ?? 0) < task.ts) e++;
    const inTask: TraceEvent[] = [];
    while (e < ext.length && (ext[e]?.ts ?? Infinity) < end) inTask.push(ext[e++] as TraceEvent);
    if (inTask.length === 0) continue;
    const withGcUs = inTask.reduce((s, x) => s + (x.dur ?? 0), 0);
    const gcUs = inTask.reduce((s, x) => s + gcInside(x), 0);
    const extUs = withGcUs - gcUs;
    const cpuUs = Math.max(0, inTask.reduce((s, x) => s + (x.tdur ?? x.dur ?? 0), 0) - gcUs);
    summary.longestExtensionCpuMs = Math.max(summary.longestExtensionCpuMs, ms(cpuUs));
    if (cpuUs > 16_000) summary.extensionTasksOver16Cpu++;
    summary.extensionTasks++;
    summary.extensionMs += ms(extUs);
    summary.longestTaskWithExtensionMs = Math.max(summary.longestTaskWithExtensionMs, ms(dur));
    summary.longestExtensionAnyGcMs = Math.max(summary.longestExtensionAnyGcMs, ms(withGcUs));
    if (extUs > 16_000) summary.extensionTasksOver16++;
    if (ms(extUs) > summary.longestExtensionMs) {
      summary.longestExtensionMs = ms(extUs);
      summary.longestExtensionWithGcMs = ms(withGcUs);
      summary.longestExtensionTaskMs = ms(dur);
      summary.longestExtensionCalls = [...inTask]
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 5)
        .map((x) => {
          const d = x.args?.data ?? {};
          const fn = typeof d.functionName === 'string' && d.functionName ? d.functionName : x.name;
          const line = typeof d.lineNumber === 'number' ? `:${d.lineNumber}` : '';
          const url = scriptUrl(x).replace(prefix ?? '', '');
          return `${fn} ${url}${line} ${ms(x.dur ?? 0).toFixed(1)} ms`;
        });
    }
  }
  return summary;
}
