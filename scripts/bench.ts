// `npm run bench`: what HCP Lens costs the pages it runs on, measured as ratios in one run.
// Prints a table and writes bench-output/results.json. See docs/performance.md.
//
//   npm run bench -- [--runs 5] [--max-scroll 30] [--corpus ../shared/corpus/dev.jsonl] [--no-x] [--only linkedin|x] [--panel-mode] [--no-curation]
// The dashboard's part alone: npx tsx scripts/bench/curation.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DIST, ROOT } from './lib/browser';
import { launchSide, setPanelMode } from './bench/browser';
import { measureBundle, type BundleResult } from './bench/bundle';
import { benchClassifierPerCpu, type ClassifierResult } from './bench/classifier';
import { BENCH_FEED_URL, linkedinInfiniteFeed } from './bench/fixture';
import { measureOverhead, type OverheadResult, type Scenario } from './bench/page-overhead';
import { benchCuration, curationRows, type CurationSize } from './bench/curation';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'max-scroll': { type: 'string', default: '30' },
    corpus: { type: 'string', default: join(ROOT, '../shared/corpus/dev.jsonl') },
    'no-x': { type: 'boolean', default: false },
    only: { type: 'string' },
    'panel-mode': { type: 'boolean', default: false },
    'no-curation': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opts.runs) || 5);
const MAX_SCROLL_MS = Math.max(5, Number(opts['max-scroll']) || 30) * 1000;
const OUT_DIR = join(ROOT, 'bench-output');
const X_FIXTURE = join(ROOT, 'test/fixtures/x/recycling-timeline.html');

const TARGETS = {
  overheadRatio: 1.1,
  longestExtensionTaskMs: 16,
  classifierMedianUs: 50,
  bundleGzipKB: 40,
  heapDeltaMB: 10,
};

const log = (msg: string) => console.log(msg);
const t0 = Date.now();

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first.');
  process.exit(1);
}

// 1, 2, 5. Page overhead and memory, both browsers open, runs alternating.
const scenarios: Scenario[] = [
  {
    name: 'LinkedIn feed, 1,000 posts',
    platform: 'linkedin',
    url: BENCH_FEED_URL,
    glob: 'https://www.linkedin.com/**',
    html: linkedinInfiniteFeed(1000, 10),
    step: 1000,
    interval: 50,
    maxScrollMs: MAX_SCROLL_MS,
  },
];
const xAvailable = existsSync(X_FIXTURE) && !opts['no-x'];
if (xAvailable) {
  scenarios.push({
    name: 'X recycling timeline',
    platform: 'x',
    url: 'https://x.com/home',
    glob: 'https://x.com/**',
    html: readFileSync(X_FIXTURE, 'utf8'),
    step: 250,
    interval: 50,
    maxScrollMs: MAX_SCROLL_MS,
  });
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'linkedin-infinite.html'), scenarios[0]?.html ?? '');
// While working on one page, the other can be left out (its row then reads "not measured").
if (opts.only) {
  const keep = opts.only.toLowerCase();
  for (let i = scenarios.length - 1; i >= 0; i--) {
    if (!scenarios[i]!.name.toLowerCase().startsWith(keep)) scenarios.splice(i, 1);
  }
}

log(`HCP Lens bench: ${RUNS} run(s) per side, ${cpus().length} cores, Chromium with / without`);
const withExt = await launchSide(true);
const without = await launchSide(false);
// Side-panel mode: the posts are read and reported as usual, but nothing is inserted in the page.
if (opts['panel-mode']) {
  await setPanelMode(
    withExt,
    scenarios.map((s) => s.platform),
  );
  for (const s of scenarios) s.name += ' (side-panel mode)';
}
const overhead: OverheadResult[] = [];
try {
  for (const s of scenarios) {
    overhead.push(await measureOverhead({ with: withExt, without }, s, RUNS, log));
  }
} finally {
  await withExt.close();
  await without.close();
}

// 3. Classifier.
let classifier: ClassifierResult | { error: string };
try {
  classifier = benchClassifierPerCpu(resolve(opts.corpus));
} catch (error) {
  classifier = { error: String(error) };
}
// 4. Bundle.
const bundle: BundleResult = measureBundle(DIST);
// 6. The dashboard with 1,000 and 100,000 annotated posts.
let curation: CurationSize[] | { error: string } = [];
if (!opts['no-curation']) {
  try {
    curation = await benchCuration([1000, 100_000], log);
  } catch (error) {
    curation = { error: String(error) };
  }
}

// Table.
interface Row {
  measure: string;
  value: string;
  target: string;
  pass: boolean | null;
  note?: string;
}
const rows: Row[] = [];
const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const perCpuNote = (c: ClassifierResult) =>
  c.perCpu && c.perCpu.length > 1
    ? `least contended of ${c.perCpu.length} CPUs, each pinned: ${c.perCpu.map((p) => `CPU ${p.cpu} ${f(p.medianUs, 1)} µs`).join(', ')}; `
    : '';
for (const o of overhead) {
  const w = o.median.with;
  const wo = o.median.without;
  const ratio = w.taskMs / wo.taskMs;
  const perPost = w.posts > 0 && wo.posts > 0 ? w.taskMs / w.posts / (wo.taskMs / wo.posts) : NaN;
  rows.push({
    measure: `${o.scenario}: main-thread time with / without`,
    value: `${f(ratio)}× (${f(w.taskMs / 1000, 1)} s / ${f(wo.taskMs / 1000, 1)} s)`,
    target: `≤ ${TARGETS.overheadRatio}×`,
    pass: ratio <= TARGETS.overheadRatio,
    note:
      `main thread's CPU time ${f(w.threadMs / wo.threadMs)}× (${f(w.threadMs / 1000, 1)} s / ` +
      `${f(wo.threadMs / 1000, 1)} s); ` +
      `script ${f(w.scriptMs / 1000, 1)}/${f(wo.scriptMs / 1000, 1)} s, layout ${f(w.layoutMs / 1000, 1)}/` +
      `${f(wo.layoutMs / 1000, 1)} s, style ${f(w.styleMs / 1000, 1)}/${f(wo.styleMs / 1000, 1)} s; ` +
      `posts rendered ${w.posts}/${wo.posts}, per post ${f(perPost)}×; ` +
      `${w.overlays} overlays, ${w.verdicts} verdicts`,
  });
  const tr = o.traced.find((r) => r.side === 'with')?.trace;
  const trWo = o.traced.find((r) => r.side === 'without')?.trace;
  if (tr) {
    rows.push({
      measure: `${o.scenario}: longest extension task`,
      value: `${f(tr.longestExtensionCpuMs, 1)} ms`,
      target: `≤ ${TARGETS.longestExtensionTaskMs} ms`,
      pass: tr.longestExtensionCpuMs <= TARGETS.longestExtensionTaskMs,
      note:
        `CPU time; ${tr.extensionTasksOver16Cpu} of ${tr.extensionTasks} tasks with > 16 ms of ` +
        `extension CPU time; by the clock ${f(tr.longestExtensionMs, 1)} ms ` +
        `(${tr.extensionTasksOver16} tasks > 16 ms), ` +
        `garbage collection inside it ${f(tr.longestExtensionWithGcMs - tr.longestExtensionMs, 1)} ms; ` +
        `longest counting collection pauses ${f(tr.longestExtensionAnyGcMs, 1)} ms; ` +
        `extension code ${f(tr.extensionMs / 1000, 1)} s in all; longest task overall ` +
        `${f(tr.longestTaskMs, 0)} ms with, ${trWo ? f(trWo.longestTaskMs, 0) : 'n/a'} ms without; ` +
        `tasks > 50 ms ${tr.tasksOver50} with, ${trWo?.tasksOver50 ?? 'n/a'} without`,
    });
  }
  const heap = w.heapMB - wo.heapMB;
  rows.push({
    measure: `${o.scenario}: JS heap with − without`,
    value: `${f(heap)} MB`,
    target: `≤ ${TARGETS.heapDeltaMB} MB`,
    pass: heap <= TARGETS.heapDeltaMB,
    note: `${f(w.heapMB)} / ${f(wo.heapMB)} MB; DOM nodes ${w.nodes} / ${wo.nodes} (+${w.nodes - wo.nodes})`,
  });
}
if (!scenarios.some((s) => s.url.startsWith('https://x.com/'))) {
  rows.push({
    measure: 'X recycling timeline',
    value: 'not available',
    target: '',
    pass: null,
    note: 'not measured: test/fixtures/x/recycling-timeline.html not found, --no-x or --only',
  });
}
if ('error' in classifier) {
  rows.push({
    measure: 'classifier',
    value: 'not available',
    target: '',
    pass: null,
    note: classifier.error,
  });
} else {
  rows.push({
    measure: 'classifier: median time per post',
    value: `${f(classifier.medianUs, 1)} µs`,
    target: `≤ ${TARGETS.classifierMedianUs} µs`,
    pass: classifier.medianUs <= TARGETS.classifierMedianUs,
    note: `${perCpuNote(classifier)}median of ${classifier.roundMediansUs.length} rounds' medians (${classifier.roundMediansUs.map((m) => f(m, 1)).join(', ')} µs); ${classifier.calls} calls over ${classifier.posts} posts; mean ${f(classifier.meanUs, 1)} µs, p95 ${f(classifier.p95Us, 1)} µs`,
  });
}
const gzKB = bundle.gzipBytes / 1024;
rows.push({
  measure: 'content script size, gzipped',
  value: `${f(gzKB, 1)} KB`,
  target: `≤ ${TARGETS.bundleGzipKB} KB`,
  pass: gzKB <= TARGETS.bundleGzipKB,
  note: bundle.files.map((x) => `${x.path} ${f(x.bytes / 1024, 1)} KB raw`).join(', '),
});

if ('error' in curation) {
  rows.push({
    measure: 'dashboard',
    value: 'not available',
    target: '',
    pass: null,
    note: curation.error,
  });
} else if (curation.length) rows.push(...curationRows(curation));

const mark = (p: boolean | null) => (p === null ? '–' : p ? 'PASS' : 'FAIL');
const widths = [
  Math.max(...rows.map((r) => r.measure.length)),
  Math.max(...rows.map((r) => r.value.length)),
  Math.max(...rows.map((r) => r.target.length)),
];
console.log('');
for (const r of rows) {
  console.log(
    `${r.measure.padEnd(widths[0] ?? 0)}  ${r.value.padEnd(widths[1] ?? 0)}  ${r.target.padEnd(widths[2] ?? 0)}  ${mark(r.pass)}`,
  );
  if (r.note) console.log(`    ${r.note}`);
}
const seconds = (Date.now() - t0) / 1000;
console.log(`\n${(seconds / 60).toFixed(1)} min; JSON in bench-output/results.json`);

writeFileSync(
  join(OUT_DIR, 'results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      runsPerSide: RUNS,
      maxScrollMs: MAX_SCROLL_MS,
      seconds,
      targets: TARGETS,
      rows,
      overhead,
      classifier,
      bundle,
      curation,
    },
    null,
    2,
  ) + '\n',
);
