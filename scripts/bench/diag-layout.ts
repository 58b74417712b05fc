// Diagnostic (not part of the bench): which layouts a page run does, with and without the
// extension, and what forced them. `npx tsx scripts/bench/diag-layout.ts [with|without] [seconds] [linkedin|x]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { openDiagPage } from './diag-page';
import { startTrace } from './trace';
import { verdictCount } from '../lib/bars';

const withExt = process.argv[2] !== 'without';
const seconds = Number(process.argv[3] ?? 12);
const { side, page, cdp, scroll } = await openDiagPage(withExt, process.argv[4] === 'x');
const stop = await startTrace(cdp);
await scroll(seconds);
const events = await stop();
const posts = await page.evaluate(
  () =>
    (window as { __bench?: { rendered(): number } }).__bench?.rendered() ??
    (window as { __timeline?: { total: number } }).__timeline?.total ??
    -1,
);
const bars = `${await verdictCount(page, '.badge')} of ${await page.locator('[data-hcp-lens-post]').count()}`;
mkdirSync('bench-output', { recursive: true });
writeFileSync(`bench-output/trace-${withExt ? 'with' : 'without'}.json`, JSON.stringify(events));
const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X');
interface Frame {
  url: string;
  functionName: string;
}
interface D {
  beginData?: { partialLayout?: boolean; stackTrace?: Frame[] };
}
let total = 0;
const byKind = new Map<string, { n: number; ms: number }>();
for (const e of layouts) {
  const a = e.args as D;
  const b = a.beginData ?? {};
  const frame = b.stackTrace?.[0];
  const who = frame ? `${String(frame.url).replace(/^.*\//, '')}:${frame.functionName}` : '(frame)';
  const kind = `${b.partialLayout ? 'partial' : 'full'} ${who}`;
  const k = byKind.get(kind) ?? { n: 0, ms: 0 };
  k.n++;
  k.ms += (e.dur ?? 0) / 1000;
  total += (e.dur ?? 0) / 1000;
  byKind.set(kind, k);
}
console.log(
  `${withExt ? 'with' : 'without'}: ${posts} posts, ${layouts.length} layouts, ${total.toFixed(0)} ms; bars drawn ${bars}`,
);
for (const [k, v] of [...byKind].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
  console.log(`  ${v.n}\t${v.ms.toFixed(0)} ms\t${k}`);
const style = events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X');
console.log(
  `  style recalcs ${style.length}, ${(style.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000).toFixed(0)} ms`,
);
// Where the main thread's time went: inclusive time per event name on the renderer main thread.
const main = layouts[0];
if (main) {
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || e.name === 'RunTask') continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid,
  );
  console.log(`  tasks ${(tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000) | 0} ms`);
  for (const [k, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
}
await side.close();
