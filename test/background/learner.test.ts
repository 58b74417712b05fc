import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/classify';
import type { ClassifyInput } from '../../src/classify/types';
import { CategoryLearner } from '../../src/background/learner';
import { LensDb } from '../../src/db';

let db: LensDb;
let n = 0;
beforeEach(() => {
  db = new LensDb(`learner-${++n}`);
});
afterEach(() => db.delete());

const post = (text: string): ClassifyInput => ({
  platform: 'linkedin',
  authorName: 'Dana Cole, MD',
  authorHeadline: 'Hospitalist',
  text,
});

// A team's own habit neither the rules nor the built-in model can know: its "grand rounds digest"
// posts count as peer exchange (collaborating).
const lessons = [
  'Grand rounds digest: sepsis bundles and lactate timing',
  'Grand rounds digest: anticoagulation bridging myths',
  'Grand rounds digest: hyponatremia workup in the elderly',
  'Grand rounds digest: delirium prevention on the wards',
  'Grand rounds digest: discharge summaries that help GPs',
  'Grand rounds digest: insulin sliding scales revisited',
];

describe('learning categories from the user’s corrections', () => {
  it('moves later similar posts toward the category the user keeps choosing', async () => {
    const unseen = post('Grand rounds digest: fluid choices in DKA');
    const before = classify(unseen).category;
    expect(before).not.toBe('collaborating');
    const learner = new CategoryLearner(db);
    for (const text of lessons) await learner.learnFrom(post(text), 'collaborating');
    const run = await learner.classifier();
    const after = run(unseen);
    expect(after.category).toBe('collaborating');
    expect(after.signals.map((s) => s.label)).toContain('Category learnt from your 6 corrections');
  });

  it('keeps what it learnt in IndexedDB across restarts of the background', async () => {
    const learner = new CategoryLearner(db);
    for (const text of lessons) await learner.learnFrom(post(text), 'collaborating');
    await learner.flush();
    const restarted = new CategoryLearner(db);
    expect((await restarted.current()).examples).toBe(6);
  });

  it('starts afresh when the stored model is unreadable, without failing', async () => {
    await db.models.put({ name: 'category', state: { v: 99 }, examples: 3, updatedAt: '' });
    expect((await new CategoryLearner(db).current()).examples).toBe(0);
  });
});
