/**
 * The `eval` figures split by the language a post is written in, to check that Spanish, French,
 * German and Portuguese posts are handled as well as English ones. The corpus carries no language
 * label, so each post's language is guessed (`eval/languages.ts`).
 *
 *   npx tsx scripts/eval-languages.ts ../shared/corpus/dev.jsonl
 */
import { classify } from '../src/classify/index';
import { computeMetrics, type GoldLabels, type Prediction } from '../src/classify/metrics';
import { goldOrExit, readCorpusArg, toInput } from './corpus';
import { guessLanguage } from './eval/languages';

const { path, rows } = readCorpusArg('npx tsx scripts/eval-languages.ts <corpus.jsonl>');

const groups = new Map<string, { gold: GoldLabels[]; pred: Prediction[] }>();
for (const row of rows) {
  const g = goldOrExit(row, path);
  const v = classify(toInput(row));
  const lang = guessLanguage(row.text);
  const group = groups.get(lang) ?? { gold: [], pred: [] };
  group.gold.push(g);
  group.pred.push({ ...v });
  groups.set(lang, group);
}

const f = (x: number) => x.toFixed(3);
console.log('lang   posts  HCP F1  cat top-1  cat top-2  AE recall  specialty');
for (const [lang, { gold, pred }] of [...groups].sort(
  (a, b) => b[1].gold.length - a[1].gold.length,
)) {
  const m = computeMetrics(gold, pred);
  const ae = m.ae.tp + m.ae.fn > 0 ? f(m.ae.recall) : '  –  ';
  const sp = m.specialtyN > 0 ? `${f(m.specialtyAccuracy)} (${m.specialtyN})` : '–';
  console.log(
    `${lang.padEnd(6)} ${String(m.n).padStart(5)}  ${f(m.hcp.f1)}   ${f(m.categoryTop1)}      ` +
      `${f(m.categoryTop2)}      ${ae}      ${sp}`,
  );
}
