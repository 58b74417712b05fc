// Diagnostic (not part of the bench): main-thread time for the LinkedIn bench page to render a
// fixed number of posts, read from Performance metrics without tracing (a trace costs the page as
// much as the extension does, and hides the difference). Every run stops at the same post count,
// so builds compare at the same page size: the page's own per-frame work grows with it. On the X
// timeline (`x` in place of a post count) every run scrolls through all 200 posts, as the bench
// does, and only the scrolling is counted, not the page's load.
// `npx tsx scripts/bench/diag-matched.ts [with|without|panel] [posts|x]` (`panel`: with the
// extension in side-panel mode); set HCP_LENS_DIST to compare builds, and alternate them over
// several rounds: runs drift by ±20 % on a shared machine.
import { openDiagPage } from './diag-page';

const mode = process.argv[2] ?? 'with';
const withExt = mode !== 'without';
const onX = process.argv[3] === 'x';
const target = onX ? Infinity : Number(process.argv[3] ?? 600);
const { side, page, cdp } = await openDiagPage(withExt, onX, [], mode === 'panel');
await cdp.send('Performance.enable');
const metrics = async () =>
  Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
  );
const rendered = () =>
  page.evaluate(() => (window as { __bench?: { rendered(): number } }).__bench?.rendered() ?? 0);

const before = await metrics();
await page.mouse.move(600, 450);
const t0 = Date.now();
// The X timeline's 200 posts take 5.5 s at the bench's pace (250 px every 50 ms).
for (let i = 0; Date.now() - t0 < (onX ? 5_500 : 60_000); i++) {
  await page.mouse.wheel(0, onX ? 250 : 1000);
  await page.waitForTimeout(50);
  if (i % 5 === 0 && (await rendered()) >= target) break;
}
const scrollMs = Date.now() - t0;
await page.waitForTimeout(1500);
const after = await metrics();
const ms = (k: string) => (((after[k] ?? 0) - (before[k] ?? 0)) * 1000).toFixed(0);
console.log(
  `${mode}: ${onX ? 'X timeline' : `${await rendered()} posts`}, main thread ${ms('TaskDuration')} ms ` +
    `(layout ${ms('LayoutDuration')}, style ${ms('RecalcStyleDuration')}, script ${ms('ScriptDuration')}), ` +
    `CPU ${ms('ThreadTime')} ms (renderer ${ms('ProcessTime')}), ` +
    `scrolled ${(scrollMs / 1000).toFixed(1)} s`,
);
await side.close();
