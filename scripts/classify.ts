/**
 * `npm run --silent classify -- <corpus.jsonl>`: one JSON verdict per input line, in input order,
 * with the corpus's ids. The whole file is validated before the first line is printed.
 */
import { classify } from '../src/classify/index';
import { CATEGORIES } from '../src/classify/types';
import { readCorpusArg, toInput } from './corpus';

const { rows } = readCorpusArg('npm run --silent classify -- <corpus.jsonl>');

const out: string[] = [];
for (const row of rows) {
  const v = classify(toInput(row));
  const scores: Record<string, number> = {};
  for (const c of CATEGORIES) scores[c] = Math.round(v.categoryScores[c] * 1000) / 1000;
  // Key order is part of the output contract.
  out.push(
    JSON.stringify({
      id: row.id,
      is_hcp: v.isHcp,
      hcp_confidence: v.hcpConfidence,
      trainee: v.trainee,
      industry: v.industry,
      specialty: v.specialty,
      category: v.category,
      category_scores: scores,
      ae: v.ae,
      signals: v.signals.map((s) => ({ label: s.label, weight: Math.round(s.weight * 100) / 100 })),
    }),
  );
}
process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
