// Diagnostic (not part of the bench): what drawing overlay bars costs in layout, alone or within
// the page's own change. `npx tsx scripts/bench/diag-draw-cost.ts [posts] [bars] [contained]`
// (`contained`: hosts with `contain: size layout style`, as before they became plain blocks).
// One bar as the extension draws it is copied from a real run; then, in a profile without the
// extension, a host is placed in each of `posts` cards and `bars` hosts get that bar per round.
import { launchSide } from './browser';
import { BENCH_FEED_URL, linkedinInfiniteFeed } from './fixture';
import { OVERLAY_CSS } from '../../src/ui/overlay-styles';
import { inEveryBar } from '../lib/bars';

const posts = Number(process.argv[2] ?? 400);
const bars = Number(process.argv[3] ?? 10);
const css =
  process.argv[4] === 'contained'
    ? `${OVERLAY_CSS}\n:host { contain: size layout style; position: relative; z-index: 3; }`
    : OVERLAY_CSS;

async function drawnBar(): Promise<string> {
  const side = await launchSide(true);
  await side.serve('https://www.linkedin.com/**', linkedinInfiniteFeed(50, 50));
  const page = await side.context.newPage();
  await page.goto(BENCH_FEED_URL, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const html = (await inEveryBar<string>(page, '(root) => root.innerHTML'))
    .map((b) => b.value)
    .find((s) => s.includes('badge'));
  await side.close();
  if (!html) throw new Error('no drawn bar found');
  return html;
}

const bar = await drawnBar();
const side = await launchSide(false);
await side.serve('https://www.linkedin.com/**', linkedinInfiniteFeed(posts, posts));
const page = await side.context.newPage();
/** Median forced layout (ms) over 40 rounds: draw `bars` bars, append 10 cards, or both. */
const measure = async (draw: boolean, append: boolean) => {
  // A fresh page each time: appending grows it.
  await page.goto(BENCH_FEED_URL, { waitUntil: 'load' });
  return page.evaluate(
    ({ css, bar, bars, draw, append }) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const list = document.querySelector('.scaffold-finite-scroll__content');
      // One host per card; cards cloned by a round copy a host but not its shadow root, so the
      // bars are drawn into the original cards' hosts only.
      const roots: HTMLElement[] = [];
      for (const card of document.querySelectorAll('.feed-shared-update-v2')) {
        const host = document.createElement('hcp-lens-overlay');
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [sheet];
        const root = document.createElement('div');
        shadow.append(root);
        roots.push(root);
        card.append(host);
      }
      void document.body.offsetHeight;
      const times: number[] = [];
      for (let round = 0; round < 40; round++) {
        if (append && list) {
          const cards = [...list.children].slice(round * 10, round * 10 + 10);
          for (const c of cards) list.append(c.cloneNode(true));
        }
        if (draw)
          for (let k = 0; k < bars; k++)
            (roots[(round * bars + k * 37) % roots.length] as HTMLElement).innerHTML =
              `${bar}<!-- ${round} -->`;
        const t = performance.now();
        void document.body.offsetHeight;
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[20] ?? 0;
    },
    { css, bar, bars, draw, append },
  );
};
const alone = await measure(true, false);
const appendOnly = await measure(false, true);
const both = await measure(true, true);
console.log(
  `${posts} posts, ${bars} bars per layout, ${process.argv[4] === 'contained' ? 'contained' : 'plain'} hosts (median of 40 forced layouts):`,
);
console.log(`  bars alone            ${alone.toFixed(1)} ms`);
console.log(`  page's append alone   ${appendOnly.toFixed(1)} ms`);
console.log(`  append + bars         ${both.toFixed(1)} ms`);
await side.close();
