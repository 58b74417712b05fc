/**
 * X on the markup it served (../shared/realpages/x-*.html: 2023–2026 timelines and single posts,
 * and complete X Article pages with a Chinese interface), every post written out, and the same
 * pages with the interface in German and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { expectPosts, haveRealPages, type Interface, openPage, readPage } from './real-pages';
import { X_PAGES } from './realpages-x-expected';

const HOME = 'https://x.com/home';

const PAGES = X_PAGES;

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
