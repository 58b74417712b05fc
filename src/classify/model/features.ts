/**
 * Features of a post for the built-in model (`model.ts`): hashed words, word pairs and word stems of
 * the post and of the author's profile, plus the rules' own findings (their HCP score, which signals
 * fired, their category scores), so the model learns where the rules are right and what they miss.
 * Everything is hashed into `BUCKETS`, so the shipped weights hold no text.
 */
import type { ClassifyInput, Verdict } from '../types';

/** 2^12 buckets: enough for a few hundred posts' vocabulary, and 36 KB of weights for nine outputs. */
export const BUCKETS = 1 << 12;

/** What the rules found, beyond the verdict: the model reads it as features. */
export interface RuleState {
  /** The rules' summed HCP evidence (threshold 2). */
  hcpScore: number;
  /** The post's folded words and the profile's (name and headline). */
  words: readonly string[];
  profileWords: readonly string[];
  /** Role of a clinical title in the profile, or stated in the post ('' when none). */
  profileRole: string;
  statedRole: string;
  /** The parts of an adverse-event case the rules found, whether or not they made a case. */
  aeParts: readonly ('product' | 'event' | 'patient')[];
}

/** A sparse vector: bucket ids (may repeat) and their values. */
export interface Features {
  ids: number[];
  vals: number[];
  /** The first `rules` entries are the rules' findings (read by the HCP, trainee, industry outputs). */
  rules: number;
}

/** FNV-1a, 32 bit, of `s` up to `end`: stable across runs, machines and builds. */
function fnv(s: string, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A hash combined with a feature family's salt, then mixed (murmur3's finaliser) into a bucket. */
function mix(h: number, salt: number): number {
  h = Math.imul(h ^ salt, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & (BUCKETS - 1);
}

const bucket = (s: string): number => mix(fnv(s), 0);

/** The part of a signal's label that names its kind of evidence, without the quoted words. */
function signalKey(label: string): string {
  const cut = label.search(/[('(:]/);
  return (cut === -1 ? label : label.slice(0, cut)).trim();
}

const STEM = 5;
/** Salts of the word, stem and word-pair families, for the post (0) and the profile (1). */
const SALT = [
  [0x2545f491, 0x6c8e9cf5, 0x1b873593],
  [0x7feb352d, 0x3c6ef372, 0x27d4eb2f],
] as const;

/**
 * Words, word pairs and word stems of one field, weighted so a long post does not drown a short
 * bio. Each word is hashed once and the features' ids are mixed from that number: building a
 * string per feature cost more than the rest of the model.
 */
function addText(f: Features, field: 0 | 1, words: readonly string[]): void {
  const n = words.length;
  if (n === 0) return;
  const x = 1 / Math.sqrt(n);
  const [sw, ss, sb] = SALT[field];
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const h = fnv(w);
    f.ids.push(mix(h, sw));
    f.vals.push(x);
    if (w.length > STEM + 1) {
      f.ids.push(mix(fnv(w, STEM), ss));
      f.vals.push(x);
    }
    if (i > 0) {
      f.ids.push(mix(Math.imul(prev, 0x9e3779b1) ^ h, sb));
      f.vals.push(x);
    }
    prev = h;
  }
}

/**
 * Rule findings and the profile's words come first and are counted in `rules`: the HCP, trainee
 * and industry outputs read them, the category outputs do not. The rules were tuned on one of the training corpora, where
 * their category is right nine times in ten; a category output that could read it would learn to
 * echo it, and the model is there for the posts where it is wrong. The category outputs read the
 * words alone, and `decide.ts` multiplies their distribution with the rules'.
 */
export function modelFeatures(
  input: ClassifyInput,
  rules: Verdict,
  state: RuleState,
  withRules = true,
): Features {
  const f: Features = { ids: [], vals: [], rules: 0 };
  const one = (key: string, v = 1): void => {
    f.ids.push(bucket(key));
    f.vals.push(v);
  };
  if (withRules) addRules(f, one, rules, state);
  // The profile says who the author is, not what this post is about: learnt on a few hundred
  // authors, it taught the category outputs to recognise authors rather than posts.
  if (withRules) addText(f, 1, state.profileWords);
  f.rules = f.ids.length;
  one('bias');
  one(`pf|${input.platform}`);
  one(`bio|${state.profileWords.length > 0 ? 'some' : 'none'}`);
  // Who speaks: a clinician's personal post is Connecting, a patient's often none of the five.
  one(`who|${rules.isHcp ? 'hcp' : 'other'}`);
  if (rules.industry) one('who|industry');
  if (rules.trainee) one('who|trainee');
  addShape(one, input.text, state.words);
  addText(f, 0, state.words);
  return f;
}

/** Pronouns of seven languages, by person: who a post speaks for and to says much of its C. */
const PERSON = new Map<string, string>();
for (const [who, list] of [
  [
    'i',
    "i i'm im my me mine ich mein meine mir mich je j'ai mon ma mes moi yo mi mis me io mio mia ik mijn eu meu minha",
  ],
  [
    'we',
    'we our us ours wir unser unsere uns nous notre nos nosotros nuestro nuestra noi nostro nostra ons onze nos nosso nossa',
  ],
  [
    'you',
    'you your yours du dein deine ihr euch vous votre vos tu ton ta tus usted vostro jij jouw je u uw voce voces seu sua',
  ],
] as const)
  for (const w of list.split(' ')) PERSON.set(w, who);

/**
 * The post's shape, in any language: its length, questions, links, hashtags, numbers, line
 * breaks, and who it speaks for (I, we) and to (you). Words differ from one corpus to the next;
 * these carry over (a quiz asks, a job post says "we", a tip says "you", a paper has numbers).
 */
function addShape(
  one: (key: string, v?: number) => void,
  text: string,
  words: readonly string[],
): void {
  const n = words.length;
  one(`len|${n < 12 ? 'xs' : n < 30 ? 's' : n < 70 ? 'm' : 'l'}`);
  if (text.includes('?')) one('has|question');
  if (text.includes('!')) one('has|exclaim');
  if (/https?:|www\./.test(text)) one('has|link');
  if (/(?:^|\s)#\w/u.test(text)) one('has|hashtag');
  if (/\d\s?%|\b\d{2,}\b/.test(text)) one('has|number');
  if (text.includes('\n')) one('has|lines');
  const count = { i: 0, we: 0, you: 0 };
  for (const w of words) {
    const who = PERSON.get(w) as keyof typeof count | undefined;
    if (who) count[who]++;
  }
  const most = (Object.keys(count) as (keyof typeof count)[]).sort(
    (a, b) => count[b] - count[a],
  )[0]!;
  if (count[most] > 0) one(`voice|${most}`);
  for (const who of ['i', 'we', 'you'] as const) if (count[who] > 0) one(`uses|${who}`);
}

/** The rules' findings (`withRules: false` when only the categories, which ignore them, are asked). */
function addRules(
  f: Features,
  one: (key: string, v?: number) => void,
  rules: Verdict,
  state: RuleState,
): void {
  one('r|score', Math.max(-6, Math.min(8, state.hcpScore)) / 4);
  one(`r|hcp|${rules.isHcp}`);
  for (const s of rules.signals)
    if (s.kind !== 'ae' && s.kind !== 'category') one(`s|${s.kind}|${signalKey(s.label)}`);
  if (state.profileRole) one(`v|p|${state.profileRole}`);
  if (state.statedRole) one(`v|t|${state.statedRole}`);
  // What the adverse-event rules found, alone and together: the model's AE output learns which
  // half-found cases are reports all the same (a brand the lists lack, a patient said indirectly).
  one(`r|ae|${rules.ae}`);
  for (const part of state.aeParts) one(`a|${part}`);
  if (state.aeParts.length > 1) one(`a|${state.aeParts.join('+')}`);
}
