/**
 * `npx tsx scripts/bench-learning.ts`: does the on-device category model improve as the user's
 * corrections accumulate? For each corpus and seed the posts are shuffled into a browsing order; the
 * user labels posts as they come, and after every checkpoint k the category accuracy is measured on
 * the posts not yet browsed, for the rules alone and for rules + model (`classifyWith`). The model
 * only ever sees the browsed posts and their labels, so every measured post is unseen.
 *
 * Two kinds of user: one who tags every post browsed (confirming or correcting the suggestion), and
 * one who only fixes wrong suggestions (the model then learns from rule errors alone).
 * Writes docs/learning-curve.md and docs/learning-curve.svg.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { classify, classifyWith } from '../src/classify/index';
import { createModel, learn } from '../src/classify/learn/model';
import type { Category, ClassifyInput, Verdict } from '../src/classify/types';
import { readCorpus, toInput } from './corpus';
import { seededRandom } from './lib/seeded';

const CORPORA = [
  { name: 'dev', path: '../shared/corpus/dev.jsonl' },
  { name: 'holdout', path: 'test/fixtures/classify/holdout.jsonl' },
].filter((c) => existsSync(c.path));
const SEEDS = Array.from({ length: 16 }, (_, i) => i + 1);
const CHECKPOINTS = [0, 5, 10, 20, 40, 60, 80, 100, 120];
/** Never measure on fewer posts than this: the accuracy of a handful of posts is noise. */
const MIN_REMAINING = 50;

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  const r = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Post {
  input: ClassifyInput;
  gold: Category;
  rules: Verdict;
}
interface Row {
  k: number;
  remaining: number;
  rules: number;
  blended: number;
  /** Gain in accuracy per seed, as a fraction. */
  gains: number[];
  /** Verdicts the model changed per seed on average: to the right category, and away from it. */
  fixed: number;
  broken: number;
}

function curve(posts: Post[], onlyWrong: boolean): Row[] {
  const ks = CHECKPOINTS.filter((k) => posts.length - k >= MIN_REMAINING);
  const rows: Row[] = ks.map((k) => ({
    k,
    remaining: posts.length - k,
    rules: 0,
    blended: 0,
    gains: [],
    fixed: 0,
    broken: 0,
  }));
  for (const seed of SEEDS) {
    const order = shuffle(posts, seed);
    const model = createModel();
    let browsed = 0;
    for (const row of rows) {
      for (; browsed < row.k; browsed++) {
        const p = order[browsed]!;
        if (!onlyWrong || p.rules.category !== p.gold) learn(model, p.input, p.gold, p.rules);
      }
      let rules = 0;
      let blended = 0;
      for (const p of order.slice(row.k)) {
        const was = p.rules.category;
        const now = classifyWith(p.input, model).category;
        if (was === p.gold) rules++;
        if (now === p.gold) blended++;
        if (now !== was && now === p.gold) row.fixed++;
        if (now !== was && was === p.gold) row.broken++;
      }
      row.rules += rules;
      row.blended += blended;
      row.gains.push((blended - rules) / row.remaining);
    }
  }
  for (const row of rows) {
    const n = row.remaining * SEEDS.length;
    Object.assign(row, {
      rules: row.rules / n,
      blended: row.blended / n,
      fixed: row.fixed / SEEDS.length,
      broken: row.broken / SEEDS.length,
    });
  }
  return rows;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number =>
  Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / Math.max(xs.length - 1, 1));

const results = CORPORA.map((c) => {
  const posts = readCorpus(c.path).map((r) => {
    const input = toInput(r);
    return { input, gold: r.category!, rules: classify(input) };
  });
  return { ...c, n: posts.length, tagAll: curve(posts, false), fixOnly: curve(posts, true) };
});

const pct = (x: number): string => (x * 100).toFixed(1);
const pts = (x: number): string => (x >= 0.0005 ? '+' : x <= -0.0005 ? '' : '±') + pct(x);
const table: string[] = [];
for (const r of results) {
  table.push(`### ${r.name} (${r.n} posts, ${SEEDS.length} seeds), user tags every post`, '');
  table.push(
    '| corrections | remaining posts | rules only | rules + model | gain (pts) | sd | worst / best seed | verdicts fixed / broken |',
  );
  table.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of r.tagAll)
    table.push(
      `| ${x.k} | ${x.remaining} | ${pct(x.rules)}% | ${pct(x.blended)}% | ${pts(mean(x.gains))} | ${pct(sd(x.gains))} | ${pts(Math.min(...x.gains))} / ${pts(Math.max(...x.gains))} | ${x.fixed.toFixed(1)} / ${x.broken.toFixed(1)} |`,
    );
  table.push('');
}
table.push(
  '### User who only fixes wrong suggestions',
  '',
  'Same browsing orders; the model learns only the browsed posts whose rule category was wrong.',
  '',
  `| posts browsed | ${results.map((r) => `${r.name}: gain (sd)`).join(' | ')} |`,
  `|---:|${results.map(() => '---:').join('|')}|`,
);
for (const [i, k] of CHECKPOINTS.entries()) {
  const cells = results.map((r) => {
    const x = r.fixOnly[i];
    return x ? `${pts(mean(x.gains))} (${pct(sd(x.gains))})` : '';
  });
  if (cells.some((c) => c !== '')) table.push(`| ${k} | ${cells.join(' | ')} |`);
}
table.push('');
process.stdout.write(`${table.join('\n')}\n`);

/** Two panels: accuracy of rules vs rules + model, and the gain with a ±1 sd band over seeds. */
function svg(): string {
  const W = 900;
  const H = 380;
  const P = { w: 330, h: 270, t: 40, l: [64, 480] };
  const maxK = Math.max(...CHECKPOINTS);
  const colours = ['#1f77b4', '#d62728', '#2ca02c'];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  const panel = (
    left: number,
    lo: number,
    hi: number,
    step: number,
    title: string,
  ): ((k: number, v: number) => string) => {
    const x = (k: number): number => left + (k / maxK) * P.w;
    const y = (v: number): number => P.t + (1 - (v - lo) / (hi - lo)) * P.h;
    parts.push(
      `<text x="${left + P.w / 2}" y="${P.t - 14}" text-anchor="middle" font-weight="bold">${title}</text>`,
    );
    for (let v = lo; v <= hi + 1e-9; v += step) {
      const label = Math.abs(v) < 1e-9 ? '0' : (Math.round(v * 1000) / 10).toString();
      parts.push(
        `<line x1="${left}" x2="${left + P.w}" y1="${y(v)}" y2="${y(v)}" stroke="${Math.abs(v) < 1e-9 ? '#999' : '#eee'}"/>`,
        `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${label}</text>`,
      );
    }
    for (const k of CHECKPOINTS.filter((k) => k % 20 === 0))
      parts.push(`<text x="${x(k)}" y="${P.t + P.h + 16}" text-anchor="middle">${k}</text>`);
    parts.push(
      `<text x="${left + P.w / 2}" y="${P.t + P.h + 34}" text-anchor="middle">corrections learnt (posts tagged)</text>`,
    );
    return (k, v) => `${x(k)},${y(v)}`;
  };
  const accs = results.flatMap((r) => r.tagAll.flatMap((x) => [x.rules, x.blended]));
  const aLo = Math.floor(Math.min(...accs) * 50) / 50;
  const aHi = Math.ceil(Math.max(...accs) * 50) / 50;
  const acc = panel(P.l[0]!, aLo, aHi, 0.02, 'category accuracy on unseen posts (%)');
  const band = results.flatMap((r) =>
    r.tagAll.flatMap((x) => [mean(x.gains) - sd(x.gains), mean(x.gains) + sd(x.gains)]),
  );
  const gLo = Math.floor(Math.min(...band) * 100) / 100;
  const gHi = Math.ceil(Math.max(...band) * 100) / 100;
  const gain = panel(P.l[1]!, gLo, gHi, 0.01, 'gain of rules + model (pts, ±1 sd over seeds)');
  results.forEach((r, i) => {
    const c = colours[i % colours.length]!;
    const line = (pts: string[], dash = ''): string =>
      `<polyline fill="none" stroke="${c}" stroke-width="2" ${dash} points="${pts.join(' ')}"/>`;
    parts.push(
      line(
        r.tagAll.map((x) => acc(x.k, x.rules)),
        'stroke-dasharray="5 4"',
      ),
      line(r.tagAll.map((x) => acc(x.k, x.blended))),
      `<polygon fill="${c}" fill-opacity="0.15" stroke="none" points="${[
        ...r.tagAll.map((x) => gain(x.k, mean(x.gains) + sd(x.gains))),
        ...[...r.tagAll].reverse().map((x) => gain(x.k, mean(x.gains) - sd(x.gains))),
      ].join(' ')}"/>`,
      line(r.tagAll.map((x) => gain(x.k, mean(x.gains)))),
    );
    const lx = P.l[0]! + 10 + i * 200;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="${H - 12}" y2="${H - 12}" stroke="${c}" stroke-width="2"/>`,
      `<text x="${lx + 30}" y="${H - 8}">${r.name}: rules + model</text>`,
      `<line x1="${lx + 420}" x2="${lx + 444}" y1="${H - 12}" y2="${H - 12}" stroke="${c}" stroke-width="2" stroke-dasharray="5 4"/>`,
      `<text x="${lx + 450}" y="${H - 8}">${r.name}: rules only</text>`,
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
    'Generated by `npx tsx scripts/bench-learning.ts`. Each corpus is shuffled into a browsing order',
    `(${SEEDS.length} fixed seeds). The user labels the first k posts; the on-device model`,
    '(`src/classify/learn/`) learns them one at a time, and category accuracy is measured on the',
    'remaining, never-seen posts, for the classifier alone ("rules only": `classify`, the rules',
    'with the built-in model of `src/classify/model/`) and with the corrections (`classifyWith`).',
    'Gains are in percentage points, averaged over seeds; sd and worst / best are over seeds;',
    '"fixed / broken" counts the remaining posts whose category the model changed, to the gold one',
    'or away from it, per seed.',
    '',
    '![learning curve](learning-curve.svg)',
    '',
    ...table,
    '## Reading the figures',
    '',
    '- Since the built-in model (trained on dev and train.jsonl, not on this holdout) votes on close',
    '  category calls, the classifier starts higher: 91% on the holdout where the rules alone had',
    '  85-86%, and 98% on dev, which the model was trained on. The posts corrections used to fix are',
    '  mostly fixed before any correction now, so on these corpora the corrections add nothing',
    '  measurable (within a standard deviation of zero either way). They still teach what no',
    "  corpus can: a team's own habits (`test/background/learner.test.ts`), and where the user's",
    "  model changes a category the built-in model's vote gives way (`classifyWith`).",
    "- The model learns the rules' residual: where they go wrong, not what they already get right.",
    "  Its features are the rules' own state (chosen category, tie / close / clear call, HCP or",
    "  not), the rules' cue phrases that matched, and, weakly, the post's and headline's words.",
    '  It may only overturn the rules by a clear margin (`FLIP_MARGIN` in `learn/blend.ts`).',
    '- Only the remaining posts the classifier gets wrong can be fixed: about 2% of dev and 9% of',
    '  the holdout.',
    '- Every author appears once in each corpus, so these curves measure only what carries over to',
    '  new authors and new posts. A real feed repeats authors and formats, which the word and',
    '  headline features can learn (see `test/background/learner.test.ts`); this benchmark cannot',
    '  show that effect, and on these corpora those features add no measurable gain.',
    '- Without the flip margin the model also overturns exact ties: more gain on the holdout at',
    '  small k, but on dev it then breaks about 7 correct verdicts for every 10 it fixes, not 2.',
    '- With 59 remaining holdout posts at k = 120, one post is 1.7 points: the spread over seeds is',
    '  as wide as the gain there.',
    '',
  ].join('\n'),
);
