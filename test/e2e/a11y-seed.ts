// What the accessibility checks need stored, so that tables, filters and dialogs are not empty:
// the feed's posts seen, three of them annotated (a category, tags, a note, a follow-up, two
// collections), and the adverse-event case the classifier opens for Marisol Vega's post.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expected, fixture, serve, type Lens } from './browser';

export const FEED = expected('linkedin/linkedin-feed.expected.json') as {
  url: string;
  posts: {
    key: string;
    authorName: string;
    authorHeadline: string;
    text: string;
    url: string;
    promoted: boolean;
  }[];
};
export const COLLECTION = 'Q4 Cardiology KOLs';

type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };

/** Sends a message to the background from an extension page, as the popup or dashboard would. */
export const ask = (page: Page, message: unknown) =>
  page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message);

const snapshot = (p: (typeof FEED.posts)[number]) => ({
  key: p.key,
  platform: 'linkedin',
  url: p.url,
  authorName: p.authorName,
  authorHandle: '',
  authorHeadline: p.authorHeadline,
  authorProfileUrl: '',
  text: p.text,
  promoted: p.promoted,
  context: '',
});

/** Serves the LinkedIn feed and stores posts, annotations, collections and an AE case. */
export async function seed(lens: Lens): Promise<void> {
  await serve(lens.context, 'https://www.linkedin.com/**', fixture('linkedin/linkedin-feed.html'));
  const page = await lens.openExtensionPage('src/popup/index.html');
  const posts = FEED.posts.map(snapshot);
  const ok = { ok: true };
  expect(await ask(page, { type: 'posts/seen', posts: posts.slice(0, 100) })).toMatchObject(ok);
  expect(
    await ask(page, { type: 'labels/create', kind: 'collection', name: 'Advisory board' }),
  ).toMatchObject(ok);
  const patches = [
    { category: 'creating', tags: ['kol', 'pipeline'], collections: [COLLECTION] },
    { note: 'Invite to the advisory board', flagged: true, collections: [COLLECTION] },
    { category: 'communicating', tags: ['kol'] },
  ];
  for (const [i, patch] of patches.entries()) {
    expect(
      await ask(page, { type: 'annotation/set', key: posts[i]!.key, patch, post: posts[i] }),
    ).toMatchObject(ok);
  }
  const ae = posts.find((p) => p.authorName === 'Marisol Vega')!;
  expect(await ask(page, { type: 'ae/report', post: ae })).toMatchObject(ok);
  await page.close();
}

/** Waits until the page has its answers from the background (nothing busy, nothing loading). */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document.querySelectorAll('[aria-busy="true"]').length === 0 &&
            !document.body.innerText.includes('Loading…'),
        ),
      { timeout: 15_000 },
    )
    .toBe(true);
  await page.waitForTimeout(300);
}
