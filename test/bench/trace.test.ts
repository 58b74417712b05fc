import { describe, expect, it } from 'vitest';
import { summarizeTrace, type TraceEvent } from '../../scripts/bench/trace';

const PAGE = 'https://www.linkedin.com/feed/';
const EXT = 'abcdefghijklmnop';
const ext = `chrome-extension://${EXT}/src/content/index.js`;
const ms = 1000;

const thread = (pid: number): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  pid,
  tid: 1,
  ts: 0,
  args: { name: 'CrRendererMain' },
});
const span = (
  name: string,
  ts: number,
  dur: number,
  url = '',
  pid = 1,
  cpu?: number,
): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid,
  tid: 1,
  ts: ts * ms,
  dur: dur * ms,
  ...(cpu === undefined ? {} : { tdur: cpu * ms }),
  args: { data: url ? { url } : {} },
});

// Two renderers: the page's (pid 1) and another (pid 2) whose extension code must not count.
const events: TraceEvent[] = [
  thread(1),
  thread(2),
  // Task A, 30 ms: 20 ms of content script, 6 ms of it a collection pause; a nested call.
  span('RunTask', 0, 30),
  span('FunctionCall', 1, 20, ext),
  span('FunctionCall', 2, 3, ext),
  span('MinorGC', 5, 6),
  span('FunctionCall', 22, 5, PAGE),
  // Task B, 60 ms: the page alone.
  span('RunTask', 40, 60),
  span('FunctionCall', 41, 58, PAGE),
  // Task C, 18 ms: the content script's evaluation, 17 ms.
  span('RunTask', 200, 18),
  span('EvaluateScript', 200.5, 17, ext),
  // Task D, 25 ms: a 24 ms content-script call during which the thread had the CPU for 3 ms.
  span('RunTask', 300, 25),
  span('FunctionCall', 300.5, 24, ext, 1, 3),
  // Another renderer's long extension task.
  span('RunTask', 0, 45, '', 2),
  span('FunctionCall', 1, 40, ext, 2),
];

describe('bench trace summary', () => {
  const s = summarizeTrace(events, PAGE, EXT);

  it('counts the page main thread’s tasks only, by length', () => {
    expect(s).toMatchObject({ tasks: 4, longestTaskMs: 60, tasksOver16: 4, tasksOver50: 1 });
  });

  it('sums extension time per task without nested calls or collection pauses', () => {
    expect(s.extensionTasks).toBe(3);
    expect(s.extensionMs).toBeCloseTo(14 + 17 + 24);
    expect(s.longestExtensionAnyGcMs).toBeCloseTo(24);
    expect(s.longestTaskWithExtensionMs).toBeCloseTo(30);
  });

  it('reports the task with the most extension code by the clock, pauses left out, and what ran in it', () => {
    expect(s.longestExtensionMs).toBeCloseTo(24);
    expect(s.longestExtensionWithGcMs).toBeCloseTo(24);
    expect(s.longestExtensionTaskMs).toBeCloseTo(25);
    expect(s.extensionTasksOver16).toBe(2);
    expect(s.longestExtensionCalls).toEqual(['FunctionCall src/content/index.js 24.0 ms']);
  });

  it('reports the most extension CPU time in one task, without time the thread did not run', () => {
    // Task C's 17 ms (no thread time recorded: its length counts); task D held 3 ms of work.
    expect(s.longestExtensionCpuMs).toBeCloseTo(17);
    expect(s.extensionTasksOver16Cpu).toBe(1);
  });

  it('has no extension figures for the side without the extension', () => {
    const without = summarizeTrace(events, PAGE, null);
    expect(without).toMatchObject({ extensionTasks: 0, extensionMs: 0, longestExtensionMs: 0 });
    expect(without.tasks).toBe(4);
  });
});
