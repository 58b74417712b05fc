// Builds the benchmark's infinite LinkedIn feed: the classic feed fixture's 96 cards become
// templates, and the page's own script renders 1,000 posts from them, 10 at a time, as the reader
// nears the bottom (as the real feed fetches and appends pages of posts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/browser';

export const BENCH_FEED_URL = 'https://www.linkedin.com/feed/';
const SOURCE = 'test/fixtures/linkedin/linkedin-feed.html';
const CARD_START = '<div data-id="urn:li:activity:';

interface Template {
  html: string;
  name: string | null;
  headline: string | null;
  text: string | null;
}

const NAME =
  /update-components-actor__name[^>]*><span dir="ltr"><span aria-hidden="true"><!---->(.*?)<!---->/;
const HEADLINE = /update-components-actor__description[^>]*><span aria-hidden="true">(.*?)<\/span>/;
const TEXT = /<span class="break-words tvm-parent-container"><span dir="ltr">(.*?)<\/span><\/span>/;

/** Splits the saved feed into its page shell (before/after the cards) and its card blocks. */
function splitFeed(html: string): { head: string; tail: string; cards: string[] } {
  const first = html.indexOf(CARD_START);
  const endMarker = '\n      </div></div>\n    </main>';
  const last = html.indexOf(endMarker);
  if (first < 0 || last < 0) throw new Error(`${SOURCE}: card list not found`);
  const body = html.slice(first, last + 1);
  const cards = body
    .split(CARD_START)
    .filter((c) => c.trim())
    .map((c) => CARD_START + c);
  return { head: html.slice(0, first), tail: html.slice(last + 1), cards };
}

/** A card with its id, author, headline and text replaced by placeholders. */
function toTemplate(card: string, index: number): Template {
  const id = /^<div data-id="urn:li:activity:(\d+)"/.exec(card)?.[1];
  if (!id) throw new Error(`${SOURCE}: card ${index} has no activity id`);
  let html = card
    .replaceAll(id, '{{ID}}')
    .replace(/Feed post number \d+/, 'Feed post number {{N}}');
  const text = TEXT.exec(html)?.[1] ?? null;
  if (text) html = html.replace(TEXT, (m) => m.replace(text, '{{TEXT}}'));
  const name = NAME.exec(html)?.[1] ?? null;
  if (name) html = html.replaceAll(name, '{{NAME}}');
  const headline = HEADLINE.exec(html)?.[1] ?? null;
  if (headline) html = html.replaceAll(headline, '{{HEADLINE}}');
  return { html, name, headline, text };
}

/**
 * The feed page: the fixture's shell, no cards, and a page script that renders `total` posts.
 * Post `i` takes card layout `i % 96`, another card's author and headline and a third card's
 * text, so the 1,000 posts are all different but every one is real LinkedIn markup.
 */
export function linkedinInfiniteFeed(total = 1000, batch = 10): string {
  const source = readFileSync(join(ROOT, SOURCE), 'utf8');
  const { head, tail, cards } = splitFeed(source);
  const templates = cards.map(toTemplate);
  const pick = <K extends 'name' | 'headline' | 'text'>(k: K) =>
    templates.map((t) => t[k]).filter((v): v is string => v !== null);
  const data = {
    total,
    batch,
    templates: templates.map((t) => t.html),
    names: pick('name'),
    headlines: pick('headline'),
    texts: pick('text'),
  };
  // Page script (plain ES2020, runs in the page's main world, not the extension's).
  const script = `<script>(() => {
  const D = ${JSON.stringify(data).replaceAll('</', '<\\/')};
  const list = document.querySelector('.scaffold-finite-scroll__content');
  let rendered = 0;
  let pending = false;
  const card = (i) => {
    const p = (i * 7 + 3) % D.names.length;
    return D.templates[i % D.templates.length]
      .replaceAll('{{ID}}', String(7300000000000000000n + BigInt(i) * 7919n))
      .replaceAll('{{N}}', String(i + 1))
      .replaceAll('{{NAME}}', D.names[p])
      .replaceAll('{{HEADLINE}}', D.headlines[(i * 7 + 3) % D.headlines.length])
      .replaceAll('{{TEXT}}', D.texts[(i * 37 + 11) % D.texts.length]);
  };
  const more = () => {
    pending = false;
    let html = '';
    const end = Math.min(D.total, rendered + D.batch);
    for (; rendered < end; rendered++) html += card(rendered);
    list.insertAdjacentHTML('beforeend', html);
  };
  more();
  addEventListener('scroll', () => {
    if (pending || rendered >= D.total) return;
    if (scrollY + innerHeight > document.documentElement.scrollHeight - 2000) {
      pending = true;
      setTimeout(more, 30);
    }
  }, { passive: true });
  window.__bench = { rendered: () => rendered, total: D.total };
})();</script>`;
  return head + tail.replace('</body>', `${script}\n</body>`);
}
