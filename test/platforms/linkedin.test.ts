import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkedin } from '../../src/platforms/linkedin';
import { FEED_2026_SELECTORS } from '../../src/platforms/linkedin-2026';
import { CLASSIC_SELECTORS } from '../../src/platforms/linkedin-classic';
import { MAX_TEXT_CHARS } from '../../src/platforms/linkedin-dom';
import type { PostSnapshot } from '../../src/platforms/types';
import { type Fixture, fixtureDir, loadFixture, loadHtml, sharedFixtureDir } from './load-fixture';

const FEED = new URL('https://www.linkedin.com/feed/');
const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

function fixture(name: string): Fixture {
  const f = loadFixture(name);
  open.push(f);
  return f;
}

function page(html: string, url?: string): Document {
  const p = loadHtml(html, url);
  open.push(p);
  return p.document;
}

/** Every post the adapter reads from the fixture, nulls included, in document order. */
function readAll(f: Fixture): (PostSnapshot | null)[] {
  return linkedin.findPosts(f.document).map((c) => linkedin.read(c, f.url));
}

const SHARED = ['linkedin-feed', 'linkedin-feed-2026'] as const;
/**
 * Where a shared expected file says what its page does not show. Asserted both ways, so this
 * test fails (and the entry must go) once the shared fixture is corrected.
 */
const SHARED_FIXTURE_DISCREPANCIES: Record<string, { field: 'promoted'; reason: string }> = {
  'dev-081': { field: 'promoted', reason: 'expected promoted, but the card shows no ad label' },
  'dev-236': { field: 'promoted', reason: 'expected promoted, but the card shows no ad label' },
};

describe.each(SHARED)('shared fixture %s', (name) => {
  it.skipIf(!existsSync(sharedFixtureDir))('the copy in test/fixtures matches ../shared', () => {
    for (const file of [`${name}.html`, `${name}.expected.json`]) {
      expect(readFileSync(path.join(fixtureDir, file), 'utf8')).toBe(
        readFileSync(path.join(sharedFixtureDir, file), 'utf8'),
      );
    }
  });

  it('reads every expected post, field by field, in document order', () => {
    const f = fixture(name);
    const posts = readAll(f);
    expect(posts).toHaveLength(f.expected.posts.length);
    f.expected.posts.forEach((want, i) => {
      const got = posts[i];
      expect(got, `post ${i} (${want.corpusId})`).not.toBeNull();
      if (!got) return;
      const known = want.corpusId ? SHARED_FIXTURE_DISCREPANCIES[want.corpusId] : undefined;
      for (const field of [
        'key',
        'url',
        'authorName',
        'authorHeadline',
        'text',
        'promoted',
      ] as const) {
        if (known?.field === field && name === 'linkedin-feed-2026') {
          expect(want[field], known.reason).toBe(true);
          expect(got[field], known.reason).toBe(false);
          continue;
        }
        expect(got[field], `${want.corpusId} ${field}`).toBe(want[field]);
      }
      expect(got.platform).toBe('linkedin');
      expect(got.authorHandle).toBe('');
      expect(got.authorProfileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^?#\s]+\/?$/);
    });
  });

  it('puts the overlay after the author block', () => {
    const f = fixture(name);
    for (const card of linkedin.findPosts(f.document)) {
      const anchor = linkedin.overlayAnchor(card);
      const post = linkedin.read(card, f.url);
      expect(anchor).not.toBeNull();
      if (!anchor || !post) continue;
      expect(card.contains(anchor)).toBe(true);
      expect(anchor.textContent).toContain(post.authorName.split(',')[0]);
      expect(anchor.querySelector('[data-testid="expandable-text-box"]')).toBeNull();
      expect(anchor.textContent).not.toContain('likes this');
      expect(anchor.textContent).not.toContain('commented on this');
    }
  });
});

describe('2026 social-proof headers', () => {
  it('skips the other person, keeps the line as context', () => {
    const f = fixture('linkedin-feed-2026');
    const withContext = readAll(f).filter((p) => p?.context);
    expect(withContext).toHaveLength(14);
    for (const p of withContext) {
      expect(p?.context).toMatch(/^Priyanka Lal (likes|commented on) this$/);
      expect(p?.authorName).not.toBe('Priyanka Lal');
      expect(p?.authorProfileUrl).not.toContain('priyanka-lal-5');
    }
  });
});

const OWN = [
  'classic-promoted',
  'classic-repost',
  'feed-2026-comments',
  'feed-2026-not-loaded',
  'feed-2026-localized',
  'single-post',
  'single-post-2026',
  'mixed',
];

describe.each(OWN)('hand-built fixture %s', (name) => {
  it('reads exactly the expected snapshots', () => {
    const f = fixture(name);
    const posts = readAll(f).filter((p) => p !== null);
    expect(posts).toEqual(f.expected.posts);
  });
});

describe('findPosts', () => {
  it('returns outermost cards only: comments and replies are not posts', () => {
    const f = fixture('feed-2026-comments');
    expect(f.document.querySelectorAll('[role="listitem"]')).toHaveLength(6);
    expect(linkedin.findPosts(f.document)).toHaveLength(2);
  });

  it('skips a reshared card nested in a repost', () => {
    const f = fixture('classic-repost');
    expect(f.document.querySelectorAll(CLASSIC_SELECTORS.card)).toHaveLength(4);
    expect(linkedin.findPosts(f.document)).toHaveLength(3);
  });

  it('works on subtrees: a card itself, its wrapper, the feed, a comment', () => {
    const f = fixture('feed-2026-comments');
    const [first, second] = linkedin.findPosts(f.document);
    if (!first || !second) throw new Error('fixture changed');
    expect(linkedin.findPosts(first)).toEqual([first]);
    expect(linkedin.findPosts(first.parentElement as Element)).toEqual([first]);
    const feed = f.document.querySelector(FEED_2026_SELECTORS.feed) as Element;
    expect(linkedin.findPosts(feed)).toEqual([first, second]);
    const comment = first.querySelector('[role="listitem"]') as Element;
    expect(linkedin.findPosts(comment)).toEqual([]);
  });

  it('ignores list items outside the main feed', () => {
    const doc = page('<ul role="list"><li role="listitem"><a href="/in/x/"><p>X</p></a></li></ul>');
    expect(linkedin.findPosts(doc)).toEqual([]);
  });

  it('mixes both markups in document order, each once', () => {
    const f = fixture('mixed');
    const posts = linkedin.findPosts(f.document);
    expect(new Set(posts).size).toBe(posts.length);
    expect(posts.map((p) => linkedin.read(p, f.url)?.key)).toEqual(
      f.expected.posts.map((p) => p.key),
    );
  });
});

describe('read', () => {
  it('returns null for 2026 cards not rendered enough to key, and for bad keys', () => {
    const f = fixture('feed-2026-not-loaded');
    expect(readAll(f).map((p) => p?.key ?? null)).toEqual([
      'linkedin:7520000000000001022', // URL-safe, padded key
      null, // comment tools not rendered
      null, // text box not rendered
      null, // componentkey not base64
      null, // componentkey not the expected protobuf
      null, // own text missing; a comment's text is not used
    ]);
  });

  it('keys a card without an id from a single-post page address, not from a feed', () => {
    const single = fixture('single-post-2026');
    const card = linkedin.findPosts(single.document)[0] as Element;
    expect(linkedin.read(card, single.url)?.key).toBe('linkedin:7520000000000000302');
    expect(linkedin.read(card, FEED)).toBeNull();
  });

  it('caps text at 20,000 characters', () => {
    const long = 'word '.repeat(10_000);
    const f = fixture('single-post');
    const doc = page(
      readFileSync(path.join(fixtureDir, 'single-post.html'), 'utf8').replace(
        'Thyroid nodules are common.',
        long,
      ),
      f.url.href,
    );
    const post = linkedin.read(linkedin.findPosts(doc)[0] as Element, f.url);
    expect(post?.text.length).toBe(MAX_TEXT_CHARS);
  });

  it('survives hostile markup without throwing', () => {
    const deep = '<i>'.repeat(1_500) + 'deep' + '</i>'.repeat(1_500);
    const doc = page(`<div data-testid="mainFeed" role="list">
      <div role="listitem" id="a"><a href="javascript:alert(1)"><p>Evil</p></a>
        <span data-testid="expandable-text-box">${deep}</span>
        <div componentkey="CgsIgoCA74iKtNzQAQ-replaceableCommentToolsX"></div></div>
      <div role="listitem" id="b"><div componentkey="////////////////-replaceableCommentToolsX"></div></div>
      <div role="listitem" id="c"></div>
      <div class="feed-shared-update-v2" data-urn="urn:li:activity:99999999999999999999999999999999"></div>
    </div>`);
    const cards = linkedin.findPosts(doc);
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(() => linkedin.read(card, FEED)).not.toThrow();
      expect(() => linkedin.overlayAnchor(card)).not.toThrow();
    }
    // The first card has no profile link (javascript: is not one): not readable.
    expect(linkedin.read(cards[0] as Element, FEED)).toBeNull();
    const trap = cards[2] as Element;
    trap.querySelectorAll = () => {
      throw new Error('hostile');
    };
    expect(linkedin.read(trap, FEED)).toBeNull();
    expect(linkedin.overlayAnchor(trap)).toBeNull();
  });

  it('never keeps the query string or fragment of a profile address', () => {
    for (const name of ['classic-promoted', 'linkedin-feed']) {
      for (const post of readAll(fixture(name))) {
        expect(post?.authorProfileUrl).not.toMatch(/[?#]/);
      }
    }
  });
});

describe('2026 labels', () => {
  const card = (header: string, name = 'Ada Obi') => `<div data-testid="mainFeed" role="list">
    <div role="listitem"><h2>Feed post</h2>${header}
      <div><button aria-label="Open control menu for post by Ada Obi"></button></div>
      <div><a href="https://www.linkedin.com/in/ada/"><p><span>${name}</span></p></a><p>GP</p></div>
      <p><span data-testid="expandable-text-box">Hello</span></p>
      <div componentkey="CgsIgoCA74iKtNzQAQ-replaceableCommentToolsX"></div></div></div>`;
  const read = (html: string) => {
    const doc = page(html);
    return linkedin.read(linkedin.findPosts(doc)[0] as Element, FEED);
  };
  const social =
    '<div><a href="/in/bo/"><strong>Bo</strong></a></div><p><a href="/in/bo/">Bo</a> likes this</p>';

  it('takes the name from the control-menu label when the name paragraph is empty', () => {
    expect(read(card('', ''))?.authorName).toBe('Ada Obi');
  });

  it('reads a Promoted label beside a social-proof line', () => {
    const post = read(card(`${social}<div><p>Promoted</p></div>`));
    expect(post).toMatchObject({ promoted: true, context: 'Bo likes this', authorName: 'Ada Obi' });
  });

  it('does not take a "Suggested" header or a plain card for an ad', () => {
    expect(read(card('<div><p>Suggested</p></div>'))?.promoted).toBe(false);
    expect(read(card(social))?.promoted).toBe(false);
    expect(read(card(''))?.promoted).toBe(false);
  });
});

describe('overlayAnchor', () => {
  it('is the classic actor block, even on a repost', () => {
    const f = fixture('classic-repost');
    for (const card of linkedin.findPosts(f.document)) {
      const anchor = linkedin.overlayAnchor(card);
      expect(anchor?.classList.contains('update-components-actor')).toBe(true);
      expect(anchor?.closest(CLASSIC_SELECTORS.card)).toBe(card);
    }
  });

  it('is the 2026 block holding the author links, not the social-proof header', () => {
    const f = fixture('feed-2026-comments');
    const [first, second] = linkedin.findPosts(f.document);
    expect(linkedin.overlayAnchor(first as Element)?.id).toBe('author-a');
    expect(linkedin.overlayAnchor(second as Element)?.id).toBe('author-b');
  });

  it('is null when a card shows no author', () => {
    const doc = page('<div data-testid="mainFeed"><div role="listitem"><p>…</p></div></div>');
    expect(linkedin.overlayAnchor(linkedin.findPosts(doc)[0] as Element)).toBeNull();
  });
});

describe('selectors', () => {
  it('each selector matches something in the fixtures (a broken one fails here)', () => {
    const docs = [
      'linkedin-feed',
      'linkedin-feed-2026',
      'classic-repost',
      'classic-promoted',
      'feed-2026-comments',
    ].map((n) => fixture(n).document);
    const selectors: string[] = [`.${CLASSIC_SELECTORS.visuallyHidden}`];
    for (const value of [
      ...Object.values(CLASSIC_SELECTORS),
      ...Object.values(FEED_2026_SELECTORS),
    ]) {
      const notSelector =
        value === CLASSIC_SELECTORS.visuallyHidden ||
        value === FEED_2026_SELECTORS.componentKeyAttr;
      if (typeof value === 'string' && !notSelector) selectors.push(value);
    }
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) {
      expect(
        docs.some((d) => d.querySelector(selector) !== null),
        selector,
      ).toBe(true);
    }
  });
});

describe('matches', () => {
  it('handles linkedin.com pages only', () => {
    expect(linkedin.matches(new URL('https://www.linkedin.com/feed/'))).toBe(true);
    expect(linkedin.matches(new URL('https://linkedin.com/feed/update/urn:li:activity:1/'))).toBe(
      true,
    );
    expect(linkedin.matches(new URL('https://evil-linkedin.com/feed/'))).toBe(false);
    expect(linkedin.matches(new URL('https://x.com/home'))).toBe(false);
  });
});

describe('keys and ads LinkedIn writes in other shapes', () => {
  const card2026 = (tools: string) => `<div data-testid="mainFeed" role="list">
    <div role="listitem"><h2>Feed post</h2>
      <div><a href="https://www.linkedin.com/in/ada/"><p>Ada Obi</p><p>GP</p></a></div>
      <p><span data-testid="expandable-text-box">Hello</span></p>${tools}</div></div>`;
  // field 2 { field 1: zigzag(7441793380893753344) }: a ugcPost.
  const UGC = 'EgsIgIC0gNrpx8bOAQ-replaceableCommentToolsX';

  it('keys a card whose comment tools name a ugcPost (EgsI…), in componentkey or in id', () => {
    for (const tools of [`<div componentkey="${UGC}"></div>`, `<div id="${UGC}"></div>`]) {
      const doc = page(card2026(tools));
      const post = linkedin.read(linkedin.findPosts(doc)[0] as Element, FEED);
      expect(post?.key).toBe('linkedin:ugcPost:7441793380893753344');
      expect(post?.authorHeadline).toBe('GP');
    }
  });

  it('keys and marks as an ad a classic card whose urn is sponsored content', () => {
    const urn =
      'urn:li:sponsoredContentV2:(urn:li:ugcPost:7300000000000000001,urn:li:sponsoredCreative:123)';
    const doc = page(`<div class="feed-shared-update-v2" data-urn="${urn}">
      <div class="update-components-actor"><a class="update-components-actor__meta-link" href="/company/acme/">
      <span class="update-components-actor__title"><span aria-hidden="true">Acme Pharma</span></span></a></div>
      <div class="update-components-text">Learn more about our therapy.</div></div>`);
    const post = linkedin.read(linkedin.findPosts(doc)[0] as Element, FEED);
    expect(post).toMatchObject({
      key: 'linkedin:ugcPost:7300000000000000001',
      promoted: true,
      authorName: 'Acme Pharma',
    });
  });
});
