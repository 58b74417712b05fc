import { describe, expect, it } from 'vitest';
import { classify, classifyWith } from '../../src/classify/index';
import { classifyRules } from '../../src/classify/classify';
import { blend, FLIP_MARGIN, modelWeight, withModel } from '../../src/classify/learn/blend';
import { BUCKETS, features, hash, margin } from '../../src/classify/learn/features';
import {
  createModel,
  deserialize,
  learn,
  MAX_WEIGHT_ROWS,
  MODEL_VERSION,
  predict,
  serialize,
} from '../../src/classify/learn/model';
import { CATEGORIES, type Category, type ClassifyInput } from '../../src/classify/types';

const post = (text: string, headline = 'Physical therapist | sports rehab'): ClassifyInput => ({
  platform: 'x',
  authorName: 'Sam Rivera',
  authorHeadline: headline,
  text,
});
const uniform = (): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, 1 / 6])) as Record<Category, number>;

// A systematic blind spot of the rules: a clinician's plain self-care tips match no cue, so `none`
// wins (often on a tie). A user who tags such posts as public education should see the next ones
// change, and nothing else.
const tips = [
  'Sprained ankle? Ice it for twenty minutes, keep it raised, and start walking on it as soon as it stops hurting.',
  'Sitting all day? Stand up every half hour and roll your shoulders back. Your neck will thank you.',
  'Knee pain on stairs usually means weak hips, not bad knees. Clamshells and side planks, three times a week.',
  'Back pain: keep moving. Bed rest makes it last longer, gentle walking makes it heal faster.',
  'Runners, swap one long run a week for a hill session and your calves will get stronger.',
  'Plantar fasciitis is worst with the first steps of the morning. Stretch your calf before you get out of bed.',
].map((t) => post(t));
const unseenTips = [
  'Tennis elbow loves slow, heavy wrist curls. Pain up to three out of ten during the exercise is fine.',
  'Hamstring strains come back when you skip the strength phase. Nordic curls twice a week lower the odds.',
  'Shin splints? Cut your weekly distance by a third and add calf raises until the pain settles.',
  'Stiff neck in the morning? Try a lower pillow and a few gentle chin tucks before you get up.',
].map((t) => post(t));
const others = [
  post(
    "We're hiring two ICU nurses for night shifts. Apply through the link in my profile.",
    'ICU nurse manager',
  ),
  post(
    'Our phase 3 trial results are out in the journal today: exacerbations fell by a third.',
    'Pulmonologist',
  ),
  post('Has anyone switched patients from warfarin to apixaban? What did you see?', 'Cardiologist'),
  post(
    'Twelve hours into a night shift and the team still brought cake for my birthday.',
    'ER nurse',
  ),
];
/** A distribution with the given scores and the rest shared equally. */
const dist = (some: Partial<Record<Category, number>>): Record<Category, number> => {
  const rest = CATEGORIES.filter((c) => some[c] === undefined);
  const left = 1 - Object.values(some).reduce((a, b) => a + b, 0);
  return Object.fromEntries(CATEGORIES.map((c) => [c, some[c] ?? left / rest.length])) as Record<
    Category,
    number
  >;
};
const taught = () => {
  const m = createModel();
  for (const p of tips) learn(m, p, 'communicating');
  return m;
};

describe('features', () => {
  it('hashes deterministically into the bucket range, one value per distinct bucket', () => {
    expect(hash('abc')).toBe(hash('abc'));
    const p = post('Vaccines save lives. Get your flu shot this week.');
    const f = features(p, classify(p));
    expect(f).toEqual(features(p, classify(p)));
    expect(f.ids.length).toBe(f.vals.length);
    expect(new Set(f.ids).size).toBe(f.ids.length);
    for (const id of f.ids) expect(id >= 0 && id < BUCKETS).toBe(true);
  });
  it('describes the rules’ state, so posts with the same blind spot share features', () => {
    const [a, b] = [tips[0]!, unseenTips[0]!];
    const shared = features(a, classify(a)).ids.filter((id) =>
      features(b, classify(b)).ids.includes(id),
    );
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });
  it('grades how decided the rules were', () => {
    expect(margin(uniform())).toBe('tie');
    expect(margin({ ...uniform(), creating: 0.25, none: 0.1 })).toBe('close');
    expect(margin({ ...uniform(), creating: 0.6, none: 0.05 })).toBe('clear');
  });
});

describe('model', () => {
  it('is uniform before any correction', () => {
    const p = predict(createModel(), post('anything'));
    for (const c of CATEGORIES) expect(p[c]).toBeCloseTo(1 / 6);
  });
  it('rejects an unknown category', () => {
    expect(() => learn(createModel(), post('x'), 'nonsense' as Category)).toThrow();
  });
  it('after corrections of a systematic rule error, fixes similar posts it has not seen', () => {
    for (const p of [...tips, ...unseenTips])
      expect(classifyRules(p).verdict.category).toBe('none');
    const m = taught();
    expect(m.examples).toBe(tips.length);
    const fixed = unseenTips.filter((p) => classifyWith(p, m).category === 'communicating');
    expect(fixed.length).toBeGreaterThanOrEqual(3);
    const v = classifyWith(fixed[0]!, m);
    expect(v.signals.some((s) => s.label === 'Category learnt from your 6 corrections')).toBe(true);
  });
  it('leaves posts the rules get right, and unrelated to the corrections, alone', () => {
    const m = taught();
    for (const p of others) expect(classifyWith(p, m).category).toBe(classify(p).category);
  });
  it('learns little from confirmations of confident rule verdicts', () => {
    const m = createModel();
    for (const p of others) learn(m, p, classify(p).category);
    for (const p of [...others, ...tips])
      expect(classifyWith(p, m).category).toBe(classify(p).category);
  });
  it(
    'stays bounded over years of corrections, keeping what it was taught',
    { timeout: 20_000 },
    () => {
      const m = taught();
      // Posts of words never seen before, each confirmed as the rules classed it: every one fills
      // new buckets, as a long history of varied posts would.
      let seed = 7;
      const word = () => {
        seed = (seed * 48271) % 2147483647;
        return seed.toString(36);
      };
      for (let i = 0; i < 1500; i++) {
        const p = post(Array.from({ length: 30 }, word).join(' '), `${word()} ${word()}`);
        learn(m, p, classify(p).category);
      }
      expect(m.examples).toBe(tips.length + 1500);
      expect(m.weights.size).toBeLessThanOrEqual(MAX_WEIGHT_ROWS);
      expect(m.weights.size).toBeGreaterThan(MAX_WEIGHT_ROWS / 2);
      const fixed = unseenTips.filter((p) => classifyWith(p, m).category === 'communicating');
      expect(fixed.length).toBeGreaterThanOrEqual(3);
    },
  );
  it('serialises to compact JSON and back without changing predictions', () => {
    const m = taught();
    const back = deserialize(JSON.parse(JSON.stringify(serialize(m))));
    expect(back.examples).toBe(m.examples);
    for (const p of [...unseenTips, ...others]) {
      const [a, b] = [predict(m, p), predict(back, p)];
      for (const c of CATEGORIES) expect(b[c]).toBeCloseTo(a[c], 3);
      expect(classifyWith(p, back).category).toBe(classifyWith(p, m).category);
    }
  });
  it('refuses an old, foreign or corrupt stored model instead of producing bad scores', () => {
    const good = serialize(taught());
    const row = good.w[0]!;
    const bad: unknown[] = [
      null,
      'model',
      { v: 2, buckets: BUCKETS, examples: 3, bias: [0, 0, 0, 0, 0, 0], w: [] },
      { ...good, v: MODEL_VERSION + 1 },
      { ...good, buckets: BUCKETS / 2 },
      { ...good, examples: -1 },
      { ...good, w: 'rows' },
      { ...good, w: [[row[0], 1, 2]] },
      { ...good, w: [[row[0], NaN, 0, 0, 0, 0, 0]] },
      { ...good, w: [[BUCKETS, 0, 0, 0, 0, 0, 0]] },
    ];
    for (const state of bad) expect(() => deserialize(state)).toThrow();
    expect(deserialize(good).weights.size).toBe(good.w.length);
  });
});

describe('blend, withModel and classifyWith', () => {
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
  it('overturns the rules only by a clear margin', () => {
    const rules = dist({ creating: 0.3, catalyzing: 0.29 });
    const b0 = blend(rules, dist({ catalyzing: 0.175 }), 1000);
    expect(b0).toEqual(rules);
    const b = blend(rules, dist({ catalyzing: 0.5 }), 1000);
    expect(b.catalyzing - b.creating).toBeGreaterThan(FLIP_MARGIN);
  });
  it('a category the user’s model chose on the rules’ verdict is what classifyWith shows', () => {
    const m = taught();
    let changed = 0;
    for (const p of [...unseenTips, ...others]) {
      const rules = classifyRules(p).verdict;
      const taughtVerdict = withModel(rules, p, m);
      if (taughtVerdict.category === rules.category) continue;
      changed++;
      expect(classifyWith(p, m).category).toBe(taughtVerdict.category);
    }
    expect(changed).toBeGreaterThanOrEqual(3);
    const rules = classifyRules(others[0]!).verdict;
    expect(withModel(rules, others[0]!, null)).toEqual(rules);
  });
  it('classifyWith(null) is classify', () => {
    const p = post('Our trial is published in JAMA today.');
    expect(classifyWith(p, null)).toEqual(classify(p));
  });
});
