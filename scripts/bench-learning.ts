/**
 * `npx tsx scripts/bench-learning.ts`: how fast the on-device category model learns from the user's
 * corrections. For each corpus and seed, the posts are shuffled; after every checkpoint the first k
 * posts are the user's corrections and category accuracy is measured on the remaining posts, for the
 * rules alone and for rules + model (`classifyWith`). Writes docs/learning-curve.md and .svg.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { classify, classifyWith } from '../src/classify/index';
import { createModel, learn } from '../src/classify/learn/model';
import type { Category, ClassifyInput } from '../src/classify/types';
import { readCorpus, toInput } from './corpus';

const CORPORA = [
  { name: 'dev', path: '../shared/corpus/dev.jsonl' },
  { name: 'holdout', path: 'test/fixtures/classify/holdout.jsonl' },
].filter((c) => existsSync(c.path));
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const CHECKPOINTS = [0, 10, 20, 40, 60, 80, 100, 120];
/** Never measure on fewer posts than this: the accuracy of a handful of posts is noise. */
const MIN_REMAINING = 50;

/** mulberry32: a tiny seeded PRNG so every run shuffles the same way. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Row {
  k: number;
  rules: number;
  blended: number;
  remaining: number;
}

function curve(posts: { input: ClassifyInput; gold: Category }[]): Row[] {
  const rows: Row[] = [];
  for (const k of CHECKPOINTS.filter((k) => posts.length - k >= MIN_REMAINING)) {
    let rules = 0;
    let blended = 0;
    let n = 0;
    for (const seed of SEEDS) {
      const order = shuffle(posts, seed);
      const model = createModel();
      for (const p of order.slice(0, k)) learn(model, p.input, p.gold);
      for (const p of order.slice(k)) {
        n++;
        if (classify(p.input).category === p.gold) rules++;
        if (classifyWith(p.input, model).category === p.gold) blended++;
      }
    }
    rows.push({ k, rules: rules / n, blended: blended / n, remaining: posts.length - k });
  }
  return rows;
}

const results = CORPORA.map((c) => {
  const posts = readCorpus(c.path).map((r) => ({ input: toInput(r), gold: r.category! }));
  return { ...c, n: posts.length, rows: curve(posts) };
});

const pct = (x: number): string => (x * 100).toFixed(1);
const table: string[] = [];
for (const r of results) {
  table.push(`### ${r.name} (${r.n} posts, ${SEEDS.length} seeds)`, '');
  table.push('| corrections | remaining posts | rules only | rules + model | gain |');
  table.push('|---:|---:|---:|---:|---:|');
  for (const x of r.rows)
    table.push(
      `| ${x.k} | ${x.remaining} | ${pct(x.rules)}% | ${pct(x.blended)}% | ${(x.blended - x.rules >= 0 ? '+' : '') + pct(x.blended - x.rules)} |`,
    );
  table.push('');
}
process.stdout.write(`${table.join('\n')}\n`);

function svg(): string {
  const W = 640;
  const H = 360;
  const m = { l: 56, r: 150, t: 24, b: 44 };
  const maxK = Math.max(...CHECKPOINTS);
  const all = results.flatMap((r) => r.rows.flatMap((x) => [x.rules, x.blended]));
  const lo = Math.floor(Math.min(...all) * 20) / 20;
  const hi = Math.min(1, Math.ceil(Math.max(...all) * 20) / 20);
  const x = (k: number): number => m.l + (k / maxK) * (W - m.l - m.r);
  const y = (a: number): number => m.t + (1 - (a - lo) / (hi - lo || 1)) * (H - m.t - m.b);
  const colours = ['#1f77b4', '#d62728'];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  for (let a = lo; a <= hi + 1e-9; a += 0.05) {
    parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${y(a)}" y2="${y(a)}" stroke="#eee"/>`);
    parts.push(
      `<text x="${m.l - 6}" y="${y(a) + 4}" text-anchor="end">${Math.round(a * 100)}%</text>`,
    );
  }
  for (const k of CHECKPOINTS)
    parts.push(`<text x="${x(k)}" y="${H - m.b + 16}" text-anchor="middle">${k}</text>`);
  parts.push(
    `<text x="${(m.l + W - m.r) / 2}" y="${H - 8}" text-anchor="middle">corrections learnt</text>`,
    `<text x="14" y="${m.t + (H - m.t - m.b) / 2}" transform="rotate(-90 14 ${m.t + (H - m.t - m.b) / 2})" text-anchor="middle">category accuracy on remaining posts</text>`,
  );
  results.forEach((r, i) => {
    const c = colours[i % colours.length]!;
    const line = (f: (row: Row) => number, dash: string): string =>
      `<polyline fill="none" stroke="${c}" stroke-width="2" ${dash} points="${r.rows.map((row) => `${x(row.k)},${y(f(row))}`).join(' ')}"/>`;
    parts.push(
      line((row) => row.rules, 'stroke-dasharray="5 4"'),
      line((row) => row.blended, ''),
    );
    const ly = m.t + 10 + i * 40;
    parts.push(
      `<line x1="${W - m.r + 10}" x2="${W - m.r + 34}" y1="${ly}" y2="${ly}" stroke="${c}" stroke-width="2"/>`,
      `<text x="${W - m.r + 40}" y="${ly + 4}">${r.name}: rules + model</text>`,
      `<line x1="${W - m.r + 10}" x2="${W - m.r + 34}" y1="${ly + 16}" y2="${ly + 16}" stroke="${c}" stroke-width="2" stroke-dasharray="5 4"/>`,
      `<text x="${W - m.r + 40}" y="${ly + 20}">${r.name}: rules only</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

mkdirSync('docs', { recursive: true });
writeFileSync('docs/learning-curve.svg', svg());
writeFileSync(
  'docs/learning-curve.md',
  [
    '# Learning from corrections: category accuracy',
    '',
    'Generated by `npx tsx scripts/bench-learning.ts`. Each corpus is shuffled with fixed seeds; after',
    'k corrections (the first k posts with their gold category, learnt by the on-device naive Bayes',
    'model in `src/classify/learn/`), accuracy is measured on the remaining posts, for the rules alone',
    'and for the rules blended with the model (`classifyWith`). Figures are averaged over the seeds.',
    '',
    '![learning curve](learning-curve.svg)',
    '',
    ...table,
  ].join('\n'),
);
