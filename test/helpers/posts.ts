import { CATEGORIES, type Category, type Verdict } from '../../src/classify/types';
import type { PostRecord } from '../../src/db/records';
import type { PostSnapshot } from '../../src/platforms/types';

export function snapshot(id: string, overrides: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    key: `linkedin:${id}`,
    platform: 'linkedin',
    url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
    authorName: `Author ${id}`,
    authorHandle: '',
    authorHeadline: 'Cardiologist at Lakeside Heart',
    authorProfileUrl: `https://www.linkedin.com/in/author-${id}/`,
    text: `Post ${id}`,
    promoted: false,
    context: '',
    ...overrides,
  };
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  const category: Category = overrides.category ?? 'creating';
  const categoryScores = Object.fromEntries(
    CATEGORIES.map((c) => [c, c === category ? 0.75 : 0.05]),
  ) as Record<Category, number>;
  return {
    isHcp: true,
    hcpConfidence: 0.9,
    signals: [{ kind: 'hcp', label: 'Cardiologist in headline', weight: 3 }],
    specialty: 'cardiology',
    trainee: false,
    industry: false,
    category,
    categoryScores,
    ae: false,
    ...overrides,
  };
}

export function postRecord(id: string, overrides: Partial<PostRecord> = {}): PostRecord {
  const s = snapshot(id);
  return {
    ...s,
    authorKey: `linkedin:www.linkedin.com/in/author-${id}`,
    verdict: verdict(),
    firstSeenAt: '2026-11-24T09:00:00.000Z',
    lastSeenAt: '2026-11-24T09:00:00.000Z',
    sessionIds: [1],
    ...overrides,
  };
}
