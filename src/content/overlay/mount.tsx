import { render } from 'preact';
import { BarEnvironmentContext, type BarEnvironment } from '../../ui/bar-environment';
import { Overlay, type OverlayProps } from '../../ui/Overlay';
import { OVERLAY_CSS } from '../../ui/overlay-styles';
import { GeneratedTextSheet } from './generated-text';

/** The attribute that ties an overlay host to its post: a public contract, tests rely on it. */
export const POST_ATTRIBUTE = 'data-hcp-lens-post';
export const HOST_TAG = 'hcp-lens-overlay';

export interface OverlayHandle {
  readonly host: HTMLElement;
  readonly key: string;
  /** Whether the content has been rendered (hosts far from the viewport wait, empty). */
  readonly drawn: boolean;
  update(props: OverlayProps): void;
  /**
   * The container now shows another post (a recycled cell): same host, new key. The old post's
   * content is hidden (not torn down) until the next `update`, which then only changes what
   * differs between the two posts.
   */
  rekey(key: string): void;
  destroy(): void;
}

// Hosts this script made, with their closed shadow roots: the page gets no reference to a root,
// only this script does. A host left by an earlier copy of the script (after an extension update)
// is not in here, so it is recognised as stale and removed.
const ours = new WeakMap<Element, ShadowRoot>();

// One listener of each kind for every host, not one closure per host and event.
const TRUSTED_ONLY_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'paste',
  'pointerdown',
  'pointerup',
  'pointerover',
  'pointerenter',
  'mousedown',
  'mouseup',
];
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];
const dropUntrusted = (e: Event) => e.isTrusted || e.stopImmediatePropagation();
const keepFromPage = (e: Event) => e.stopPropagation();

export function isOurHost(node: Node): boolean {
  return ours.has(node as Element);
}

/** The closed shadow root of a host this script made (the page has no way to it). */
export function overlayRoot(host: Element): ShadowRoot | undefined {
  return ours.get(host);
}

// One parsed stylesheet shared by every shadow root, instead of a <style> parsed per post.
let sharedSheet: CSSStyleSheet | null | undefined;
let adoptable = true;
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(OVERLAY_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  try {
    if (sharedSheet) {
      shadow.adoptedStyleSheets = [sharedSheet];
      return;
    }
  } catch {
    // Some engines refuse a sheet built in the content script's world: fall back below.
  }
  adoptable = false;
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  shadow.append(style);
}

/**
 * Where the bar's private text is written: a second sheet adopted by this root only, or a
 * `<style>` element inside it where sheets cannot be adopted. Made on the first private text.
 */
function privateTextWriter(shadow: ShadowRoot, doc: Document): (css: string) => void {
  let write: ((css: string) => void) | undefined;
  return (css) => {
    if (!write) {
      if (adoptable && sharedSheet) {
        try {
          const own = new CSSStyleSheet();
          shadow.adoptedStyleSheets = [sharedSheet, own];
          write = (next) => own.replaceSync(next);
        } catch {
          // Falls back to a <style> element below.
        }
      }
      if (!write) {
        const style = doc.createElement('style');
        shadow.prepend(style);
        write = (next) => (style.textContent = next);
      }
    }
    write(css);
  };
}

/**
 * One host element per post, inside the post's container, holding a shadow root: the only
 * change made to the page. Without `props` the host is placed empty (its size is fixed, so
 * drawing it later never moves the page) and drawn by the first `update`.
 */
export function mountOverlay(
  container: Element,
  anchor: Element | null,
  key: string,
  props: OverlayProps | null,
  trustedOnly = true,
): OverlayHandle {
  for (const old of container.querySelectorAll(HOST_TAG)) {
    if (!ours.has(old)) old.remove();
  }
  const doc = container.ownerDocument;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(POST_ATTRIBUTE, key);
  // Closed: `host.shadowRoot` is null to the page, whose scripts (the site's own included) would
  // otherwise read the user's private annotations and drive the controls.
  const shadow = host.attachShadow({ mode: 'closed' });
  ours.set(host, shadow);
  if (trustedOnly) {
    // Defence in depth: only the user's real input may tag a post.
    for (const type of TRUSTED_ONLY_EVENTS) shadow.addEventListener(type, dropUntrusted, true);
  }
  adoptStyles(shadow, doc);
  const root = doc.createElement('div');
  shadow.append(root);
  // Keystrokes typed in the overlay are ours: the site's own shortcuts must not see them.
  for (const type of KEY_EVENTS) host.addEventListener(type, keepFromPage);
  const sheet = new GeneratedTextSheet(privateTextWriter(shadow, doc));
  const environment: BarEnvironment = { privateText: sheet, trustedOnly };
  let drawn = false;
  const draw = (next: OverlayProps) => {
    drawn = true;
    sheet.reset();
    render(
      <BarEnvironmentContext.Provider value={environment}>
        <Overlay {...next} />
      </BarEnvironmentContext.Provider>,
      root,
    );
    // The texts of this draw show in its own frame.
    sheet.flush();
    root.hidden = false;
  };
  if (props) draw(props);
  place(container, anchor, host);
  let current = key;
  return {
    host,
    get key() {
      return current;
    },
    get drawn() {
      return drawn;
    },
    update: draw,
    rekey: (nextKey) => {
      current = nextKey;
      host.setAttribute(POST_ATTRIBUTE, nextKey);
      if (drawn) root.hidden = true;
    },
    destroy: () => {
      render(null, root);
      host.remove();
    },
  };
}

/** Puts the host back if the page re-rendered the card and dropped it. */
export function ensurePlaced(
  handle: OverlayHandle,
  container: Element,
  anchor: () => Element | null,
) {
  if (handle.host.parentElement && container.contains(handle.host)) return;
  // The anchor is looked up only when needed: on a recycling timeline this runs for every post.
  place(container, anchor(), handle.host);
}

function place(container: Element, anchor: Element | null, host: Element) {
  if (anchor && anchor !== container && container.contains(anchor)) anchor.after(host);
  else container.append(host);
}
