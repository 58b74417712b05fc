import { describe, expect, it } from 'vitest';
import { classify, classifyWith } from '../../src/classify/index';
import { blend, modelWeight } from '../../src/classify/learn/blend';
import { BUCKETS, features, hash } from '../../src/classify/learn/features';
import {
  createModel,
  deserialize,
  learn,
  predict,
  serialize,
} from '../../src/classify/learn/model';
import { CATEGORIES, type Category, type ClassifyInput } from '../../src/classify/types';

const post = (text: string, headline = 'Family physician'): ClassifyInput => ({
  platform: 'linkedin',
  authorName: 'Dr. Ana Test',
  authorHeadline: headline,
  text,
});
const uniform = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, 1 / 6])) as Record<Category, number>;

describe('features', () => {
  it('hashes deterministically into the bucket range', () => {
    expect(hash('abc')).toBe(hash('abc'));
    const fs = features(post('Vaccines save lives'));
    expect(fs.length).toBeGreaterThan(10);
    for (const f of fs) expect(f).toBeGreaterThanOrEqual(0);
    for (const f of fs) expect(f).toBeLessThan(BUCKETS);
  });
});

describe('model', () => {
  it('is uniform before any correction', () => {
    const p = predict(createModel(), post('anything'));
    for (const c of CATEGORIES) expect(p[c]).toBeCloseTo(1 / 6);
  });
  it('learns incrementally and moves similar posts toward the corrected category', () => {
    const m = createModel();
    const text = 'Sourdough loaf number nine came out of the oven with a perfect crust';
    const before = predict(m, post(text)).connecting;
    for (let i = 0; i < 5; i++) learn(m, post(text), 'connecting');
    expect(m.examples).toBe(5);
    expect(predict(m, post('My sourdough loaf and a perfect crust')).connecting).toBeGreaterThan(
      before,
    );
  });
  it('rejects an unknown category', () => {
    expect(() => learn(createModel(), post('x'), 'nonsense' as Category)).toThrow();
  });
  it('serialises to compact JSON and back without changing predictions', () => {
    const m = createModel();
    learn(m, post('We are hiring two nurses for our clinic'), 'catalyzing');
    learn(m, post('Reminder: wash your hands'), 'communicating');
    const json = JSON.stringify(serialize(m));
    const back = deserialize(JSON.parse(json));
    const probe = post('Hiring nurses now');
    expect(predict(back, probe).catalyzing).toBeCloseTo(predict(m, probe).catalyzing, 3);
    expect(back.examples).toBe(2);
  });
  it('refuses a model from another format', () => {
    expect(() => deserialize({ v: 1 } as never)).toThrow();
  });
});

describe('blend and classifyWith', () => {
  it('the rules decide alone with no examples', () => {
    const rules = { ...uniform(), creating: 0.5, none: 0.5 / 5 };
    expect(blend(rules, { ...uniform(), none: 0.9 }, 0)).toEqual(blend(rules, uniform(), 0));
    expect(modelWeight(0)).toBe(0);
  });
  it('trusts the model more as examples accumulate', () => {
    expect(modelWeight(1)).toBeLessThan(modelWeight(10));
    expect(modelWeight(10)).toBeLessThan(modelWeight(100));
    expect(modelWeight(1000)).toBeLessThanOrEqual(1);
  });
  it('blended scores are a distribution', () => {
    const b = blend({ ...uniform(), creating: 0.4 }, { ...uniform(), none: 0.5 }, 20);
    expect(CATEGORIES.reduce((s, c) => s + b[c], 0)).toBeCloseTo(1, 6);
  });
  it('classifyWith(null) is classify', () => {
    const p = post('Our trial is published in JAMA today.');
    expect(classifyWith(p, null)).toEqual(classify(p));
  });
  it('repeated corrections of one kind of post change its category and say so', () => {
    const m = createModel();
    const seen = post('Selling my road bike, barely used, message me', 'Cardiologist');
    const rulesSay = classify(seen).category;
    const wanted: Category = rulesSay === 'connecting' ? 'communicating' : 'connecting';
    for (let i = 0; i < 15; i++) learn(m, seen, wanted);
    const v = classifyWith(post('Selling my old road bike, message me', 'Cardiologist'), m);
    expect(v.category).toBe(wanted);
    expect(v.signals.some((s) => s.kind === 'category' && s.label.includes('corrections'))).toBe(
      true,
    );
  });
});
