/**
 * X on the markup it served (../shared/realpages/x-*.html: 2023–2026 timelines and single posts,
 * and complete X Article pages with a Chinese interface), every post written out, and the same
 * pages with the interface in German and Spanish.
 */
import { describe, expect, it } from 'vitest';
import {
  expectPosts,
  haveRealPages,
  type Interface,
  openPage,
  readPage,
  type Want,
} from './real-pages';

const HOME = 'https://x.com/home';

const PAGES: Record<string, Want[]> = {
  'x-1.html': [
    {
      key: 'x:1735935432297160849',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'website and broadcast https://lichess.org',
    },
    {
      key: 'x:1735935094374772845',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'broadcast + event https://twitter.com/i/broadcasts/1OwGWwYEoyDGQ…',
    },
    {
      key: 'x:1735934804774854870',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'broadcast + space https://twitter.com/i/spaces/1ypKdkWROAgxW…',
    },
    {
      key: 'x:1735933463205642706',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'a single broadcast',
    },
    {
      key: 'x:1735933254790766638',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'broadcast + quotation https://twitter.com/i/broadcasts/1OwGWwYEoyDGQ…',
    },
    {
      key: 'x:1735933100780073369',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'images + broadcast https://twitter.com/i/broadcasts/1OwGWwYEoyDGQ…',
    },
    {
      key: 'x:1735932467700244657',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: '',
    },
  ],
  'x-2.html': [
    {
      key: 'x:1735935432297160849',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'website and broadcast https://lichess.org',
    },
    {
      key: 'x:1735935094374772845',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'broadcast + event https://twitter.com/i/broadcasts/1OwGWwYEoyDGQ…',
    },
    {
      key: 'x:1735934804774854870',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'broadcast + space https://twitter.com/i/spaces/1ypKdkWROAgxW…',
    },
    {
      key: 'x:1735933463205642706',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'a single broadcast',
    },
    {
      key: 'x:1735933254790766638',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'broadcast + quotation https://twitter.com/i/broadcasts/1OwGWwYEoyDGQ…',
    },
    {
      key: 'x:1735933100780073369',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'images + broadcast https://twitter.com/i/broadcasts/1OwGWwYEoyDGQ…',
    },
  ],
  'x-3.html': [
    {
      key: 'x:1706099190240088103',
      authorName: 'Victor Rîbin',
      authorHandle: 'rvinowise',
      promoted: false,
      text: "another person's reply",
    },
    {
      key: 'x:1706099462379033033',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: "reply to another person's reply",
    },
    {
      key: 'x:1734248650228855291',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'the head of a thread',
    },
    {
      key: 'x:1734248653919789531',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: '2nd message of a thread',
    },
    {
      key: 'x:1734248657547870564',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: '3rd message of a thread',
    },
    {
      key: 'x:1707007575110099429',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: '1st message of a thread',
    },
    {
      key: 'x:1707007579103117527',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: '3rd message of a thread',
    },
    {
      key: 'x:1725958337445961955',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'reply with a poll',
    },
  ],
  'x-4.html': [
    {
      key: 'x:1704659922464444801',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'image-post with a quotation of a 4-video-post',
    },
    {
      key: 'x:1706184429964513566',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'image-post quoting my image-reply',
    },
    {
      key: 'x:1735785217305014701',
      authorName: 'Beff Jezos — e/acc ⏩',
      authorHandle: 'BasedBeffJezos',
      promoted: false,
      text: 'Decels will want every AI to be behind an API that they can…',
    },
    {
      key: 'x:1704650832828940551',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'quoted showMore-image-post',
    },
    {
      key: 'x:1704659543026765991',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'quotation of a 4-video-post',
    },
    {
      key: 'x:1686098887243968512',
      authorName: '🇺🇦Evan Kirstel #B2B #TechFluencer',
      authorHandle: 'EvanKirstel',
      promoted: false,
      text: "Microsoft's Journey w/ #ChatGPT, Co-Pilots, and the Ethical…",
      context: 'You reposted',
    },
    {
      key: 'x:1725955263344029911',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'quotation of my poll with images',
    },
    {
      key: 'x:1732790822049903101',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'quotation of a post with a twitter space',
    },
    {
      key: 'x:1733080058988789957',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'https://twitter.com/i/spaces/1ypKdkWROAgxW…',
    },
  ],
  'x-5.html': [
    {
      key: 'x:1732790626020675814',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'twitter space itself',
    },
    {
      key: 'x:1714738855176245478',
      authorName: 'UNIFYD',
      authorHandle: 'UNIFYDTV',
      promoted: false,
      text: "Watch this jaw-dropping story about Cathy O'Brien reveals wh…",
    },
    {
      key: 'x:1740834000149594564',
      authorName: 'ARK Invest',
      authorHandle: 'ARKInvest',
      promoted: false,
      text: 'As 2023 comes to a close, catch up on some of our most-liste…',
    },
    {
      key: 'x:1701506309487559165',
      authorName: 'Zara Kay',
      authorHandle: 'zarakayk',
      promoted: false,
      text: "Is Egypt also Islamophobic? I'm not for bans on veiling, I a…",
    },
    {
      key: 'x:1704704306895618550',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'external-quotation-post',
    },
    {
      key: 'x:1704958629932056635',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'post with several external sources https://openlongevity.org',
    },
    {
      key: 'x:1699865005150060762',
      authorName: 'Steven Pinker',
      authorHandle: 'sapinker',
      promoted: false,
      text: "Litmus '23: A Quest for Reason | October 1st | Freethinker F…",
      context: 'You reposted',
    },
    {
      key: 'x:1708421896155398530',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: '',
    },
    {
      key: 'x:1708518870846202279',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'Link to the article: https://richarddawkins.substack.com/p/o…',
    },
    {
      key: 'x:1694469132152975786',
      authorName: 'Richard Dawkins',
      authorHandle: 'RichardDawkins',
      promoted: false,
      text: 'Do animals feel pain more than we do? What is pain for? What…',
      context: 'You reposted',
    },
    {
      key: 'x:1727106214990139845',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'Sabrina Gonzalez Pasterski (born June 3, 1993) is an America…',
    },
    {
      key: 'x:1729688709425950964',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'question of an unfinished poll',
    },
    {
      key: 'x:1732776142791184743',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'twitter event',
    },
    {
      key: 'x:1732776142791184743',
      authorName: 'tehprom',
      authorHandle: 'tehprom269887',
      promoted: false,
      text: 'twitter event',
    },
    {
      key: 'x:1604486844867133442',
      authorName: 'Elon Musk',
      authorHandle: 'elonmusk',
      promoted: false,
      text: 'Follow The World Cup on Twitter!',
    },
    {
      key: 'x:1730332754225586194',
      authorName: 'Richard Dawkins',
      authorHandle: 'RichardDawkins',
      promoted: false,
      text: "When referring to someone as 'she', instead of their preferr…",
      context: 'You reposted',
    },
    {
      key: 'x:1314302695365320712',
      authorName: 'OREO Cookie',
      authorHandle: 'Oreo',
      promoted: false,
      text: "A loving world starts with a loving home. Watch OREO's new f…",
    },
  ],
  'x-6.html': [
    {
      key: 'x:2022259933887050206',
      authorName: 'Eike Drescher',
      authorHandle: 'eikedrescher',
      promoted: false,
      text: 'Today, @joinbento was shut down Goodbye Bento 👋♥️',
      context: 'Hwang reposted',
    },
  ],
  'x-article-1.html': [
    {
      key: 'x:2022543578803962302',
      authorName: 'Ring Hyacinth',
      authorHandle: 'ring_hyacinth',
      promoted: false,
      text: '火山引擎即将上线 API！Seedance 2.0 除了打斗还可以做什么？ Seedance 2.0 正式发布已经有几天…',
    },
  ],
  'x-article-2.html': [
    {
      key: 'x:2056658641747583451',
      authorName: 'Pixel Updates',
      authorHandle: 'pixel_updates',
      promoted: false,
      text: '得到了新的 Gemini 界面，它非常漂亮！',
      translated: true,
    },
    {
      key: 'x:2056643158986162589',
      authorName: 'Shishir',
      authorHandle: 'ShishirShelke1',
      promoted: false,
      text: '终于收到了新版 Gemini 应用 UI。 看起来很不错，触觉反馈的实现也感觉更好。',
      translated: true,
    },
  ],
  'x-article-3.html': [
    {
      key: 'x:2056721666068365629',
      authorName: 'Lucius',
      authorHandle: 'LuciusHQ',
      promoted: false,
      text: '我们筹集了300万美元，用于构建Lucius AI——您组织的上下文层。由Future Capital Discover…',
      translated: true,
    },
  ],
  'x-article-4.html': [
    {
      key: 'x:2058065388471255092',
      authorName: 'ileri 𖣂',
      authorHandle: '0xileri',
      promoted: false,
      text: '愉快的一天， 我用 gpt + seedance 2.0 制作了这个 AI 视频',
      translated: true,
    },
  ],
  'x-article-5.html': [],
};

const GERMAN: Interface = [
  ['reposted', 'hat repostet'],
  ['Show more', 'Mehr anzeigen'],
  ['Quote', 'Zitat'],
  ['Translated from English', 'Aus dem Englischen übersetzt'],
  ['Show original', 'Original anzeigen'],
  ['翻译自 英语', 'Aus dem Englischen übersetzt'],
  ['显示原文', 'Original anzeigen'],
  ['Image', 'Bild'],
  ['图像', 'Bild'],
];
const SPANISH: Interface = [
  ['reposted', 'reposteó'],
  ['Show more', 'Mostrar más'],
  ['Quote', 'Cita'],
  ['翻译自 英语', 'Traducido del inglés'],
  ['显示原文', 'Mostrar original'],
  ['Image', 'Imagen'],
  ['图像', 'Imagen'],
];

describe.skipIf(!haveRealPages)('X, real pages', () => {
  it.each(Object.keys(PAGES))('%s yields exactly its posts', (file) => {
    expectPosts(readPage(openPage(file, HOME)), PAGES[file] ?? []);
  });

  const LANGUAGES = [
    ['German', GERMAN],
    ['Spanish', SPANISH],
  ] as const;
  it.each(LANGUAGES.flatMap(([l, ui]) => Object.keys(PAGES).map((f) => [l, f, ui] as const)))(
    'with the interface in %s, %s yields the same posts, authors and translation flags',
    (_l, file, ui) => {
      const want = PAGES[file] ?? [];
      const got = readPage(openPage(file, HOME, ui));
      expect(got.map((p) => [p.key, p.authorName, p.authorHandle])).toEqual(
        want.map((w) => [w.key, w.authorName, w.authorHandle]),
      );
      expect(got.map((p) => p.translated ?? false)).toEqual(want.map((w) => w.translated ?? false));
    },
  );

  it('a post embedded in an Article is named by its author, not by its date', () => {
    const [post] = readPage(openPage('x-article-3.html', HOME));
    expect(post?.authorName).toBe('Lucius');
    expect(post?.authorProfileUrl).toBe('https://x.com/LuciusHQ');
  });
});
