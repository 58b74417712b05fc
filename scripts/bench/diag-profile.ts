// Diagnostic (not part of the bench): a CPU profile of the extension's content script while the
// LinkedIn feed or the X timeline scrolls; self time per function.
// `npx tsx scripts/bench/diag-profile.ts [seconds] [linkedin|x] [function to explain] [--panel]`
// (`--panel`: the extension in side-panel mode on that site)
// Build unminified for readable names (`HCP_LENS_NO_MINIFY=1 npm run build`) when using it.
import { openDiagPage } from './diag-page';

const args = process.argv.slice(2).filter((a) => a !== '--panel');
const seconds = Number(args[0] ?? 10);
const panel = process.argv.includes('--panel');
const { side, cdp, scroll } = await openDiagPage(true, args[1] === 'x', [], panel);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await scroll(seconds);
const { profile } = await cdp.send('Profiler.stop');
const dt = new Map<number, number>();
profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
const self = new Map<string, number>();
let ext = 0;
let all = 0;
for (const n of profile.nodes) {
  const us = dt.get(n.id) ?? 0;
  all += us;
  const f = n.callFrame;
  const key = f.url.startsWith('chrome-extension://')
    ? `ext ${f.functionName || '(anon)'}:${f.lineNumber}`
    : `${f.url ? 'page' : ''} ${f.functionName || '(anon)'}`;
  if (f.url.startsWith('chrome-extension://')) ext += us;
  self.set(key, (self.get(key) ?? 0) + us);
}
console.log(
  `total sampled ${(all / 1000).toFixed(0)} ms, extension self ${(ext / 1000).toFixed(0)} ms`,
);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
// Who calls a given function (argv[4]), to explain native frames.
const who = args[2];
if (who) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const chains = new Map<string, number>();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== who) continue;
    const chain: string[] = [];
    for (let p = parent.get(n.id); p !== undefined && chain.length < 6; p = parent.get(p)) {
      const f = byId.get(p)!.callFrame;
      chain.push(`${f.functionName || '(anon)'}:${f.lineNumber}`);
    }
    const k = chain.join(' < ');
    chains.set(k, (chains.get(k) ?? 0) + (dt.get(n.id) ?? 0));
  }
  for (const [k, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${who} < ${k}`);
}
await side.close();
