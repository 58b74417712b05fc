/**
 * Potential adverse event (taxonomy §3): a suspect product + an adverse event (an effect, lack of
 * effect, overdose or misuse, a medication error, a missed or rationed dose, withdrawal, exposure in
 * pregnancy) + an identifiable patient, all in one post. Recall matters more than precision (a
 * pharma user must route these to pharmacovigilance), so each part is matched loosely, in eight
 * languages and with misspelt names; an event that is negated ("no side effects") or only possible
 * ("can cause", "ask your doctor if") does not count, which keeps general statements false.
 */
import type { Signal, SignalCode } from './types';
import { findMisspelt, findProducts, type Capitals, type ProductHit } from './ae-products';
import {
  EVENT_WORDING,
  EVENTS,
  HYPOTHETICAL,
  IDIOM_BEFORE_OF,
  NEGATORS,
  TOPIC_AFTER,
  type EventKind,
} from './lexicon-ae-events';
import { LAY_EVENTS } from './lexicon-ae-lay';
import { PATIENTS, WRITER } from './lexicon-ae-patients';
import { WORDNET_EFFECTS } from './vocab/wordnet-ae.generated';
import { PhraseTable, phraseOf, tokenize } from './tokens';

/** Each kind of event as a reason code (a message name may hold no hyphen). */
const EVENT_CODE: Record<EventKind, SignalCode> = {
  effect: 'aeEvent_effect',
  'no-effect': 'aeEvent_noEffect',
  overdose: 'aeEvent_overdose',
  error: 'aeEvent_error',
  underdose: 'aeEvent_underdose',
  withdrawal: 'aeEvent_withdrawal',
  pregnancy: 'aeEvent_pregnancy',
};

export type { Capitals } from './ae-products';

/** The minimum case elements found in a post: the words of the text for each. */
export interface AeElements {
  products: string[];
  events: string[];
  patient: string[];
}

export interface AeResult {
  ae: boolean;
  signals: Signal[];
  /** The case's product, event and patient words (or the first found), for the category step. */
  product?: string | undefined;
  effect?: string | undefined;
  patient?: string | undefined;
  /**
   * Every element found, as the post writes it when asked for (`everyElement`) or when the post is
   * a case; otherwise folded, and empty when no medicine is named (the verdict needs no more).
   */
  elements: AeElements;
}

const EVENT = new PhraseTable<EventKind>([
  ...EVENTS,
  ...LAY_EVENTS,
  ...WORDNET_EFFECTS.split('|').map((e) => [e, 'effect'] as const),
]);
/** Patient cues; `true` for a bare first-person pronoun, which must stand close to the case. */
const PATIENT = new PhraseTable<boolean>([
  ...PATIENTS.map((e) => [e, false] as const),
  ...WRITER.map((e) => [e, true] as const),
]);
/** How far back a negator ("no", "keine") or a hedge ("can", "risk of") reaches. */
const NEGATION_REACH = 3;
const HEDGE_REACH = 4;
/**
 * How many words may separate the product from the event, and the patient from either: a case is
 * told in a sentence or two, while a long post naming a drug at the top and an ache at the bottom
 * is usually no case.
 */
const CASE_SPAN = 40;

/** How close a bare "me" or "ich" must be to the product or the event. */
const WRITER_SPAN = 12;

interface Span {
  start: number;
  end: number;
}

interface PatientHit extends Span {
  pronoun: boolean;
}

const near = (a: Span, b: Span, span = CASE_SPAN): boolean =>
  b.start - a.end <= span && a.start - b.end <= span;

/** The first product, event and patient close enough to tell one case, or undefined. */
function findCase<P extends Span, E extends Span>(
  products: readonly P[],
  events: readonly E[],
  patients: readonly PatientHit[],
): [P, E, Span] | undefined {
  for (const p of products)
    for (const e of events) {
      if (!near(p, e)) continue;
      for (const who of patients) {
        const span = who.pronoun ? WRITER_SPAN : CASE_SPAN;
        if (near(who, p, span) || near(who, e, span)) return [p, e, who];
      }
    }
  return undefined;
}

interface EventHit {
  start: number;
  end: number;
  kind: EventKind;
}

function reaches(words: readonly string[], start: number, reach: number, set: ReadonlySet<string>) {
  for (let k = Math.max(0, start - reach); k < start; k++) if (set.has(words[k]!)) return true;
  return false;
}

/** How close an event must follow a negated or hedged one to share its fate: "no nausea or rash". */
const LIST_GAP = 3;

/** "and", "or", "are", "und", "ou", "и": words that join the items of one list, or name them. */
// prettier-ignore
const LIST_WORDS = new Set([
  'and', 'or', 'nor', 'und', 'oder', 'noch', 'et', 'ou', 'ni', 'y', 'o', 'ni', 'e', 'ed', 'en', 'of', 'и', 'или',
  'any', 'even', 'are', 'is', 'were', 'was', 'an', 'a', 'like', 'as', 'such', 'sind', 'ist', 'sont', 'est',
  'son', 'es', 'sono', 'zijn',
]);

/** Whether `start` continues, through list words only, a list that ended at `prevEnd`. */
function listedAfter(words: readonly string[], prevEnd: number, start: number): boolean {
  if (start - prevEnd > LIST_GAP || start === prevEnd) return false;
  for (let k = prevEnd; k < start; k++) if (!LIST_WORDS.has(words[k]!)) return false;
  return true;
}

/** Events told as having happened: not negated, not hedged, not part of a product's name. */
function findEvents(words: readonly string[], products: readonly ProductHit[]): EventHit[] {
  const hits: EventHit[] = [];
  let covered = -1;
  // End of the last event dropped as negated or hedged: the next one in the same list goes too.
  let droppedEnd = -Infinity;
  EVENT.each(words, (kind, start, end) => {
    if (start < covered) return;
    if (products.some((p) => start < p.end && end > p.start)) return;
    const next = words[end] ?? '';
    if (
      listedAfter(words, droppedEnd, start) ||
      reaches(words, start, NEGATION_REACH, NEGATORS) ||
      reaches(words, start, HEDGE_REACH, HYPOTHETICAL) ||
      (kind === 'effect' && TOPIC_AFTER.has(next)) ||
      (next === 'of' && IDIOM_BEFORE_OF.has(words[end - 1]!))
    ) {
      droppedEnd = end;
      covered = end;
      return;
    }
    hits.push({ start, end, kind });
    covered = end;
  });
  return hits;
}

/** "my rinvoq", "mein Ozempic": the writer owns the product, so the writer is the patient. */
// prettier-ignore
const MY = new Set([
  'my', 'mein', 'meine', 'meinem', 'mon', 'ma', 'mes', 'mi', 'mis', 'mio', 'mia', 'meu', 'minha', 'mijn', 'мои', 'моя', 'мое',
]);

function findPatients(words: readonly string[], products: readonly ProductHit[]): PatientHit[] {
  const hits: PatientHit[] = [];
  let covered = -1;
  PATIENT.each(words, (pronoun, start, end) => {
    if (start < covered) return;
    hits.push({ start, end, pronoun });
    covered = end;
  });
  for (const p of products)
    if (p.start > 0 && MY.has(words[p.start - 1]!))
      hits.push({ start: p.start - 1, end: p.end, pronoun: false });
  return hits;
}

/**
 * The post's own spelling of words `start..end` ("Dépakine" rather than the folded "depakine"),
 * when its tokens line up with the folded ones; the folded words otherwise.
 */
function spelling(words: readonly string[], text: string | undefined) {
  // Tokenising the text again is costly: only done once a phrase is asked for.
  let source: readonly string[] | undefined;
  return (start: number, end: number): string => {
    if (source === undefined) {
      const original = text === undefined ? undefined : tokenize(text);
      source = original !== undefined && original.length === words.length ? original : words;
    }
    return phraseOf(source, start, end);
  };
}

function folded(words: readonly string[]) {
  return (start: number, end: number): string => phraseOf(words, start, end);
}

function distinct(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * `words` are the post's folded words; `capitals` the folded forms of words written with a capital
 * (a hint that an unknown word after "on" is a brand name); `text` the post as written, to quote it.
 */
export function detectAe(
  words: readonly string[],
  capitals: Capitals,
  text?: string,
  /** Look for the patient and events even in a post that names no product (`aeElements`). */
  everyElement = false,
): AeResult {
  const none = (): AeResult => ({
    ae: false,
    signals: [],
    elements: { products: [], events: [], patient: [] },
  });
  let products = findProducts(words, capitals, everyElement);
  // Most posts name no medicine: the verdict then needs nothing more. Misspelt names, the costly
  // lookup, are looked for only when an event could make a case of them.
  if (products.length === 0 && !everyElement) {
    if (EVENT.first(words) === undefined) return none();
    products = findMisspelt(words);
    if (products.length === 0) return none();
  }
  const patients = findPatients(words, products);
  const events = findEvents(words, products);
  const found = findCase(products, events, patients);
  // The verdict alone needs no quotes unless it is a case: the folded words say what was found.
  const say = found || everyElement ? spelling(words, text) : folded(words);
  const elements: AeElements = {
    products: distinct(products.map((p) => say(p.start, p.end))),
    events: distinct(events.map((e) => say(e.start, e.end))),
    patient: distinct(patients.map((p) => say(p.start, p.end))),
  };
  if (!found) {
    const [product, effect, patient] = [
      elements.products[0],
      elements.events[0],
      elements.patient[0],
    ];
    return { ae: false, signals: [], product, effect, patient, elements };
  }
  const [p, e, who] = found;
  const [product, effect, patient] = [
    say(p.start, p.end),
    say(e.start, e.end),
    say(who.start, who.end),
  ];
  const readAs = p.readAs ? ` (read as ${p.readAs})` : '';
  const signals: Signal[] = [
    {
      kind: 'ae',
      label: `Names a medicine: '${product}'${readAs}`,
      weight: 1,
      reason: p.readAs
        ? { code: 'aeMedicineReadAs', params: [p.readAs], quote: product }
        : { code: 'aeMedicine', quote: product },
    },
    {
      kind: 'ae',
      label: `${EVENT_WORDING[e.kind]}: '${effect}'`,
      weight: 1,
      reason: { code: EVENT_CODE[e.kind], quote: effect },
    },
    {
      kind: 'ae',
      label: `About a specific person: '${patient}'`,
      weight: 1,
      reason: { code: 'aePerson', quote: patient },
    },
  ];
  return { ae: true, signals, product, effect, patient, elements };
}
