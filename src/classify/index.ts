/**
 * The classifier: pure, synchronous, no DOM or browser APIs, so the content script, the dashboard
 * and the `classify` / `eval` commands share it. All regexes are compiled at module load.
 */
import type { ClassifyInput, Verdict } from './types';
import { assessHcp } from './hcp';
import { pickSpecialty } from './specialty';
import { detectAe } from './ae';
import { scoreCategories } from './category';
import { fold } from './text';

export { CATEGORIES } from './types';
export type { Category, ClassifyInput, Signal, Verdict } from './types';

export function classify(input: ClassifyInput): Verdict {
  const text = input.text ?? '';
  const folded = fold(text);
  const hcp = assessHcp(input, folded);
  const signals = [...hcp.signals];

  let specialty = '';
  if (hcp.isHcp) {
    const picked = pickSpecialty(hcp.profileFolded, hcp.specialtyHits, hcp.profession);
    specialty = picked.slug;
    if (picked.signal) signals.push(picked.signal);
  }

  const ae = detectAe(folded, text);
  signals.push(...ae.signals);

  let questions = 0;
  for (let i = text.indexOf('?'); i !== -1; i = text.indexOf('?', i + 1)) questions++;
  const { category, scores } = scoreCategories(folded, {
    isHcp: hcp.isHcp,
    ae: ae.ae,
    product: ae.product !== undefined,
    questions,
  });

  return {
    isHcp: hcp.isHcp,
    hcpConfidence: Math.round(hcp.confidence * 1000) / 1000,
    signals,
    specialty,
    trainee: hcp.trainee,
    industry: hcp.industry,
    category,
    categoryScores: scores,
    ae: ae.ae,
  };
}
