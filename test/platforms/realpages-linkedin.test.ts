/**
 * LinkedIn on the markup it served (../shared/realpages/linkedin-*.html, described in that
 * folder's README), in English and with the interface turned into German, Spanish and a language
 * no label list knows.
 */
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../src/platforms/linkedin';
import { read2026 } from '../../src/platforms/linkedin-2026';
import { expectPosts, haveRealPages, type Interface, openPage, readPage } from './real-pages';

const FEED = 'https://www.linkedin.com/feed/';

const GERMAN: Interface = [
  ['Feed post', 'Feed-Beitrag'],
  ['Open control menu for post by', 'Steuerungsmenü öffnen für Beitrag von'],
  ['Hide post by', 'Beitrag ausblenden von'],
  ['Suggested', 'Vorgeschlagen'],
  ['Promoted', 'Gesponsert'],
  ['likes this', 'gefällt das'],
  ['followers', 'Follower'],
  ['• 1st', '• 1.'],
  ['• 2nd', '• 2.'],
  ['• 3rd+', '• 3.+'],
  ['6h •', '6 Std. •'],
  ['Visit my website', 'Meine Website besuchen'],
];
const SPANISH: Interface = [
  ['Feed post', 'Publicación del feed'],
  ['Open control menu for post by', 'Abrir menú de control de la publicación de'],
  ['Suggested', 'Sugerencias'],
  ['Promoted', 'Promocionado'],
  ['likes this', 'recomienda esto'],
  ['followers', 'seguidores'],
  ['• 1st', '• 1.º'],
  ['• 2nd', '• 2.º'],
  ['6h •', '6 h •'],
];
/** Welsh: no ad-label list knows "Hyrwyddwyd", so only the card's shape can tell the ads. */
const WELSH: Interface = [
  ['Promoted', 'Hyrwyddwyd'],
  ['Suggested', 'Awgrymir'],
];

const CHANDAN = {
  key: 'linkedin:7441793380893753344',
  url: 'https://www.linkedin.com/feed/update/urn:li:activity:7441793380893753344/',
  authorName: 'Chandan Lal Patary',
  authorHandle: '',
  authorHeadline:
    'Author of 11 Books on Leadership & Transformation | Helping Leaders Stay Relevant in the Age of AI | Enterprise Business Transformation Coach | Follow for Weekly Insights',
  promoted: false,
  context: '',
  text: 'Quibi raised $2 billion. It had world-class leadership. It had premium content. It still failed—in just 6 months. Why?…',
};

/** The 8 real cards as the README lists them: name, headline (its start), ad or not. */
const CARDS: [string, string, boolean][] = [
  ['Peppe Silletti', 'Product Engineer for AI-native startups (open to part-time', false],
  ['Go1', '57,844 followers', true],
  ['Chandan Lal Patary', 'Author of 11 Books on Leadership & Transformation |', false],
  ['Adrian Demian', 'AI Systems Arhitect | Writing about AI @ TheAIBuilder', false],
  ['Maarten Dalmijn', '“Great roadmaps don’t predict the future, they make it happen.”🚀 |', false],
  ['Tenable', '196,083 followers', true],
  ['Rutger Boels', 'Engineering Logic Systems Engineering at Scale', false],
  ['Victoria Charra', 'Founder @ Talent Wind ✨ Recruiting, People & Culture', false],
];

describe.skipIf(!haveRealPages)('LinkedIn 2026 feed, real cards', () => {
  it.each(['linkedin-1.html', 'linkedin-2.html'])(
    '%s: the one keyed card, with its headline (with or without the mainFeed test id)',
    (file) => {
      expectPosts(readPage(openPage(file, FEED)), [CHANDAN]);
    },
  );

  it.each([
    ['English', [] as Interface],
    ['German', GERMAN],
    ['Spanish', SPANISH],
    ['Welsh', WELSH],
  ])('reads every card’s name, headline and ad label with the interface in %s', (_l, ui) => {
    const page = openPage('linkedin-2.html', FEED, ui);
    const cards = linkedin.findPosts(page.document);
    const read = cards.map((c) => read2026(c, page.url));
    expect(read.map((r) => r?.authorName)).toEqual(CARDS.map((c) => c[0]));
    read.forEach((r, i) => {
      const [name, headline, promoted] = CARDS[i]!;
      const translated = ui.reduce((s, [from, to]) => s.split(from).join(to), headline);
      expect(r?.authorHeadline.startsWith(translated), `${name}: ${r?.authorHeadline}`).toBe(true);
      expect(r?.promoted, `${name} promoted`).toBe(promoted);
    });
    // The social-proof line stays context, in any language.
    expect(read[4]?.context).toMatch(/^Rob Sandberg /);
  });

  it('keeps the one keyed card in German and Spanish', () => {
    for (const ui of [GERMAN, SPANISH]) {
      const [post] = readPage(openPage('linkedin-1.html', FEED, ui));
      expect(post).toMatchObject({ key: CHANDAN.key, authorName: CHANDAN.authorName });
      expect(post?.authorHeadline).toBe(CHANDAN.authorHeadline);
    }
  });

  it('puts the bar after the author block, above the text', () => {
    const page = openPage('linkedin-1.html', FEED);
    for (const card of linkedin.findPosts(page.document)) {
      const anchor = linkedin.overlayAnchor(card);
      expect(anchor?.querySelector('a[href*="/in/"], a[href*="/company/"]')).not.toBeNull();
      expect(anchor?.querySelector('[data-testid="expandable-text-box"]')).toBeNull();
    }
  });
});

describe.skipIf(!haveRealPages)('LinkedIn classic, real cards', () => {
  it('linkedin-3: a profile activity card, with who commented as context', () => {
    const url = 'https://www.linkedin.com/in/pabloborda/recent-activity/comments/';
    expectPosts(readPage(openPage('linkedin-3.html', url)), [
      {
        key: 'linkedin:7242285086220460033',
        authorName: 'Nihad Kerić',
        authorHandle: '',
        authorHeadline:
          'Software Engineer | Frontend | UI/UX | Responsive Design | API Integration | Software Architecture | Digital Transformation',
        promoted: false,
        context: 'Pablo Tomas Borda commented on this',
        text: '💡 Bye Bye Try/Catch, Meet New ECMAScript Operator 💡 Benefits of using ?= operator…',
      },
    ]);
  });

  const POST_PAGE = 'https://www.linkedin.com/feed/update/urn:li:activity:1111111111111111111/';

  it('linkedin-4: a 2026 post page in the classic dialect', () => {
    expectPosts(readPage(openPage('linkedin-4.html', POST_PAGE)), [
      {
        key: 'linkedin:1111111111111111111',
        authorName: 'Dolorx Sitxxx',
        authorHandle: '',
        authorHeadline: 'Doxxxxxx Eiusmodxx | Temporx In',
        promoted: false,
        text: 'Exxxx eaxxx com consequ duisx autexx irurexxxxx I reprehe vo veli…',
      },
    ]);
  });

  it('linkedin-4: the bar goes under the author although the actor block’s class is hashed', () => {
    const page = openPage('linkedin-4.html', POST_PAGE);
    const [card] = linkedin.findPosts(page.document);
    const anchor = linkedin.overlayAnchor(card as Element);
    expect(anchor).not.toBeNull();
    expect(anchor?.querySelector('.update-components-actor__meta-link')).not.toBeNull();
    expect(anchor?.querySelector('.update-components-text')).toBeNull();
    expect(card?.contains(anchor as Element)).toBe(true);
  });
});
