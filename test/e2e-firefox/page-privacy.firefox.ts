import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicCard, feedPage } from '../e2e/hostile-page';
import { inEveryBar } from './bars';
import { launchFirefoxWithExtension, type FirefoxLens } from './firefox';

const KEY = 'linkedin:9100000000000000001';
const TAG = 'kol-watch-7f3';
const NOTE = 'call re: the Q3 trial';
const SECRETS = [TAG, '✓ Connecting', 'Following up', '1 tag', NOTE];

/** What a bar shows: its text nodes and its CSS generated content, in order. */
const DRAWN_TEXT = `(root) => {
  let out = '';
  const walk = (node) => {
    if (node.nodeType === 3) { out += node.data; return; }
    if (node.nodeType !== 1 || node.localName === 'style') return;
    const c = getComputedStyle(node, '::before').content;
    if (c && c.startsWith('"')) out += JSON.parse(c);
    for (const child of node.childNodes) walk(child);
  };
  for (const child of root.childNodes) walk(child);
  return out;
}`;

function ask(page: Page, message: unknown) {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
        }
      ).browser.runtime.sendMessage(m),
    message,
  );
}

describe('what the page can learn from the bar, in Firefox', () => {
  let lens: FirefoxLens;
  let feed: Page;
  beforeAll(async () => {
    lens = await launchFirefoxWithExtension();
    const card = classicCard({
      id: '9100000000000000001',
      name: 'Priya Raman, MD',
      headline: 'Interventional cardiologist',
      text: 'Our registry results are out.',
    });
    feed = await lens.newFeedPage(feedPage(card));
    await feed.goto('https://www.linkedin.com/feed/');
  });
  afterAll(() => lens?.close());

  it('window.find and innerText do not find the private text the user sees', async () => {
    await expect
      .poll(() => inEveryBar<boolean>(feed, `(root) => !!root.querySelector('.badge')`), {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual([true]);
    const dashboard = await lens.openExtensionPage('src/dashboard/index.html');
    for (const patch of [
      { category: 'connecting' },
      { flagged: true },
      { tags: [TAG] },
      { note: NOTE },
    ]) {
      expect(await ask(dashboard, { type: 'annotation/set', key: KEY, patch })).toMatchObject({
        ok: true,
      });
    }
    await dashboard.close();
    // The user sees them, drawn inside the closed root.
    await expect
      .poll(async () => (await inEveryBar<string>(feed, DRAWN_TEXT))[0], { timeout: 10_000 })
      .toContain('✓ Connecting');
    expect((await inEveryBar<string>(feed, DRAWN_TEXT))[0]).toContain('1 tag');

    const learnt = await feed.evaluate((secrets: string[]) => {
      const found: string[] = [];
      const find = (s: string) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(s: string): boolean }).find(s);
      };
      if (!find('registry results')) found.push('window.find does not work at all');
      for (const s of secrets) {
        if (find(s)) found.push(`window.find: ${s}`);
        if (document.body.innerText.includes(s)) found.push(`innerText: ${s}`);
        if (document.documentElement.outerHTML.includes(s)) found.push(`outerHTML: ${s}`);
      }
      if (document.querySelector('hcp-lens-overlay')?.shadowRoot) found.push('open shadow root');
      return found;
    }, SECRETS);
    expect(learnt).toEqual([]);
  });
});
