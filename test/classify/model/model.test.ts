import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify';
import { classifyRules } from '../../../src/classify/classify';
import { decideWith, DEFAULT_OPTIONS } from '../../../src/classify/model/decide';
import { BUCKETS, modelFeatures } from '../../../src/classify/model/features';
import { K, OUTPUTS, type BuiltinModel } from '../../../src/classify/model/model';
import type { ClassifyInput } from '../../../src/classify/types';
import { WEIGHTS, weightsJson } from '../../../scripts/model/train';

/** A model that says "HCP" (or one category) with full conviction whatever the post. */
function convinced(output: (typeof OUTPUTS)[number]): BuiltinModel {
  const w = new Float32Array(BUCKETS * K);
  const k = OUTPUTS.indexOf(output);
  // Every bucket votes, so any post's features add up to a large logit for `output`.
  for (let b = 0; b < BUCKETS; b++) w[b * K + k] = 50;
  return { w };
}

const judge = (model: BuiltinModel, input: ClassifyInput, opts = DEFAULT_OPTIONS) => {
  const { verdict, state } = classifyRules(input);
  return { rules: verdict, final: decideWith(model, input, verdict, state, opts) };
};

describe('the built-in model', () => {
  it(
    'ships weights that training on the corpora reproduces byte for byte',
    { timeout: 120_000 },
    () => {
      expect(weightsJson()).toBe(readFileSync(WEIGHTS, 'utf8'));
    },
  );

  it('stays within its size budget (64 KB of weights)', () => {
    expect(statSync(WEIGHTS).size).toBeLessThan(64 * 1024);
  });

  it('calls an author without a bio an HCP only when sure, and says why', () => {
    const bare: ClassifyInput = {
      platform: 'bluesky',
      authorName: 'Sam Okoro',
      authorHeadline: '',
      text: 'Rounded on 18 patients today, discharged 6.',
    };
    const { rules, final } = judge(convinced('hcp'), bare);
    expect(rules.isHcp).toBe(false);
    expect(final.isHcp).toBe(true);
    expect(
      final.signals.some((s) => /No bio shown; name and post read like a clinician/.test(s.label)),
    ).toBe(true);
  });

  it('never overrules the rules where they are sure: a bio, or evidence against', () => {
    const withBio: ClassifyInput = {
      platform: 'linkedin',
      authorName: 'Jordan Blake',
      authorHeadline: 'Growth marketer at a health-tech startup',
      text: 'Rounded on 18 patients today.',
    };
    expect(judge(convinced('hcp'), withBio).final.isHcp).toBe(false);
    const lookAlike: ClassifyInput = {
      platform: 'x',
      authorName: 'Bitcoin MD',
      authorHeadline: '',
      text: "I'm not a doctor, but this coin is medicine for your portfolio.",
    };
    expect(judge(convinced('hcp'), lookAlike).final.isHcp).toBe(false);
  });

  it('votes on the category only where the rules are unsure, and names the change', () => {
    const clear: ClassifyInput = {
      platform: 'linkedin',
      authorName: 'Dana Cole, MD',
      authorHeadline: 'Hospitalist',
      text: "We're hiring two hospitalists! Apply via the link, sign-on bonus, no weekends.",
    };
    expect(judge(convinced('none'), clear).final.category).toBe('catalyzing');
    const vague: ClassifyInput = { ...clear, text: 'Long week. Grateful for this team.' };
    const { rules, final } = judge(convinced('creating'), vague);
    expect(rules.category).not.toBe('creating');
    expect(final.category).toBe('creating');
    expect(final.signals.map((s) => s.label)).toContain(
      'Category worded like other creating posts (learnt from labelled posts)',
    );
  });

  it('hashes features into the bucket range, the same way every time', () => {
    const input: ClassifyInput = {
      platform: 'x',
      authorName: 'A',
      authorHeadline: 'RN',
      text: 'Night shift done.',
    };
    const { verdict, state } = classifyRules(input);
    const f = modelFeatures(input, verdict, state);
    expect(f).toEqual(modelFeatures(input, verdict, state));
    for (const id of f.ids) expect(id >= 0 && id < BUCKETS).toBe(true);
  });

  it('is what `classify` runs: a shipped model that changes nothing would fail here', () => {
    // A clinician without a bio asking colleagues about a case: the rules see neither.
    const input: ClassifyInput = {
      platform: 'x',
      authorName: 'Dr Kaveh',
      authorHeadline: '',
      text: 'Derm colleagues: patient on methotrexate for psoriasis with new mouth ulcers and low platelets. Folate was never prescribed. Thoughts?',
    };
    const rules = classifyRules(input).verdict;
    expect([rules.isHcp, rules.category]).toEqual([false, 'none']);
    const shipped = classify(input);
    expect([shipped.isHcp, shipped.category]).toEqual([true, 'collaborating']);
    expect(DEFAULT_OPTIONS.bareHcp).toBeGreaterThanOrEqual(0.5);
  });

  it('flags an adverse event the rules missed, except in a negated post, and says why', () => {
    const named: ClassifyInput = {
      platform: 'x',
      authorName: 'Juno',
      authorHeadline: '',
      text: 'started lexapro 10 days ago and I yawn constantly and feel numb, like nothing matters',
    };
    // On in what ships (see DEFAULT_OPTIONS): it adds the cases the lists miss.
    const { rules, final } = judge(convinced('ae'), named);
    expect(rules.ae).toBe(false);
    expect(final.ae).toBe(true);
    expect(final.signals.some((s) => s.kind === 'ae' && /side effect/.test(s.label))).toBe(true);
    // Asked to complete only cases with a medicine the lists know, it leaves an unnamed one alone.
    const unnamed = { ...named, text: 'Ten days into the new job and I yawn constantly.' };
    const namedOnly = { ...DEFAULT_OPTIONS, aeNeedsProduct: true };
    expect(judge(convinced('ae'), unnamed, namedOnly).final.ae).toBe(false);
    // A negated or hedged post stays with the rules.
    const negated = { ...named, text: 'started lexapro 10 days ago and no side effects at all' };
    expect(judge(convinced('ae'), negated).final.ae).toBe(false);
    // Switched off, the rules alone decide.
    expect(judge(convinced('ae'), named, { ...DEFAULT_OPTIONS, aeModel: 1 }).final.ae).toBe(false);
  });
});
