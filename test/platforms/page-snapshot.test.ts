/**
 * The structural snapshot sent when a page is misread: nothing the user saw is in it, and the
 * site rules find the same posts in the page it rebuilds.
 */
import { describe, expect, it } from 'vitest';
import {
  materialize,
  snapshotUrl,
  takeSnapshot,
  urlShape,
} from '../../src/platforms/page-snapshot';
import { pageSnapshotSchema } from '../../src/platforms/page-snapshot-schema';
import { adapterFor } from '../../src/platforms/registry';
import { parsePage } from '../../scripts/extract';
import { haveRealPages, openPage, readPage } from './real-pages';
import { track } from './shared-fixture';

function roundTrip(file: string, url: string) {
  const page = openPage(file, url);
  const adapter = adapterFor(page.url)!;
  const snapshot = takeSnapshot(page.document, adapter.id, (r) => adapter.findPosts(r));
  const json = JSON.stringify(snapshot);
  const parsed = pageSnapshotSchema.parse(JSON.parse(json));
  const rebuilt = track(
    parsePage('<!DOCTYPE html><html><body></body></html>', 'https://example.invalid/'),
  );
  materialize(parsed, rebuilt.document);
  const rebuiltUrl = snapshotUrl(parsed);
  const posts = adapter
    .findPosts(rebuilt.document)
    .map((c) => adapter.read(c, rebuiltUrl))
    .filter((p) => p !== null);
  return { original: readPage(page), json, snapshot: parsed, posts };
}

describe('link shapes', () => {
  it('keeps the site’s words and host, and only the kind and length of names and ids', () => {
    const base = new URL('https://x.com/home');
    expect(urlShape('https://x.com/tehprom269887/status/1735935432297160849', base)).toBe(
      'https://x.com/<handle:13>/status/<digits:19>',
    );
    // Relative links stay relative, as rules select them by how they start.
    expect(urlShape('/tehprom269887/status/1735935432297160849', base)).toBe(
      '/<handle:13>/status/<digits:19>',
    );
    expect(urlShape('https://lichess.org/broadcast/abc?x=1', base)).toBe(
      'https://<host:11>/<handle:9>/<handle:3>',
    );
    expect(
      urlShape(
        '/feed/update/urn:li:activity:7441793380893753344/',
        new URL('https://www.linkedin.com/'),
      ),
    ).toBe('/feed/update/urn:li:activity:<digits:19>/');
    expect(
      urlShape('/@ben@pflege.example/113000000000000020', new URL('https://social.example/')),
    ).toBe('/@<handle:18>/<digits:18>');
  });
});

describe.skipIf(!haveRealPages)('a page snapshot', () => {
  it('holds no name, handle, text or id of the real X page, and rebuilds to the same posts', () => {
    const { original, json, snapshot, posts } = roundTrip('x-1.html', 'https://x.com/home');
    for (const p of original) {
      for (const secret of [p.authorName, p.authorHandle, p.key.slice(2), p.text.slice(0, 20)]) {
        if (secret) expect(json.includes(secret), secret).toBe(false);
      }
    }
    expect(json).toContain('/<handle:13>/status/<digits:19>');
    expect(snapshot.postsFound).toBe(original.length);
    expect(posts).toHaveLength(original.length);
    // Each rebuilt post has its author and text in the real lengths.
    posts.forEach((p, i) => {
      expect(p.authorName.length).toBe(original[i]?.authorName.length);
      expect(p.authorHandle.length).toBe(original[i]?.authorHandle.length);
    });
  });

  it('keeps nothing readable of a LinkedIn card, headline included', () => {
    const { original, json } = roundTrip('linkedin-1.html', 'https://www.linkedin.com/feed/');
    expect(original).toHaveLength(1);
    for (const secret of [
      'Chandan',
      'Quibi',
      'Author of 11 Books',
      '7441793380893753344',
      'patarychandan',
      'Go1',
    ]) {
      expect(json.includes(secret), secret).toBe(false);
    }
  });

  it('rebuilds a Bluesky post page in German to the same number of posts', () => {
    const url = 'https://bsky.app/profile/drlena.bsky.social/post/3lfocus00001';
    const { original, json, posts } = roundTrip('bluesky/thread-de.html', url);
    expect(json.includes('drlena')).toBe(false);
    expect(json.includes('Kardiologin')).toBe(false);
    expect(posts).toHaveLength(original.length);
  });
});
