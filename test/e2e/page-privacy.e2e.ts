import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serve, type Lens } from './browser';
import { barAttribute, barText, clickInBar, verdictCount } from './bars';
import { classicCard, feedPage } from './hostile-page';

const KEY = 'linkedin:9100000000000000001';
const LIST = 'Competitor KOLs – Q3 launch';
const TAG = 'kol-watch-7f3';
const NOTE = 'call re: the Q3 trial';
const SECRETS = [LIST, 'Tier 1', 'tier 1', TAG, NOTE, '✓ Connecting', 'Following up', '1 tag'];

/**
 * The site's own script, run before the extension's: it wraps `attachShadow` to catch the roots
 * made after it, and records what it could learn. Scripts on linkedin.com, x.com, bsky.app and
 * doximity.com do scan the page for extensions.
 */
const SPY = `
  window.__roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__roots.push(root);
    return root;
  };
`;

/** Sends a request as the dashboard does (an extension page may annotate and import). */
function ask(dashboard: Page, message: unknown) {
  return dashboard.evaluate(
    (m) =>
      (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> };
          };
        }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

describe('what the page can learn from the bar, in Chromium', () => {
  let lens: Lens;
  let dashboard: Page;
  beforeAll(async () => {
    lens = await launchWithExtension();
    const card = classicCard({
      id: '9100000000000000001',
      name: 'Priya Raman, MD',
      headline: 'Interventional cardiologist',
      text: 'Our registry results are out.',
      profileUrl: 'https://www.linkedin.com/in/priya-raman-md/',
    });
    const page = feedPage(card).replace('<head>', `<head><script>${SPY}</script>`);
    await serve(lens.context, 'https://www.linkedin.com/**', page);
    dashboard = await lens.openExtensionPage('src/dashboard/index.html');
    const csv = `name,linkedin url,tier\nPriya Raman,https://www.linkedin.com/in/priya-raman-md/,1\n`;
    expect(await ask(dashboard, { type: 'targets/import', name: LIST, csv })).toMatchObject({
      ok: true,
    });
  });
  afterAll(() => lens?.close());

  const stored = async () => {
    const reply = (await ask(dashboard, { type: 'annotations/list', limit: 10 })) as unknown as {
      data: { views: { annotation: unknown }[] };
    };
    return reply.data.views.map((v) => v.annotation);
  };

  it('finds nothing private by any DOM or text API, and cannot drive the bar', async () => {
    const page = await lens.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => verdictCount(page), { timeout: 30_000 }).toBe(1);
    // Annotated from the dashboard: the tab that shows the post is sent the changes.
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
    const before = await stored();
    expect(before).toHaveLength(1);
    await expect.poll(() => barText(page, KEY, '.pill'), { timeout: 10_000 }).toBe('✓ Connecting');
    // The user sees it all (drawn inside the closed root).
    expect(await barText(page, KEY, '.chip.target')).toBe('Tier 1');
    expect(await barText(page, KEY, '.pill')).toBe('✓ Connecting');
    expect(await barText(page, KEY, '.line')).toContain('1 tag');

    const learnt = await page.evaluate((secrets) => {
      const host = document.querySelector('hcp-lens-overlay')!;
      const found: string[] = [];
      const look = (where: string, text: string) => {
        for (const s of secrets) if (text.includes(s)) found.push(`${where}: ${s}`);
      };
      // Shadow roots: closed, none caught by the wrapped attachShadow, none to attach again.
      if (host.shadowRoot) found.push('shadowRoot is open');
      const roots = (window as unknown as { __roots: ShadowRoot[] }).__roots;
      if (roots.length) found.push(`caught ${roots.length} roots`);
      try {
        host.attachShadow({ mode: 'open' });
        found.push('could attach a second root');
      } catch {
        // Expected: the host has its (closed) root.
      }
      // Text search, as window.find and the find bar do.
      const find = (s: string) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(s: string): boolean }).find(s);
      };
      if (!find('registry results')) found.push('window.find does not work at all');
      for (const s of secrets) if (find(s)) found.push(`window.find: ${s}`);
      look('innerText', document.body.innerText);
      look('textContent', document.documentElement.textContent ?? '');
      look('outerHTML', document.documentElement.outerHTML);
      getSelection()?.selectAllChildren(document.body);
      look('selection', getSelection()?.toString() ?? '');
      for (const el of document.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) look(`@${name}`, el.getAttribute(name) ?? '');
        look('title', (el as HTMLElement).title ?? '');
        look('ariaLabel', el.ariaLabel ?? '');
      }
      if (host.getAttributeNames().join() !== 'data-hcp-lens-post') found.push('extra attributes');
      return found;
    }, SECRETS);
    expect(learnt).toEqual([]);

    // Synthetic events on the host, then a scripted focus followed by the user's own keys.
    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('hcp-lens-overlay')!;
      for (const type of ['pointerenter', 'pointerover', 'mouseover', 'pointerdown', 'click']) {
        host.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));
      }
      for (const key of ['2', 'f', 'Enter', 't']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      host.tabIndex = 0;
      host.focus();
    });
    for (const key of ['2', 'f', '0', 't', 'x', 'Enter']) await page.keyboard.press(key);
    await page.waitForTimeout(600);
    expect(await barAttribute(page, KEY, '.more', 'class')).toBeNull();
    expect(await stored()).toEqual(before);
    expect(await barText(page, KEY, '.pill')).toBe('✓ Connecting');

    // The user's own pointer still works: the test could see a change if one were made.
    await clickInBar(page, KEY, 'button.flag');
    await expect.poll(() => barAttribute(page, KEY, 'button.flag', 'aria-pressed')).toBe('false');
    // The bar shows the change at once; the background stores it a moment later.
    await expect.poll(async () => JSON.stringify(await stored())).not.toBe(JSON.stringify(before));
    await page.close();
  });
});
