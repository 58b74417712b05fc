/**
 * What the post itself says about its author: first-person clinical practice ("my patients", "post
 * call") is weak HCP evidence, capped so a post alone never makes an HCP; a patient's voice ("my
 * neurologist") counts against. `hcp.ts` asks only when the profile does not already rule it out.
 */
import type { Signal } from './types';
import { TEXT_CLINICAL, TEXT_PATIENT_VOICE } from './lexicon-hcp-context';
import { PhraseTable, phraseOf, phraseSet } from './tokens';

const TEXT_CAP = 3;

/** All post-language rules in one table, so the post is scanned once; the value is the rule index. */
const TEXT_TABLE: PhraseTable<number> = new PhraseTable(
  TEXT_CLINICAL.flatMap((r, i) => r.entries.map((e) => [e, i] as const)),
);
const PATIENT_VOICE = phraseSet(TEXT_PATIENT_VOICE.entries);
const POSSESSIVE = new Set(['my', 'mi', 'mon', 'ma', 'mein', 'meine', 'meu', 'minha']);
const SPECIALIST_NOUN = /log(?:ist|a|o|ue|e|in)$/;

/** "my neurologist", "mi cardiólogo": the author is someone's patient. */
function patientVoice(words: readonly string[]): string | undefined {
  for (let i = 0; i + 1 < words.length; i++)
    if (POSSESSIVE.has(words[i]!) && SPECIALIST_NOUN.test(words[i + 1]!))
      return `${words[i]} ${words[i + 1]}`;
  return PATIENT_VOICE.first(words)?.phrase;
}

/** First-person clinical language in the post, capped so a post alone never makes an HCP. */
export function postLanguage(words: readonly string[]): Signal[] {
  const signals: Signal[] = [];
  let textScore = 0;
  const firstHit = new Map<number, string>();
  TEXT_TABLE.each(words, (value, start, end) => {
    if (!firstHit.has(value)) firstHit.set(value, phraseOf(words, start, end));
  });
  TEXT_CLINICAL.forEach((r, i) => {
    const phrase = firstHit.get(i);
    if (phrase === undefined || textScore >= TEXT_CAP) return;
    const w = Math.min(r.weight, TEXT_CAP - textScore);
    textScore += w;
    signals.push({
      kind: 'hcp',
      label: `${r.label}: '${phrase}'`,
      weight: w,
      reason: { code: r.code, where: 'post', quote: phrase },
    });
  });
  const voice = patientVoice(words);
  if (voice) {
    const { label, weight, code } = TEXT_PATIENT_VOICE;
    signals.push({
      kind: 'not-hcp',
      label: `${label}: '${voice}'`,
      weight,
      reason: { code, where: 'post', quote: voice },
    });
  }
  return signals;
}
