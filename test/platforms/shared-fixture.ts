/** Field-by-field checks of the shared fixture pages, common to every network's test. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformAdapter, PostSnapshot } from '../../src/platforms/types';
import { type Fixture, loadFixture, repoRoot, sharedFixtureDir } from './load-fixture';

export const dirOf = (platform: string) => path.join(repoRoot, 'test/fixtures', platform);

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

/** A fixture of `platform`, closed after the test. */
export function fixture(platform: string, name: string): Fixture {
  const f = loadFixture(name, dirOf(platform));
  open.push(f);
  return f;
}

/** Registers a page opened by the test so it is closed after it. */
export function track<T extends { close: () => Promise<void> }>(p: T): T {
  open.push(p);
  return p;
}

/** Every post the adapter reads from the fixture, nulls included, in document order. */
export function readAll(adapter: PlatformAdapter, f: Fixture): (PostSnapshot | null)[] {
  return adapter.findPosts(f.document).map((c) => adapter.read(c, f.url));
}

const FIELDS = ['key', 'url', 'authorName', 'authorHandle', 'authorHeadline', 'text'] as const;

/** The shared page's copy matches ../shared, and every expected post is read field by field. */
export function describeSharedFixture(adapter: PlatformAdapter, platform: string, name: string) {
  describe(`shared fixture ${name}`, () => {
    it.skipIf(!existsSync(sharedFixtureDir))('the copy in test/fixtures matches ../shared', () => {
      for (const file of [`${name}.html`, `${name}.expected.json`]) {
        expect(readFileSync(path.join(dirOf(platform), file), 'utf8')).toBe(
          readFileSync(path.join(sharedFixtureDir, file), 'utf8'),
        );
      }
    });

    it('reads every expected post, field by field, in document order', () => {
      const f = fixture(platform, name);
      const posts = readAll(adapter, f);
      expect(posts).toHaveLength(f.expected.posts.length);
      f.expected.posts.forEach((want, i) => {
        const got = posts[i];
        expect(got, `post ${i} (${want.corpusId})`).not.toBeNull();
        if (!got) return;
        for (const field of FIELDS) {
          // Doximity's expected file has no handle: the network shows none.
          const expected = want[field] ?? '';
          expect(got[field], `${want.corpusId} ${field}`).toBe(expected);
        }
        expect(got.platform).toBe(adapter.id);
        expect(got.promoted).toBe(false);
        expect(got.context).toBe('');
        expect(got.authorProfileUrl).toMatch(/^https:\/\//);
      });
    });

    it('puts the overlay inside each post', () => {
      const f = fixture(platform, name);
      for (const card of adapter.findPosts(f.document)) {
        const anchor = adapter.overlayAnchor(card);
        expect(anchor).not.toBeNull();
        expect(card.contains(anchor)).toBe(true);
      }
    });

    it('finds each post once: from the document, from the post itself, none from inside it', () => {
      const f = fixture(platform, name);
      const posts = adapter.findPosts(f.document);
      expect(new Set(posts).size).toBe(posts.length);
      const first = posts[0] as Element;
      expect(adapter.findPosts(first)).toEqual([first]);
      expect(adapter.findPosts(first.firstElementChild as Element)).toEqual([]);
    });
  });
}

/** Hand-built pages: the adapter reads exactly the snapshots in `<name>.expected.json`. */
export function describeOwnFixtures(adapter: PlatformAdapter, platform: string, names: string[]) {
  describe.each(names)(`hand-built fixture ${platform}/%s`, (name) => {
    it('reads exactly the expected snapshots', () => {
      const f = fixture(platform, name);
      expect(readAll(adapter, f).filter((p) => p !== null)).toEqual(f.expected.posts);
    });
  });
}
