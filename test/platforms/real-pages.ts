/**
 * Pages the sites actually served (../shared/realpages/, read there, never copied here) and pages
 * rebuilt from the sites' own rendering source (test/fixtures/<site>/, each saying where it came
 * from), loaded at their real address. Also turns a page's interface into another language, so
 * a reader that leans on one language's labels fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { adapterFor } from '../../src/platforms/registry';
import type { PostSnapshot } from '../../src/platforms/types';
import { parsePage, type ParsedPage } from '../../scripts/extract';
import { repoRoot } from './load-fixture';
import { track } from './shared-fixture';

export const realPagesDir = path.resolve(repoRoot, '../shared/realpages');
export const haveRealPages = existsSync(realPagesDir);

/** What a test writes out for each post; `text` ending in '…' is the start of a longer text. */
export type Want = Pick<PostSnapshot, 'key' | 'authorName' | 'authorHandle' | 'promoted' | 'text'> &
  Partial<Pick<PostSnapshot, 'authorHeadline' | 'context' | 'url' | 'translated'>>;

/** Interface strings of one language and their translation: [English or page text, translated]. */
export type Interface = readonly (readonly [string, string])[];

export interface Page extends ParsedPage {
  url: URL;
}

/** `name` from ../shared/realpages, or a rebuilt page `<site>/<name>` from test/fixtures. */
export function openPage(file: string, url: string, ui: Interface = []): Page {
  const full = file.includes('/')
    ? path.join(repoRoot, 'test/fixtures', file)
    : path.join(realPagesDir, file);
  const page = track(parsePage(readFileSync(full, 'utf8'), url));
  translate(page.document, ui);
  return { ...page, url: new URL(url) };
}

/** Replaces interface strings in text and in labels: the page as a reader in that language sees it. */
export function translate(doc: Document, ui: Interface): void {
  if (ui.length === 0) return;
  const swap = (s: string) => ui.reduce((acc, [from, to]) => acc.split(from).join(to), s);
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    const t = swap(v);
    if (t !== v) n.nodeValue = t;
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [title], [alt]'))) {
    for (const attr of ['aria-label', 'title', 'alt']) {
      const v = el.getAttribute(attr);
      if (v !== null && swap(v) !== v) el.setAttribute(attr, swap(v));
    }
  }
}

/** Every post the page's adapter reads, in document order (cards not yet keyed left out). */
export function readPage(page: Page): PostSnapshot[] {
  const adapter = adapterFor(page.url);
  if (!adapter) throw new Error(`no adapter for ${page.url.href}`);
  return adapter
    .findPosts(page.document)
    .map((c) => adapter.read(c, page.url))
    .filter((p): p is PostSnapshot => p !== null);
}

/** The page yields exactly these posts, field by field. */
export function expectPosts(got: PostSnapshot[], want: readonly Want[]): void {
  expect(got.map((p) => p.key)).toEqual(want.map((w) => w.key));
  want.forEach((w, i) => {
    const p = got[i] as PostSnapshot;
    const { text, ...fields } = w;
    expect(p, w.key).toMatchObject({ authorHeadline: '', ...fields });
    if (text.endsWith('…'))
      expect(p.text.startsWith(text.slice(0, -1)), `${w.key} text`).toBe(true);
    else expect(p.text, `${w.key} text`).toBe(text);
    expect(p.translated ?? false, `${w.key} translated`).toBe(w.translated ?? false);
  });
}
