// @vitest-environment happy-dom
import { act } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cssString } from '../../src/content/overlay/generated-text';
import { mountOverlay, overlayRoot, type OverlayHandle } from '../../src/content/overlay/mount';
import type { PostView } from '../../src/db/records';
import { applyTarget } from '../../src/targets/apply';
import { postRecord, verdict } from '../helpers/posts';

const LIST = 'Competitor KOLs – Q3 launch';
const PRIVATE = [LIST, 'Tier 1', 'kol-watch', 'call re: trial', '✓ Connecting', 'Following up'];

function privateView(): PostView {
  return {
    post: postRecord('1', {
      verdict: applyTarget(verdict(), {
        listId: 'l1',
        listName: LIST,
        tier: '1',
        specialty: '',
        by: 'profile',
      }),
    }),
    annotation: {
      key: 'linkedin:1',
      category: 'connecting',
      tags: ['kol-watch'],
      flagged: true,
      note: 'call re: trial',
      collections: [],
      annotatedAt: '2026-11-24T09:00:00.000Z',
      sessionId: 1,
    },
  };
}

let handle: OverlayHandle | undefined;
afterEach(() => {
  handle?.destroy();
  document.body.innerHTML = '';
});

function mount(onPatch = vi.fn()) {
  const post = document.createElement('article');
  document.body.append(post);
  handle = mountOverlay(post, null, 'linkedin:1', { view: privateView(), error: null, onPatch });
  return { host: handle.host, root: overlayRoot(handle.host)!, onPatch };
}

/** The rules of the bar's own stylesheets, as text (adopted sheets or a <style> element). */
function rulesOf(root: ShadowRoot): string {
  const adopted = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
  const styles = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '');
  return [...adopted, ...styles].join('\n');
}

/** A CSS string literal's text: `"Tier\\20 1"` is `Tier 1`. */
const cssText = (literal: string) =>
  literal
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

/** What the user sees in `el`: the generated content of its elements, in order. */
function drawnText(el: Element, root: ShadowRoot): string {
  const rules = rulesOf(root);
  const texts: string[] = [];
  for (const node of el.querySelectorAll('*')) {
    for (const cls of node.classList) {
      const rule = new RegExp(`\\.${cls}::before\\s*\\{\\s*content:\\s*("[^"]*")`).exec(rules);
      if (rule) texts.push(cssText(rule[1]!));
    }
  }
  return texts.join(' ');
}

describe('the bar in a page', () => {
  it('gives the page no shadow root, no attribute but the post key, and no private text', () => {
    const { host, root } = mount();
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['data-hcp-lens-post']);
    // Not a text node, an attribute or a title anywhere in the bar, let alone in the page.
    const shown = [...root.querySelectorAll('*')].filter((e) => e.localName !== 'style');
    const inDom = [
      ...shown.map((e) => e.textContent ?? ''),
      ...shown.flatMap((e) => e.getAttributeNames().map((a) => e.getAttribute(a) ?? '')),
      document.body.textContent ?? '',
    ].join('\n');
    for (const secret of PRIVATE) expect(inDom, secret).not.toContain(secret);
    // Yet the user sees them: drawn by the bar's own stylesheet, inside the closed root.
    const drawn = drawnText(root.querySelector('.lens')!, root);
    expect(drawn).toContain('Tier 1');
    expect(drawn).toContain('✓ Connecting');
    expect(drawn).toContain('★');
    expect(drawn).toContain('1 tag');
  });

  it('opens and acts only for the user: untrusted or page-made focus, hover and keys do nothing', async () => {
    vi.useFakeTimers();
    const { root, onPatch } = mount();
    const lens = root.querySelector<HTMLElement>('.lens')!;
    // The page's synthetic events, and focus the user did not bring (no trusted pointer or Tab).
    lens.dispatchEvent(new PointerEvent('pointerenter'));
    lens.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await act(async () => void (await vi.advanceTimersByTimeAsync(300)));
    expect(root.querySelector('.more')).toBeNull();
    const focus = new FocusEvent('focus');
    Object.defineProperty(focus, 'isTrusted', { value: true });
    await act(() => void lens.dispatchEvent(focus));
    for (const key of ['2', 'f', 'Enter']) {
      const down = new KeyboardEvent('keydown', { key, bubbles: true });
      // Keys the user types are trusted; the bar was not entered by the user, so they do nothing.
      Object.defineProperty(down, 'isTrusted', { value: true });
      await act(() => void lens.dispatchEvent(down));
    }
    expect(onPatch).not.toHaveBeenCalled();
    expect(root.querySelector('.more')).toBeNull();

    // The user's own pointer on the bar enters it: the same key now acts.
    const press = new PointerEvent('pointerdown', { bubbles: true });
    Object.defineProperty(press, 'isTrusted', { value: true });
    await act(() => void lens.dispatchEvent(press));
    const key = new KeyboardEvent('keydown', { key: 'f', bubbles: true });
    Object.defineProperty(key, 'isTrusted', { value: true });
    await act(() => void lens.dispatchEvent(key));
    expect(onPatch).toHaveBeenCalledWith({ flagged: false });
    vi.useRealTimers();
  });

  it('enters on focus that follows the user’s Tab key', async () => {
    const { root, onPatch } = mount();
    const lens = root.querySelector<HTMLElement>('.lens')!;
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true });
    Object.defineProperty(tab, 'isTrusted', { value: true });
    document.body.dispatchEvent(tab);
    const focus = new FocusEvent('focus');
    Object.defineProperty(focus, 'isTrusted', { value: true });
    Object.defineProperty(focus, 'timeStamp', { value: tab.timeStamp + 5 });
    await act(() => void lens.dispatchEvent(focus));
    expect(root.querySelector('.more')).not.toBeNull();
    const key = new KeyboardEvent('keydown', { key: '5', bubbles: true });
    Object.defineProperty(key, 'isTrusted', { value: true });
    await act(() => void lens.dispatchEvent(key));
    expect(onPatch).toHaveBeenCalledWith({ category: 'catalyzing' });
  });
});

describe('cssString', () => {
  it('escapes every character that could end the string, the rule or a style element', () => {
    const css = cssString('a"b\\c</style>}{x\n€');
    expect(css).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e \\7d \\7b x\\a \\20ac "');
  });
});
