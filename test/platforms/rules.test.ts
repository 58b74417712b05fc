import { describe, expect, it } from 'vitest';
import { DOXIMITY_RULES } from '../../src/platforms/doximity';
import { rulesAdapter, fillKey, type SiteRules } from '../../src/platforms/rules';
import { handleIn } from '../../src/platforms/rules-dom';
import { mergeRules, rulesErrors, siteRulesSchema } from '../../src/platforms/rules-schema';
import { BLUESKY_RULES } from '../../src/platforms/bluesky';
import { MASTODON_RULES } from '../../src/platforms/mastodon';
import { X_RULES } from '../../src/platforms/x';
import { loadHtml } from './load-fixture';
import { fixture, readAll, track } from './shared-fixture';

const NEWSFEED = new URL('https://www.doximity.com/newsfeed');

describe('schema', () => {
  it('accepts every built-in rule set', () => {
    for (const rules of [X_RULES, BLUESKY_RULES, MASTODON_RULES, DOXIMITY_RULES]) {
      expect(siteRulesSchema.safeParse(rules).error?.issues ?? []).toEqual([]);
    }
  });

  it('refuses a selector that does not parse, naming the field and the selector', () => {
    const errors = rulesErrors({ text: '.feed-item-text[' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^text: not a valid CSS selector: \.feed-item-text\[/);
    expect(rulesErrors({ authorName: ['.ok', 'a[href'] })[0]).toMatch(/^authorName\.1: /);
  });

  it('refuses a regex that does not compile', () => {
    expect(rulesErrors({ idPattern: '/posts/(\\d+' })[0]).toMatch(
      /^idPattern: not a valid regular expression/,
    );
  });

  it('refuses an id pattern that backtracks catastrophically, saying what to write instead', () => {
    // 341 ms per 26-digit link on the page's main thread before it was refused.
    expect(rulesErrors({ idPattern: '/status/((\\d+)+)$' })).toEqual([
      'idPattern: refused: it can backtrack catastrophically on a long link and freeze the page: a repeated part repeats inside another (nested quantifiers such as ((\\d+)+) or (\\w+)*); use one quantifier per run of characters and bound it, e.g. (\\d{1,25})',
    ]);
    expect(rulesErrors({ idPattern: '/(\\w+)*\\.com$' })[0]).toMatch(/nested quantifiers/);
    for (const slow of ['(a|a)*$', '/p/((?:\\d|\\d\\d)+)$']) {
      expect(rulesErrors({ idPattern: slow })[0], slow).toMatch(
        /an alternation repeated without bound, such as \(a\|ab\)\*; match the id with one character class instead/,
      );
    }
    expect(rulesErrors({ idPattern: '/status/(\\d{1,25})$' })).toEqual([]);
    expect(rulesErrors({ idPattern: '/p/([a-z0-9]+)(?:/|$)' })).toEqual([]);
  });

  it('refuses an id pattern naming a "host" group: a link may not choose the key\'s site', () => {
    expect(rulesErrors({ idPattern: '//(?<host>[^/]+)/@\\w+/(?<id>\\d{1,25})$' })).toEqual([
      'idPattern: refused: the group name "host" is reserved for the page\'s own address; rename the group (e.g. (?<site>…))',
    ]);
  });

  it('caps lengths and refuses unknown fields, hosts and key changes', () => {
    expect(rulesErrors({ text: 'a'.repeat(501) })).toHaveLength(1);
    expect(rulesErrors({ bogus: '.x' })).toHaveLength(1);
    expect(rulesErrors({ hosts: ['evil.com'] })).toHaveLength(1);
    expect(rulesErrors({ key: 'doximity:{host}' })).toHaveLength(1);
    expect(() => mergeRules(DOXIMITY_RULES, { text: '[' })).toThrow(/^invalid site rules: text: /);
  });
});

describe('mergeRules', () => {
  it('changes extraction: a corrected selector reads another element', () => {
    const merged = mergeRules(DOXIMITY_RULES, { authorHeadline: '.feed-item-author-name' });
    expect(merged.text).toBe(DOXIMITY_RULES.text);
    const f = fixture('doximity', 'doximity-newsfeed');
    const before = readAll(rulesAdapter('doximity', DOXIMITY_RULES), f)[0];
    const after = readAll(rulesAdapter('doximity', merged), f)[0];
    expect(before?.authorHeadline).toBe('Ophthalmology · Orlando, FL');
    expect(after?.authorHeadline).toBe('Dr. Michelle Tran');
  });

  it('lets a user re-point Doximity at a renamed markup without code', () => {
    const html = `<section data-post="77"><h3 class="who">Dr. A</h3><em class="spec">GP</em>
      <div class="body">Hello</div><a class="perma" href="/newsfeed/posts/77">now</a></section>`;
    const override = {
      container: 'section[data-post]',
      authorName: '.who',
      authorHeadline: '.spec',
      text: '.body',
      permalink: 'a.perma',
    };
    const p = track(loadHtml(html, NEWSFEED.href));
    const adapter = rulesAdapter('doximity', mergeRules(DOXIMITY_RULES, override));
    const [card] = adapter.findPosts(p.document);
    expect(adapter.read(card as Element, NEWSFEED)).toMatchObject({
      key: 'doximity:77',
      authorName: 'Dr. A',
      authorHeadline: 'GP',
      text: 'Hello',
      url: 'https://www.doximity.com/newsfeed/posts/77',
    });
  });
});

describe('engine', () => {
  const RULES: SiteRules = {
    container: '.post',
    authorName: '.name',
    authorHandle: '.handle',
    text: '.text',
    permalink: 'a.time',
    idPattern: '/p/(\\d+)$',
    key: 'x:{id}',
    excludeInside: '.quote',
    more: '.more',
    promoted: '.ad-label',
  };
  const adapter = rulesAdapter('x', RULES);
  const url = new URL('https://example.com/');
  const read = (html: string) => {
    const p = track(loadHtml(html, url.href));
    return adapter.findPosts(p.document).map((c) => adapter.read(c, url));
  };

  it('reads own fields only, never those of a nested quote, and drops "more"', () => {
    const [post] = read(`<div class="post"><div class="quote"><b class="name">Q</b>
      <a class="time" href="/p/2">q</a><p class="text">quoted</p></div><b class="name">A</b>
      <i class="handle">A @ Home @alpha</i><a class="time" href="/p/1">1h</a>
      <p class="text">own <button class="more">more</button><span class="more">…more</span></p></div>`);
    expect(post).toMatchObject({ key: 'x:1', authorName: 'A', authorHandle: 'alpha', text: 'own' });
  });

  it('returns outermost posts only and null for unkeyable ones', () => {
    const posts = read(`<div class="post"><b class="name">A</b><a class="time" href="/p/1">1</a>
      <div class="post"><b class="name">B</b><a class="time" href="/p/2">2</a></div></div>
      <div class="post"><b class="name">C</b><a class="time" href="/elsewhere">x</a></div>
      <div class="post"><a class="time" href="/p/3">no name yet</a></div>`);
    expect(posts.map((p) => p?.key ?? null)).toEqual(['x:1', null, null]);
  });

  it("keys a post by the page's host whatever groups the id pattern names", () => {
    const mastodonLike = rulesAdapter('mastodon', {
      ...RULES,
      idPattern: '//(?<host>[^/]+)/p/(?<id>\\d+)$',
      key: 'mastodon:{host}/{id}',
    });
    const p = track(
      loadHtml(
        `<div class="post"><b class="name">A</b><a class="time" href="https://other.example/p/7">1</a></div>`,
        url.href,
      ),
    );
    const [card] = mastodonLike.findPosts(p.document);
    expect(mastodonLike.read(card!, url)?.key).toBe('mastodon:example.com/7');
  });

  it('marks promoted posts and keeps unsafe key parts out', () => {
    expect(fillKey('bluesky:{handle}/{rkey}', { handle: 'a/b', rkey: '1' })).toBeNull();
    expect(fillKey('x:{id}', { id: '12' })).toBe('x:12');
    const [ad] = read(`<div class="post"><span class="ad-label">Ad</span><b class="name">A</b>
      <a class="time" href="/p/9">1</a></div>`);
    expect(ad?.promoted).toBe(true);
  });

  it('keeps tracking parameters and fragments, even empty ones, out of permalinks and profiles', () => {
    const posts = read(`<div class="post"><a class="name" href="/u/a?ref=feed#top">A</a>
      <a class="time" href="/p/1?s=20#m">1h</a></div>
      <div class="post"><a class="name" href="/u/b?">B</a><a class="time" href="/p/2#">1h</a></div>`);
    expect(posts.map((p) => [p?.url, p?.authorProfileUrl])).toEqual([
      ['https://example.com/p/1', 'https://example.com/u/a'],
      ['https://example.com/p/2', 'https://example.com/u/b'],
    ]);
  });

  it('finds handles as the last @token', () => {
    expect(handleIn('Dr. Jo @ Mayo @jo_md · 1h')).toBe('jo_md');
    expect(handleIn('@kofi@scholar.social')).toBe('kofi@scholar.social');
    expect(handleIn('no handle')).toBe('');
  });

  it('keeps zod out of the content-script files', async () => {
    const { readFileSync } = await import('node:fs');
    for (const f of ['rules', 'rules-dom', 'x', 'bluesky', 'mastodon', 'doximity', 'registry']) {
      const src = readFileSync(new URL(`../../src/platforms/${f}.ts`, import.meta.url), 'utf8');
      expect(src, f).not.toMatch(/from ['"](zod|\.\.\/shared\/zod|\.\/rules-schema)['"]/);
    }
  });
});
