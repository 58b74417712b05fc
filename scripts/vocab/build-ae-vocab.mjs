// Compiles the adverse-event vocabularies from Princeton WordNet 3.0 (Debian package wordnet-base,
// licence "WordNet 3.0": use, copy, modify and distribute for any purpose, commercial included,
// keeping Princeton's notice) into src/classify/vocab/wordnet-ae.generated.ts:
//   - product names: every noun under "drug", "vaccine", "insulin", "corticosteroid" whose most
//     frequent sense is that product and that is not also an English verb or adjective ("speed",
//     "ice" and "pot" are left out), minus class words such as "drug" or "medication";
//   - adverse effects: every noun under the symptom, pain, skin disease, allergy, bleeding,
//     infection, ... synsets below whose first or second sense is one of them;
//   - a fuzzy-match guard: English words one edit away from a product name ("actos" / "acts") that
//     the misspelling-tolerant match must never take for the product.
// Deterministic: sorted output, no dates. `npm run build` runs it; without WordNet installed
// (`apt-get install wordnet-base`) it keeps the committed file and says so.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
const OUT =
  process.env.AE_VOCAB_OUT ??
  new URL('../../src/classify/vocab/wordnet-ae.generated.ts', import.meta.url);

if (!existsSync(`${DIR}/data.noun`)) {
  console.log(`ae vocabulary: WordNet not found in ${DIR}; keeping the committed compiled file`);
  process.exit(0);
}

/** Noun synsets by offset: lemmas and hyponym pointers. */
function readNouns() {
  const syn = new Map();
  for (const line of readFileSync(`${DIR}/data.noun`, 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const t = line.split(' | ')[0].split(' ');
    const count = parseInt(t[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) words.push(t[i].replace(/\(.*\)$/, '').toLowerCase());
    const pointers = parseInt(t[i], 10);
    const below = [];
    for (let k = 0, j = i + 1; k < pointers; k++, j += 4)
      if (t[j] === '~' || t[j] === '~i') below.push(t[j + 1]);
    syn.set(t[0], { words, below });
  }
  return syn;
}

/** Lemma -> its noun synset offsets, most frequent sense first. */
function readSenses(pos) {
  const senses = new Map();
  for (const line of readFileSync(`${DIR}/index.${pos}`, 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const t = line.trim().split(' ');
    const synsets = parseInt(t[2], 10);
    senses.set(t[0], t.slice(t.length - synsets));
  }
  return senses;
}

function subtree(syn, roots) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const o = stack.pop();
    if (seen.has(o) || !syn.has(o)) continue;
    seen.add(o);
    stack.push(...syn.get(o).below);
  }
  return seen;
}

const nouns = readNouns();
const nounSenses = readSenses('noun');
const otherPos = new Set(['verb', 'adj', 'adv'].flatMap((p) => [...readSenses(p).keys()]));

// Product roots: drug, vaccine, insulin, corticosteroid.
const PRODUCT_ROOTS = ['03247620', '04517535', '05410646', '14751417'];
// Under "drug" but no medicinal product: alcoholic drinks, tobacco, cigars.
const NOT_PRODUCT_ROOTS = ['07884567', '04442831', '03030035'];
// Class words and street slang that name no suspect product.
// prettier-ignore
const NOT_A_PRODUCT = new Set([
  'drug', 'medication', 'medicament', 'medicinal_drug', 'medicine', 'dose', 'tonic', 'restorative',
  'bracer', 'pick-me-up', 'upper', 'downer', 'soft_drug', 'hard_drug', 'recreational_drug',
  'designer_drug', 'narcotic', 'tincture', 'synergist', 'suppressant', 'excitant', 'fixer', 'tornado',
  'thunder', 'superman', 'elvis', 'zen', 'lucy_in_the_sky_with_diamonds', 'loony_toons', 'dot', 'pane',
  'chalk', 'trash', 'glass', 'chicken_feed', 'big_h', 'hell_dust', 'nose_drops', 'nose_candy',
  'back_breaker', 'battery-acid', 'window_pane', 'green_goddess', 'mary_jane', 'acapulco_gold',
  'mexican_green', 'sess', 'sens', 'gage', 'smoke', 'skunk', 'locoweed', 'cat', 'kat', 'quat',
  'bennie', 'pep_pill', 'remedy', 'cure', 'agent', 'preparation', 'compound', 'vehicle',
]);
// Effect roots (see the header): symptom, side effect, pain, skin disease, allergy, hypersensitivity,
// anaphylaxis, sleep disorder, seizure/attack, bleeding, oedema, swelling, fatigue, alopecia,
// bruise, hallucination, depression, anxiety disorder, poisoning, vomiting, drug withdrawal,
// headache, insomnia, tremor (two), itch, jaundice, ulcer, blister, tinnitus,
// infection, palpitation, nosebleed, eruption.
// prettier-ignore
const EFFECT_ROOTS = [
  '14299637', '14311977', '14322699', '14219661', '14532816', '14533203', '14533547', '14297696',
  '14081941', '14288235', '14316714', '14315192', '14016361', '14457361', '14288871', '14377617',
  '14404160', '14374432', '14509712', '00118733', '00228911', '14326607', '14023374', '14005137', '00348801', '05723563', '14319684', '14211609', '05517837',
  '14568359', '14174549', '14335097', '14370992', '14321469',
];
// Words that name an effect only in a medical text and are mostly something else in a post.
// prettier-ignore
const NOT_AN_EFFECT = new Set([
  'symptom', 'sign', 'spots', 'floater', 'flush', 'torture', 'torment', 'stitch', 'smart', 'sting',
  'throb', 'fire', 'founder', 'acid', 'corn', 'chestnut', 'kink', 'crick', 'rick', 'wrick', 'cold',
  'scar', 'vaccination', 'irregularity', 'looseness', 'infection', 'contagion', 'transmission', 'attack',
  'fit', 'access', 'bout', 'paroxysm', 'round', 'murmur', 'heartburn', 'strain', 'depression', 'low',
  'blue', 'blues', 'dumps', 'mopes', 'anxiety', 'care', 'concern', 'fear', 'worry', 'headache',
  'confusion', 'state', 'condition', 'disorder', 'upset', 'ache', 'aching', 'pain', 'hurt', 'hurting',
]);

function lemmas(roots, keep, excludedRoots = []) {
  const excluded = subtree(nouns, excludedRoots);
  const inTree = new Set([...subtree(nouns, roots)].filter((o) => !excluded.has(o)));
  const out = new Set();
  for (const o of inTree)
    for (const w of nouns.get(o).words) if (keep(w, inTree)) out.add(w.replace(/_/g, ' '));
  return [...out].sort();
}

const products = lemmas(
  PRODUCT_ROOTS,
  (w, tree) => {
    if (NOT_A_PRODUCT.has(w) || w.length < 4 || /[^a-z_-]/.test(w) || otherPos.has(w)) return false;
    return tree.has(nounSenses.get(w)?.[0]);
  },
  NOT_PRODUCT_ROOTS,
);
const effects = lemmas(EFFECT_ROOTS, (w, tree) => {
  if (NOT_AN_EFFECT.has(w) || w.length < 4 || /[^a-z_' -]/.test(w)) return false;
  const s = nounSenses.get(w) ?? [];
  return tree.has(s[0]) || tree.has(s[1]);
});

/** Every single deletion of w. */
const deletions = (w) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));
/** English words within one edit of a product name of 6+ letters, that are no product themselves. */
function fuzzyGuard() {
  const names = new Set(products.filter((p) => p.length >= 6 && !p.includes(' ')));
  const index = new Map();
  for (const p of names) for (const [i, d] of deletions(p).entries()) index.set(`${d}|${i}`, p);
  const dels = new Set([...names].flatMap(deletions));
  const guard = new Set();
  const words = new Set([...nounSenses.keys(), ...otherPos]);
  for (const w of words) {
    if (w.length < 5 || /[^a-z]/.test(w) || names.has(w)) continue;
    const near = dels.has(w) || deletions(w).some((d, i) => names.has(d) || index.has(`${d}|${i}`));
    if (near) guard.add(w);
  }
  return [...guard].sort();
}
const guard = fuzzyGuard();

/** A string literal as prettier writes it: single quotes unless the text holds one. */
const literal = (list) => {
  const text = list.join('|');
  return text.includes("'") ? JSON.stringify(text) : `'${text}'`;
};

const file = `// Generated by scripts/vocab/build-ae-vocab.mjs from Princeton WordNet 3.0 (Debian wordnet-base).
// Do not edit: change the script and run \`npm run build\` (or the script) instead. The built
// extensions carry this notice in THIRD-PARTY-NOTICES.txt (from public/).
//
// This software and database is being provided to you, the LICENSEE, by
// Princeton University under the following license.  By obtaining, using
// and/or copying this software and database, you agree that you have
// read, understood, and will comply with these terms and conditions.:
//
// Permission to use, copy, modify and distribute this software and
// database and its documentation for any purpose and without fee or
// royalty is hereby granted, provided that you agree to comply with
// the following copyright notice and statements, including the disclaimer,
// and that the same appear on ALL copies of the software, database and
// documentation, including modifications that you make for internal
// use or for distribution.
//
// WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
//
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
// UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
// IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
// UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
// ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
// OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
// INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
// OTHER RIGHTS.
//
// The name of Princeton University or Princeton may not be used in
// advertising or publicity pertaining to distribution of the software
// and/or database.  Title to copyright in this software, database and
// any associated documentation shall at all times remain with
// Princeton University and LICENSEE agrees to preserve same.

/** Product names (generic and brand), '|'-separated. */
export const WORDNET_PRODUCTS =
  ${literal(products)};

/** Adverse effects and symptoms, clinical and lay, '|'-separated. */
export const WORDNET_EFFECTS =
  ${literal(effects)};

/** English words one edit away from a product name: never read as a misspelt product. */
export const FUZZY_GUARD =
  ${literal(guard)};
`;
writeFileSync(OUT, file);
console.log(
  `ae vocabulary: ${products.length} products, ${effects.length} effects, ${guard.length} fuzzy guards`,
);
