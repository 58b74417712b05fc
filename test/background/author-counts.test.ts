import { afterEach, describe, expect, it } from 'vitest';
import type { MetAuthor } from '../../src/db';
import { send } from '../../src/messages/protocol';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { snapshot } from '../helpers/posts';

let bg: Background;
afterEach(() => bg.close());

/** Three posts by one author, as the bar saw and tagged them. */
const byAna = (id: string) =>
  snapshot(id, {
    authorName: 'Ana Ruiz',
    authorProfileUrl: 'https://www.linkedin.com/in/ana-ruiz/',
  });

async function ana(): Promise<MetAuthor> {
  const { authors } = await send(bg.runtime, { type: 'authors/met' });
  return authors.find((a) => a.name === 'Ana Ruiz')!;
}

describe("the Authors view's counts", () => {
  it('follow a bulk category change and a restore', async () => {
    bg = backgroundFor();
    for (const id of ['1', '2', '3']) await bg.annotate(byAna(id), { tags: ['kol'] });
    // The classifier suggested creating for all three (test/helpers/posts verdict).
    expect((await ana()).byCategory).toMatchObject({ creating: 3, catalyzing: 0 });
    const { json } = await send(bg.runtime, { type: 'backup/create' });

    await send(bg.runtime, {
      type: 'annotations/bulk',
      keys: ['linkedin:1', 'linkedin:2'],
      change: { category: 'catalyzing' },
    });
    expect((await ana()).byCategory).toMatchObject({ creating: 1, catalyzing: 2 });
    expect((await ana()).posts).toBe(3);

    // The backup was made before the change: restoring it counts them as creating again.
    await send(bg.runtime, { type: 'backup/restore', json });
    expect((await ana()).byCategory).toMatchObject({ creating: 3, catalyzing: 0 });
    expect((await ana()).posts).toBe(3);
  });
});
