import { afterEach, describe, expect, it } from 'vitest';
import { collectRows } from '../../src/export/stream';
import { CSV_COLUMNS } from '../../src/export/csv';
import type { Annotation } from '../../src/db';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { postRecord, verdict } from '../helpers/posts';

let bg: Background;
afterEach(() => bg.close());

describe('exporting a whole view', () => {
  it('streams the posts the filters show in pages, never in one answer', async () => {
    bg = backgroundFor();
    const posts = Array.from({ length: 3300 }, (_, i) =>
      postRecord(String(i), { verdict: verdict({ isHcp: i % 3 !== 0 }) }),
    );
    const annotations: Annotation[] = posts.map((p, i) => ({
      key: p.key,
      category: null,
      tags: [],
      flagged: false,
      note: '',
      collections: [],
      annotatedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
      sessionId: 1,
    }));
    await bg.db.posts.bulkPut(posts);
    await bg.db.annotations.bulkPut(annotations);
    const progress: number[] = [];
    const rows = await collectRows(
      bg.runtime,
      { view: { filter: { hcp: 'yes' }, sort: 'annotated-asc' } },
      (p) => progress.push(p.done),
    );
    const expected = posts.filter((_, i) => i % 3 !== 0);
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => r[CSV_COLUMNS.indexOf('post_url')])).toEqual(expected.map((p) => p.url));
    // More than one page, each answer holding at most 2,000 posts.
    const asked = bg.runtime.sent.filter((m) => m.type === 'export/page');
    expect(asked.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(expected.length);
  }, 30_000);

  it('keeps the view order whether it reads key ranges or single posts, skipping posts nobody tagged', async () => {
    bg = backgroundFor();
    // 4,500 posts seen, every third tagged (some with "pick"): a wide view and a narrow one.
    const posts = Array.from({ length: 4500 }, (_, i) => postRecord(String(i)));
    const tagged = posts.filter((_, i) => i % 3 === 0);
    const annotations: Annotation[] = tagged.map((p, i) => ({
      key: p.key,
      category: null,
      tags: i % 10 === 0 ? ['pick'] : [],
      flagged: false,
      note: '',
      collections: [],
      // Tagged in an order unrelated to the keys' own.
      annotatedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, (i * 7919) % tagged.length)).toISOString(),
      sessionId: 1,
    }));
    await bg.db.posts.bulkPut(posts);
    await bg.db.annotations.bulkPut(annotations);
    const newestFirst = [...annotations].sort((a, b) => b.annotatedAt.localeCompare(a.annotatedAt));
    const urlOf = new Map(posts.map((p) => [p.key, p.url]));
    const url = (rows: string[][]) => rows.map((r) => r[CSV_COLUMNS.indexOf('post_url')]);

    const all = await collectRows(
      bg.runtime,
      { view: { filter: {}, sort: 'annotated-desc' } },
      () => undefined,
    );
    expect(url(all)).toEqual(newestFirst.map((a) => urlOf.get(a.key)));

    const picks = await collectRows(
      bg.runtime,
      { view: { filter: { tag: 'pick' }, sort: 'annotated-desc' } },
      () => undefined,
    );
    const expected = newestFirst
      .filter((a) => a.tags.includes('pick'))
      .map((a) => urlOf.get(a.key));
    expect(expected.length).toBe(150);
    expect(url(picks)).toEqual(expected);
  }, 30_000);

  it('refuses a request that names two things to export', async () => {
    bg = backgroundFor();
    const answer = (await bg.runtime.sendMessage({
      type: 'export/page',
      view: { filter: {}, sort: 'annotated-desc' },
      keys: ['linkedin:1'],
    })) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/export\/page/);
  });
});
