import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../src/platforms/rules-dom';
import { x } from '../../src/platforms/x';
import { loadHtml } from './load-fixture';
import {
  describeOwnFixtures,
  describeSharedFixture,
  dirOf,
  fixture,
  readAll,
  track,
} from './shared-fixture';

const HOME = new URL('https://x.com/home');

describeSharedFixture(x, 'x', 'x-home');
describeOwnFixtures(x, 'x', ['profile', 'status', 'feed-variants']);

describe('X profile pages and hover cards', () => {
  it('gives the bio only to posts by the profile shown or the hovered author', () => {
    const posts = readAll(x, fixture('x', 'profile'));
    expect(posts.map((p) => [p?.authorHandle, p?.authorHeadline !== ''])).toEqual([
      ['drleahmoss', true],
      ['nursejopark', true], // hover card open over this author
      ['drleahmoss', true],
    ]);
    expect(readAll(x, fixture('x', 'x-home')).every((p) => p?.authorHeadline === '')).toBe(true);
  });
});

describe('X single-post page', () => {
  it('reads the focal post and each reply as a post of its own', () => {
    const f = fixture('x', 'status');
    const keys = readAll(x, f).map((p) => p?.key);
    expect(keys[0]).toBe('x:1850000000000000001');
    expect(keys).toHaveLength(3);
    expect(f.document.querySelectorAll('[data-testid="cellInnerDiv"]')).toHaveLength(5);
  });
});

describe('X reposts, quotes and ads', () => {
  it('keys a repost by the original and keeps who reposted as context', () => {
    const post = readAll(x, fixture('x', 'feed-variants'))[0];
    expect(post).toMatchObject({
      key: 'x:1850000000000000020',
      authorHandle: 'dromarhaddad',
      context: 'Dr. Ana Ruiz reposted',
    });
  });

  it('keeps only the quoting text; the quoted tweet is not a post', () => {
    const f = fixture('x', 'feed-variants');
    const quoting = readAll(x, f)[1];
    expect(quoting?.text).toBe('This is exactly why we need pharmacist-led deprescribing clinics.');
    expect(quoting?.authorName).toBe('Dr. Ana Ruiz');
    expect(readAll(x, f).some((p) => p?.authorHandle === 'healthnewsdaily')).toBe(false);
  });

  it('marks an ad promoted, keys it by its status link, skips one with none', () => {
    const f = fixture('x', 'feed-variants');
    const cards = x.findPosts(f.document);
    expect(cards).toHaveLength(6);
    const reads = cards.map((c) => x.read(c, f.url));
    expect(reads[4]).toMatchObject({ key: 'x:1850000000000000099', promoted: true });
    expect(reads[4]?.url).toBe('https://x.com/pharmaco/status/1850000000000000099');
    expect(reads[5]).toBeNull();
    // A video's placementTracking wrapper does not make a tweet an ad.
    expect(reads[3]?.promoted).toBe(false);
  });

  it('drops the "Show more" control from the text', () => {
    expect(readAll(x, fixture('x', 'feed-variants'))[2]?.text).not.toContain('Show more');
  });
});

describe('X recycled cells', () => {
  it('reads a re-used cell as the new post after its content is swapped', () => {
    const f = fixture('x', 'x-home');
    const card = x.findPosts(f.document)[0] as Element;
    const before = x.read(card, HOME);
    for (const a of Array.from(card.querySelectorAll('a[href="/drkwabenaboateng104"]'))) {
      a.setAttribute('href', '/someoneelse');
    }
    const spans = card.querySelectorAll('[data-testid="User-Name"] span span');
    (spans[0] as Element).textContent = 'Someone Else';
    (card.querySelector('[data-testid="User-Name"] a[tabindex="-1"] span') as Element).textContent =
      '@someoneelse';
    card.querySelector('a[href*="/status/"]')?.setAttribute('href', '/someoneelse/status/42');
    (card.querySelector('[data-testid="tweetText"]') as Element).textContent = 'New text';
    const after = x.read(card, HOME);
    expect(before?.key).toBe('x:1772661925380425904');
    expect(after).toMatchObject({
      key: 'x:42',
      authorName: 'Someone Else',
      authorHandle: 'someoneelse',
      text: 'New text',
      url: 'https://x.com/someoneelse/status/42',
    });
  });

  it('follows the recycling timeline page as its script scrolls', async () => {
    const html = readFileSync(path.join(dirOf('x'), 'recycling-timeline.html'), 'utf8');
    const window = new Window({
      url: 'https://x.com/home',
      settings: {
        enableJavaScriptEvaluation: true,
        suppressInsecureJavaScriptEnvironmentWarning: true,
      },
    });
    track({ close: () => window.happyDOM.close() });
    window.document.write(html);
    const w = window as unknown as {
      __timeline: { total: number; ids: string[]; render: () => void };
      scrollY: number;
    };
    const doc = window.document as unknown as Document;
    const cards = x.findPosts(doc);
    expect(w.__timeline.total).toBe(200);
    expect(cards).toHaveLength(15);
    const keysAt = () => cards.map((c) => x.read(c, HOME)?.key).sort();
    expect(keysAt()).toEqual(
      w.__timeline.ids
        .slice(0, 15)
        .map((id) => `x:${id}`)
        .sort(),
    );
    Object.defineProperty(window, 'scrollY', { value: 140 * 100, configurable: true });
    w.__timeline.render();
    expect(x.findPosts(doc)).toEqual(cards);
    expect(keysAt()).toEqual(
      w.__timeline.ids
        .slice(98, 113)
        .map((id) => `x:${id}`)
        .sort(),
    );
  });
});

describe('X hostile markup', () => {
  it('never throws, caps text, refuses unsafe links', () => {
    const long = 'word '.repeat(10_000);
    const p = track(
      loadHtml(
        `<article data-testid="tweet"><div data-testid="User-Name"><a href="/a"><span>A</span></a>
        <a href="javascript:alert(1)"><time>1h</time></a></div></article>
        <article data-testid="tweet"><div data-testid="User-Name"><a href="/b"><span>B</span></a>
        <a href="/b/status/7"><time>1h</time></a></div><div data-testid="tweetText">${long}</div></article>
        <article data-testid="tweet"><a href="/c/status/1%22%3E/x"><time></time></a></article>`,
        HOME.href,
      ),
    );
    const cards = x.findPosts(p.document);
    expect(cards).toHaveLength(3);
    const reads = cards.map((c) => x.read(c, HOME));
    expect(reads[0]).toBeNull();
    expect(reads[1]?.text.length).toBe(MAX_TEXT_CHARS);
    expect(reads[2]).toBeNull();
    const trap = cards[1] as Element;
    trap.querySelectorAll = () => {
      throw new Error('hostile');
    };
    expect(x.read(trap, HOME)).toBeNull();
    expect(() => x.overlayAnchor(trap)).not.toThrow();
  });
});

describe('X matches', () => {
  it('handles x.com and twitter.com only', () => {
    expect(x.matches(new URL('https://x.com/home'))).toBe(true);
    expect(x.matches(new URL('https://twitter.com/home'))).toBe(true);
    expect(x.matches(new URL('https://evilx.com/home'))).toBe(false);
    expect(x.matches(new URL('http://x.com/home'))).toBe(false);
  });
});

describe('X hover cards that open after a read', () => {
  it("gives the author's bio to the next read once a hover card has opened", async () => {
    const f = fixture('x', 'profile');
    const card = f.document.querySelector('[data-testid="HoverCard"]')!;
    card.remove();
    const post = x.findPosts(f.document)[1]!;
    expect(x.read(post, f.url)?.authorHeadline).toBe('');
    // The reader hovers the author later, in another task.
    await new Promise((r) => setTimeout(r, 0));
    f.document.querySelector('#layers')!.append(card);
    expect(x.read(post, f.url)?.authorHeadline).toBe('ICU nurse. Fluids, lines and night shifts.');
  });
});
