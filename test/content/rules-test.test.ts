import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePage, type ParsedPage } from '../../scripts/extract';
import { answerRulesTest, runRulesTest, withRules } from '../../src/content/rules-test';
import { doximity } from '../../src/platforms/doximity';
import { adapterWithOverride } from '../../src/platforms/rule-sites';
import { mergeRules } from '../../src/platforms/rules-schema';
import { DOXIMITY_RULES } from '../../src/platforms/doximity';
import { repoRoot } from '../platforms/load-fixture';

const DIR = path.join(repoRoot, 'test/fixtures/doximity');
const URL_ = 'https://www.doximity.com/newsfeed';
const html = readFileSync(path.join(DIR, 'doximity-newsfeed.html'), 'utf8');
const want = JSON.parse(
  readFileSync(path.join(DIR, 'doximity-newsfeed.expected.json'), 'utf8'),
) as { posts: { key: string; authorName: string; authorHeadline: string }[] };
/** The same feed after a redesign the built-in rules do not know. */
const renamed = html
  .replaceAll('data-feed-item-id=', 'data-dox-post=')
  .replaceAll('feed-item-author-meta', 'dox-byline');

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});
const page = (h: string) => {
  const p = parsePage(h, URL_);
  open.push(p);
  return p;
};

describe('site rules test on the open tab', () => {
  it('counts the posts the built-in rules find and shows the first five', () => {
    const r = runRulesTest(doximity, page(html).document, new URL(URL_));
    expect(r.posts).toBe(want.posts.length);
    expect(r.containers).toBe(want.posts.length);
    expect(r.sample.map((p) => p.key)).toEqual(want.posts.slice(0, 5).map((p) => p.key));
    expect(r.sample[0]).toMatchObject({
      authorName: want.posts[0]!.authorName,
      authorHeadline: want.posts[0]!.authorHeadline,
    });
    expect(r.sample.every((p) => p.text.length <= 161)).toBe(true);
  });

  it('finds nothing on the redesigned page with the built-in rules, everything with an override', () => {
    const doc = page(renamed).document;
    expect(runRulesTest(doximity, doc, new URL(URL_)).containers).toBe(0);
    const fixed = adapterWithOverride('doximity', {
      container: '[data-dox-post]',
      authorHeadline: '.dox-byline',
    })!;
    const r = runRulesTest(fixed, doc, new URL(URL_));
    expect(r.posts).toBe(want.posts.length);
    expect(r.sample[1]?.authorHeadline).toBe(want.posts[1]!.authorHeadline);
    // The same adapter as mergeRules' rules would give: hosts and key stay built-in.
    expect(mergeRules(DOXIMITY_RULES, { container: '[data-dox-post]' }).key).toBe('doximity:{id}');
  });

  it('tells apart posts found from containers it could not read', () => {
    const broken = adapterWithOverride('doximity', { idPattern: '/nothing-matches/(\\d+)' })!;
    const r = runRulesTest(broken, page(html).document, new URL(URL_));
    expect(r).toEqual({ containers: want.posts.length, posts: 0, sample: [] });
  });

  it('answers only test requests for its own platform, and changes nothing on the page', () => {
    const doc = page(renamed).document;
    const before = doc.body.innerHTML;
    const msg = {
      type: 'rules/test',
      platform: 'doximity',
      rules: { container: '[data-dox-post]' },
    };
    const reply = answerRulesTest(msg, 'doximity', doc as unknown as Document);
    expect(reply?.posts).toBe(want.posts.length);
    expect(reply?.tabUrl).toBe(URL_);
    expect(doc.body.innerHTML).toBe(before);
    expect(answerRulesTest({ ...msg, platform: 'x' }, 'doximity', doc as never)).toBeUndefined();
    expect(
      answerRulesTest({ type: 'annotation/changed' }, 'doximity', doc as never),
    ).toBeUndefined();
    expect(answerRulesTest({ ...msg, rules: null }, 'doximity', doc as never)).toBeUndefined();
    expect(
      answerRulesTest({ ...msg, platform: 'linkedin' }, 'linkedin', doc as never),
    ).toBeUndefined();
  });

  it('keeps the built-in adapter when there is no override, and the hooks when there is', () => {
    expect(withRules(doximity, undefined)).toBe(doximity);
    expect(withRules(doximity, { container: '[data-dox-post]' })).not.toBe(doximity);
    const x = adapterWithOverride('x', { text: '[data-testid="tweetText"]' })!;
    expect(x.id).toBe('x');
    expect(x.matches(new URL('https://x.com/home'))).toBe(true);
    expect(x.matches(new URL('https://www.doximity.com/'))).toBe(false);
  });
});
