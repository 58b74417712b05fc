// Diagnostic (not part of the bench): what a page's scrolling costs outside the page's renderer
// main thread, where figure 1 of the bench does not look but which shares the machine's cores:
// the CPU time of every Chromium process by type (from /proc, Linux), and, with the extension, a
// CPU profile of its background service worker (busy time per post, self time per function).
// `npx tsx scripts/bench/diag-background.ts [with|without] [seconds] [linkedin|x] [--no-profile]`
// Sampling the worker costs CPU of its own: give --no-profile for the process figures.
import { readdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { openDiagPage } from './diag-page';

const withExt = process.argv[2] !== 'without';
const seconds = Number(process.argv[3] ?? 12);
const PORT = 9339;
const { side, page, scroll } = await openDiagPage(withExt, process.argv[4] === 'x', [
  `--remote-debugging-port=${PORT}`,
]);

/** CPU seconds used so far by each Chromium process, by pid, with its type. */
function processes(): Map<string, { type: string; cpu: number }> {
  const found = new Map<string, { type: string; cpu: number }>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      // A child process rewrites its title: arguments may be split by spaces rather than NULs.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args[0]?.includes('chromium')) continue;
      let type = args.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser';
      if (args.includes('--extension-process')) type += ' (extension)';
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      found.set(pid, { type, cpu: (Number(stat[11]) + Number(stat[12])) / 100 });
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

const profiling = withExt && !process.argv.includes('--no-profile');
const browser = profiling
  ? await puppeteer.connect({ browserURL: `http://127.0.0.1:${PORT}` })
  : null;
const target = await browser?.waitForTarget((t) => t.type() === 'service_worker');
const worker = await target?.createCDPSession();
await worker?.send('Profiler.enable');
await worker?.send('Profiler.setSamplingInterval', { interval: 200 });
await worker?.send('Profiler.start');
const before = processes();
await scroll(seconds);
const after = processes();
const profile = (await worker?.send('Profiler.stop'))?.profile;
const posts = await page.evaluate(
  () =>
    (window as { __bench?: { rendered(): number } }).__bench?.rendered() ??
    (window as { __timeline?: { total: number } }).__timeline?.total ??
    -1,
);

const byType = new Map<string, number>();
for (const [pid, { type, cpu }] of after) {
  byType.set(type, (byType.get(type) ?? 0) + cpu - (before.get(pid)?.cpu ?? 0));
}
console.log(`${withExt ? 'with' : 'without'}: ${posts} posts; CPU seconds by process type:`);
// Renderers forked from the zygote keep its title, so they are counted under "zygote".
for (const [type, s] of [...byType].sort((a, b) => b[1] - a[1]))
  console.log(`  ${s.toFixed(2).padStart(6)} s  ${type}`);

if (profile) {
  const dt = new Map<number, number>();
  profile.samples?.forEach((id, i) =>
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)),
  );
  const self = new Map<string, number>();
  let busy = 0;
  for (const n of profile.nodes) {
    const us = dt.get(n.id) ?? 0;
    const f = n.callFrame;
    if (!us || f.functionName === '(idle)' || f.functionName === '(program)') continue;
    busy += us;
    const k = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + us);
  }
  console.log(
    `service worker busy ${(busy / 1000).toFixed(0)} ms, ${(busy / 1000 / posts).toFixed(2)} ms per post; self time:`,
  );
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
}
await browser?.disconnect();
await side.close();
