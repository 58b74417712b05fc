/**
 * The real pages (../shared/realpages/, read there) and the pages rebuilt from the sites' source,
 * each served at its real address to Chromium with the built extension: one bar per post, keyed
 * as the unit tests expect, placed under the author.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { X_PAGES } from '../platforms/realpages-x-expected';
import { fixture, launchWithExtension, serve, visitEach, type Lens } from './browser';
import { waitForVerdicts } from './feed-page';

const REAL = join(process.cwd(), '../shared/realpages');

const hostKeys = (page: Page) =>
  page.$$eval('[data-hcp-lens-post]', (hs) => hs.map((h) => h.getAttribute('data-hcp-lens-post')));

interface Case {
  name: string;
  html: () => string;
  url: string;
  origin: string;
  post: string;
  keys: string[];
}

const real = (file: string) => () => readFileSync(join(REAL, file), 'utf8');

const CASES: Case[] = [
  ...Object.entries(X_PAGES).map(([file, posts]) => ({
    name: file,
    html: real(file),
    url: 'https://x.com/home',
    origin: 'https://x.com/**',
    post: 'article',
    keys: posts.map((p) => p.key),
  })),
  ...['linkedin-1.html', 'linkedin-2.html'].map((file) => ({
    name: file,
    html: real(file),
    url: 'https://www.linkedin.com/feed/',
    origin: 'https://www.linkedin.com/**',
    post: '[role="listitem"]',
    keys: ['linkedin:7441793380893753344'],
  })),
  {
    name: 'linkedin-3.html',
    html: real('linkedin-3.html'),
    url: 'https://www.linkedin.com/in/pabloborda/recent-activity/comments/',
    origin: 'https://www.linkedin.com/**',
    post: '.feed-shared-update-v2',
    keys: ['linkedin:7242285086220460033'],
  },
  {
    name: 'linkedin-4.html',
    html: real('linkedin-4.html'),
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1111111111111111111/',
    origin: 'https://www.linkedin.com/**',
    post: '.feed-shared-update-v2',
    keys: ['linkedin:1111111111111111111'],
  },
  {
    name: 'Bluesky post page in German (rebuilt)',
    html: () => fixture('bluesky/thread-de.html'),
    url: 'https://bsky.app/profile/drlena.bsky.social/post/3lfocus00001',
    origin: 'https://bsky.app/**',
    post: '[data-testid^="postThreadItem-by-"]',
    keys: [
      'bluesky:kardio-aktuell.bsky.social/3lparent0001',
      'bluesky:drlena.bsky.social/3lfocus00001',
      'bluesky:pflege-ben.bsky.social/3lreply00001',
    ],
  },
  {
    name: 'Bluesky feed in Spanish (rebuilt)',
    html: () => fixture('bluesky/feed-es.html'),
    url: 'https://bsky.app/',
    origin: 'https://bsky.app/**',
    post: '[data-testid^="feedItem-by-"]',
    keys: [
      'bluesky:dra-marta.bsky.social/3lesrepost01',
      'bluesky:drluis.bsky.social/3lesquote001',
      'bluesky:enfermera-ana.bsky.social/3lesplain001',
    ],
  },
];

describe.skipIf(!existsSync(REAL))('real pages in Chromium', () => {
  let lens: Lens;
  beforeAll(async () => {
    lens = await launchWithExtension();
  });
  afterAll(() => lens?.close());

  it.each(CASES)('$name: one bar per post, with the right key', async (c) => {
    await serve(lens.context, c.origin, c.html());
    const page = await lens.context.newPage();
    await page.goto(c.url);
    if (c.keys.length > 0) {
      // Bars are drawn for posts near the view: each post is brought into view once.
      await page.waitForLoadState('domcontentloaded');
      await visitEach(page, c.post, 120);
      await waitForVerdicts(page, new Set(c.keys).size);
    } else {
      await page.waitForTimeout(1500);
    }
    expect(await hostKeys(page)).toEqual(c.keys);
    await page.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    await page.close();
  });

  it('LinkedIn post page with a hashed actor class: the bar sits under the author, above the text', async () => {
    const c = CASES.find((k) => k.name === 'linkedin-4.html')!;
    await serve(lens.context, c.origin, c.html());
    const page = await lens.context.newPage();
    await page.goto(c.url);
    await page.waitForSelector('[data-hcp-lens-post]');
    const order = await page.evaluate(() => {
      const host = document.querySelector('[data-hcp-lens-post]')!;
      const name = document.querySelector('.update-components-actor__meta-link')!;
      const text = document.querySelector('.update-components-text')!;
      const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0;
      return { afterAuthor: follows(name, host), beforeText: follows(host, text) };
    });
    expect(order).toEqual({ afterAuthor: true, beforeText: true });
    await page.close();
  });
});
