import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, fixture, launchWithExtension, serve, visitEach, type Lens } from './browser';
import { barCount, barText, openBar } from './bars';
import { waitForVerdicts } from './feed-page';

const GREG = 'bluesky:gregholm124.bsky.social/3l14405289824';
const badge = `[data-hcp-lens-post="${GREG}"]`;

describe('bios fetched from Bluesky in Chromium', () => {
  let lens: Lens;
  const asked: URL[] = [];

  beforeAll(async () => {
    lens = await launchWithExtension();
    // Bluesky's public API, answered here: the background's own requests go through this route.
    await lens.context.route('https://public.api.bsky.app/**', async (route) => {
      const url = new URL(route.request().url());
      asked.push(url);
      const profiles = url.searchParams.getAll('actors').map((handle) => ({
        did: `did:plc:${handle.replace(/\W/g, '')}`,
        handle,
        description:
          handle === 'gregholm124.bsky.social' ? 'Emergency physician at Lakeside General' : '',
      }));
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ profiles }),
      });
    });
  });
  afterAll(() => lens?.close());

  it("judges a timeline post again with its author's public bio, and says so", async () => {
    const file = 'bluesky/bluesky-home';
    const want = expected(`${file}.expected.json`);
    await serve(lens.context, 'https://bsky.app/**', fixture(`${file}.html`));
    const page = await lens.context.newPage();
    await page.goto(want.url);
    await page.waitForSelector('[data-hcp-lens-post]');
    await visitEach(page, '[data-testid^="feedItem-by-"]', 60);
    await waitForVerdicts(page, want.posts.length);

    // Greg's post says nothing clinical; his bio does.
    // The bar's root is closed and its signals are listed in its open controls, not a tooltip.
    await page.locator(badge).scrollIntoViewIfNeeded();
    await expect.poll(() => barCount(page, GREG, '.badge.hcp'), { timeout: 15_000 }).toBe(1);
    await openBar(page, GREG);
    await expect
      .poll(() => barText(page, GREG, '.why'))
      .toContain("Bio fetched from Bluesky's public profile");

    // Only handles were sent, 25 at most a request, each author once, to Bluesky's API alone.
    const actors = asked.flatMap((u) => u.searchParams.getAll('actors'));
    expect(asked.every((u) => u.pathname === '/xrpc/app.bsky.actor.getProfiles')).toBe(true);
    expect(asked.every((u) => [...u.searchParams.keys()].every((k) => k === 'actors'))).toBe(true);
    expect(
      Math.max(...asked.map((u) => u.searchParams.getAll('actors').length)),
    ).toBeLessThanOrEqual(25);
    expect(new Set(actors).size).toBe(actors.length);
    expect(actors).toContain('gregholm124.bsky.social');
    await page.close();
  });
});
