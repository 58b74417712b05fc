// The dashboard with many annotated posts: how soon the first rows show, how fast a filter
// answers, whether scrolling stays smooth, and what the background's queries cost, at 1,000 and
// at 100,000 annotated posts, in Chromium with the built extension. Run alone with
//   npx tsx scripts/bench/curation.ts [--sizes 1000,100000]
// or as part of `npm run bench`.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../lib/browser';
import { curationRecords } from './curation-data';
import { DEVTOOLS_PORT, exportAll, workerHeapMb } from './curation-probes';

export const CURATION_TARGETS = { firstRowsMs: 1000, filterMs: 300, frameP95Ms: 16.7 * 1.5 };

/** Views a marketer opens, as addresses; each is timed from the address change to the rows. */
const FILTERS: [string, string][] = [
  ['HCP authors', 'hcp=yes'],
  ['a collection', 'collection=Collection%207'],
  ['suggested Creating, not confirmed', 'category=creating&categorySource=suggested'],
  ['open follow-ups on LinkedIn', 'followUp=open&platform=linkedin'],
  ['author starts with "ana"', 'author=ana'],
  ['tag + specialty + tier', 'tag=tag-3&specialty=cardiology&tier=listed'],
  ['seen in one month, sorted by author', 'from=2026-03-01&to=2026-03-31&sort=author'],
];

export interface CurationSize {
  posts: number;
  seedSeconds: number;
  firstRowsMs: number[];
  filters: { name: string; ms: number; total: string }[];
  scroll: {
    frames: number;
    p95Ms: number;
    maxMs: number;
    longTasks: number;
    placeholderFrames: number;
  };
  background: Record<string, number>;
  /** A full CSV export of every annotated post, page by page, as the dashboard runs it. */
  export: { ms: number; rows: number; megabytes: number };
  /** The background's JavaScript heap (MB, after a collection): idle, with the index, after the export. */
  heapMb: Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function ask(page: Page, message: unknown): Promise<{ ms: number; reply: unknown }> {
  return page.evaluate(async (m) => {
    const chrome = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome;
    const t = performance.now();
    const reply = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - t, reply };
  }, message);
}

/**
 * Writes the records straight into the extension's database, in chunks, from an extension page.
 * Each chunk travels as one JSON string: the driver's own encoding of a large object is far slower.
 */
export async function seed(page: Page, count: number, log: (s: string) => void): Promise<void> {
  const CHUNK = 10_000;
  for (let from = 0; from < count; from += CHUNK) {
    const json = JSON.stringify(curationRecords(from, Math.min(count, from + CHUNK)));
    await page.evaluate(async (text) => {
      const { posts, annotations } = JSON.parse(text) as {
        posts: unknown[];
        annotations: unknown[];
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('hcp-lens');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['posts', 'annotations'], 'readwrite');
        for (const p of posts) tx.objectStore('posts').put(p);
        for (const a of annotations) tx.objectStore('annotations').put(a);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, json);
    if (count > CHUNK) log(`    ${Math.min(count, from + CHUNK).toLocaleString('en')} written`);
  }
}

/** Milliseconds from the address change until the view's first page is on screen. */
function timeView(page: Page, hash: string): Promise<{ ms: number; total: string }> {
  return page.evaluate(
    (h) =>
      new Promise<{ ms: number; total: string }>((resolve) => {
        const list = document.querySelector('.post-list')!;
        let busy = false;
        const t = performance.now();
        const observer = new MutationObserver(() => {
          const now = list.getAttribute('aria-busy') === 'true';
          if (now) busy = true;
          if (busy && !now) {
            observer.disconnect();
            requestAnimationFrame(() =>
              resolve({
                ms: performance.now() - t,
                total: document.querySelector('.posts-view [role="status"]')?.textContent ?? '',
              }),
            );
          }
        });
        observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
        location.hash = h;
      }),
    hash,
  );
}

/** Scrolls the list by 1.5 screens a frame for 240 frames: frame times and placeholder rows. */
function scrollList(page: Page) {
  return page.evaluate(
    () =>
      new Promise<CurationSize['scroll']>((resolve) => {
        const list = document.querySelector<HTMLElement>('.post-list')!;
        let longTasks = 0;
        const po = new PerformanceObserver((l) => (longTasks += l.getEntries().length));
        po.observe({ type: 'longtask' });
        const deltas: number[] = [];
        let placeholderFrames = 0;
        let last = performance.now();
        let frame = 0;
        const step = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (list.querySelector('.post-slot > .post-row.muted')) placeholderFrames++;
          list.scrollTop += list.clientHeight * 1.5;
          if (++frame < 240) requestAnimationFrame(step);
          else {
            po.disconnect();
            const sorted = deltas.slice(1).sort((a, b) => a - b);
            resolve({
              frames: sorted.length,
              p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
              maxMs: sorted.at(-1) ?? NaN,
              longTasks,
              placeholderFrames,
            });
          }
        };
        requestAnimationFrame(step);
      }),
  );
}

// tsx names functions with a helper, `__name`, that pages evaluating them do not have.
const NAME_HELPER = 'globalThis.__name = (f) => f';

async function measureSize(posts: number, log: (s: string) => void): Promise<CurationSize> {
  const lens = await launchWithExtension({
    extraArgs: [`--remote-debugging-port=${DEVTOOLS_PORT}`],
  });
  await lens.context.addInitScript(NAME_HELPER);
  const heapMb: Record<string, number> = {};
  try {
    const setup = await lens.openExtensionPage('src/dashboard/index.html#/settings');
    // The background opens (and upgrades) the database before anything is written into it.
    await ask(setup, { type: 'settings/get' });
    const t = Date.now();
    await seed(setup, posts, log);
    const seedSeconds = (Date.now() - t) / 1000;
    log(`  ${posts.toLocaleString('en')} annotated posts seeded in ${seedSeconds.toFixed(1)} s`);
    // The database compacts what was just written for a while; a user's database is settled.
    await new Promise((resolve) => setTimeout(resolve, Math.min(90_000, posts)));

    heapMb['before the first query'] = await workerHeapMb(lens.extensionId);
    const background: Record<string, number> = {};
    const all = { filter: {}, sort: 'annotated-desc', offset: 0, limit: 100 };
    background['page of 100, no filter'] = (await ask(setup, { type: 'posts/query', ...all })).ms;
    background['page of 100, deep (offset 90%)'] = (
      await ask(setup, { ...all, type: 'posts/query', offset: Math.floor(posts * 0.9) })
    ).ms;
    background['page of 100, HCP authors'] = (
      await ask(setup, { ...all, type: 'posts/query', filter: { hcp: 'yes' } })
    ).ms;
    background['counts per category, no filter'] = (
      await ask(setup, { type: 'posts/counts', filter: {} })
    ).ms;
    background['counts per category, HCP authors'] = (
      await ask(setup, { type: 'posts/counts', filter: { hcp: 'yes' } })
    ).ms;
    await setup.close();

    const firstRowsMs: number[] = [];
    let page: Page | undefined;
    for (let run = 0; run < 3; run++) {
      await page?.close();
      page = await lens.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __firstRows?: number };
        new MutationObserver((_, o) => {
          if (document.querySelector('[role="row"][data-post-key]')) {
            w.__firstRows = performance.now();
            o.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`chrome-extension://${lens.extensionId}/src/dashboard/index.html#/posts`);
      await page.waitForSelector('[role="row"][data-post-key]');
      firstRowsMs.push(
        await page.evaluate(() => (window as unknown as { __firstRows: number }).__firstRows),
      );
    }
    const filters = [];
    for (const [name, query] of FILTERS) {
      const { ms, total } = await timeView(page!, `#/posts?${query}`);
      filters.push({ name, ms, total });
      // Back to everything between two filters, as a user clearing one does.
      await timeView(page!, '#/posts');
    }
    const scroll = await scrollList(page!);
    heapMb['with the index, after the filters'] = await workerHeapMb(lens.extensionId);
    const exporter = await lens.openExtensionPage('src/dashboard/index.html#/settings');
    const exported = await exportAll(exporter);
    heapMb['after a full export'] = await workerHeapMb(lens.extensionId);
    await exporter.close();
    return {
      posts,
      seedSeconds,
      firstRowsMs,
      filters,
      scroll,
      background,
      export: exported,
      heapMb,
    };
  } finally {
    await lens.close();
  }
}

export async function benchCuration(
  sizes: number[],
  log: (s: string) => void,
): Promise<CurationSize[]> {
  const results = [];
  for (const n of sizes) {
    log(`Dashboard with ${n.toLocaleString('en')} annotated posts`);
    results.push(await measureSize(n, log));
  }
  return results;
}

/** Rows for the bench's table: each measure at every size, the largest against the target. */
export function curationRows(results: CurationSize[]) {
  const f = (n: number) => `${n.toFixed(0)} ms`;
  const sizes = results.map((r) => r.posts.toLocaleString('en')).join(' / ');
  const at = (pick: (r: CurationSize) => number) => results.map((r) => f(pick(r))).join(' / ');
  const largest = results.at(-1)!;
  const worstFilter = (r: CurationSize) => Math.max(...r.filters.map((x) => x.ms));
  return [
    {
      measure: `dashboard: first rows (${sizes} posts)`,
      value: at((r) => median(r.firstRowsMs)),
      target: `≤ ${CURATION_TARGETS.firstRowsMs} ms`,
      pass: median(largest.firstRowsMs) <= CURATION_TARGETS.firstRowsMs,
      note: `median of 3 loads, from navigation; runs ${results.map((r) => r.firstRowsMs.map((x) => x.toFixed(0)).join(', ')).join(' / ')} ms`,
    },
    {
      measure: `dashboard: slowest filter change (${sizes} posts)`,
      value: at(worstFilter),
      target: `≤ ${CURATION_TARGETS.filterMs} ms`,
      pass: worstFilter(largest) <= CURATION_TARGETS.filterMs,
      note: largest.filters
        .map((x, i) => `${x.name} ${results.map((r) => r.filters[i]!.ms.toFixed(0)).join('/')} ms`)
        .join('; '),
    },
    {
      measure: `dashboard: scrolling, p95 frame (${sizes} posts)`,
      value: at((r) => r.scroll.p95Ms),
      target: `≤ ${CURATION_TARGETS.frameP95Ms.toFixed(0)} ms`,
      pass: largest.scroll.p95Ms <= CURATION_TARGETS.frameP95Ms,
      note: results
        .map(
          (r) =>
            `${r.posts}: ${r.scroll.frames} frames, longest ${r.scroll.maxMs.toFixed(0)} ms, ` +
            `${r.scroll.longTasks} long tasks, ${r.scroll.placeholderFrames} frames with rows still loading`,
        )
        .join('; '),
    },
    {
      measure: `full CSV export (${sizes} posts)`,
      value: at((r) => r.export.ms),
      target: '≤ 10000 ms',
      pass: largest.export.ms <= 10_000,
      note: results
        .map((r) => `${r.export.rows} rows, ${r.export.megabytes.toFixed(1)} MB`)
        .join('; '),
    },
    {
      measure: `background heap (${sizes} posts)`,
      value: results
        .map((r) => `${Math.max(...Object.values(r.heapMb)).toFixed(0)} MB`)
        .join(' / '),
      target: '≤ 300 MB',
      pass: Math.max(...Object.values(largest.heapMb)) <= 300,
      note: results
        .map((r) =>
          Object.entries(r.heapMb)
            .map(([k, v]) => `${k} ${v.toFixed(1)} MB`)
            .join(', '),
        )
        .join('; '),
    },
    {
      measure: `background queries (${sizes} posts)`,
      value: '',
      target: '',
      pass: null,
      note: Object.keys(largest.background)
        .map((k) => `${k} ${results.map((r) => (r.background[k] ?? NaN).toFixed(0)).join('/')} ms`)
        .join('; '),
    },
  ];
}

// Run alone: `npx tsx scripts/bench/curation.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,100000' } } });
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const results = await benchCuration(sizes, console.log);
  for (const row of curationRows(results)) {
    console.log(
      `${row.measure}  ${row.value}  ${row.target}  ${row.pass === null ? '–' : row.pass ? 'PASS' : 'FAIL'}`,
    );
    console.log(`    ${row.note}`);
  }
  console.log(JSON.stringify(results, null, 2));
}
