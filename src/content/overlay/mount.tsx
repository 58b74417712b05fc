import { render } from 'preact';
import { Overlay, type OverlayProps } from '../../ui/Overlay';
import { OVERLAY_CSS } from '../../ui/overlay-styles';

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

// Hosts this script made. A host left by an earlier copy of the script (after an extension
// update) is not in here, so it is recognised as stale and removed.
const ours = new WeakSet<Element>();

// One listener of each kind for every host, not one closure per host and event.
const TRUSTED_ONLY_EVENTS = ['click', 'keydown', 'input', 'change', 'submit'];
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];
const dropUntrusted = (e: Event) => e.isTrusted || e.stopImmediatePropagation();
const keepFromPage = (e: Event) => e.stopPropagation();

export function isOurHost(node: Node): boolean {
  return ours.has(node as Element);
}

// One parsed stylesheet shared by every shadow root, instead of a <style> parsed per post.
let sharedSheet: CSSStyleSheet | null | undefined;
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
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  shadow.append(style);
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
  ours.add(host);
  const shadow = host.attachShadow({ mode: 'open' });
  if (trustedOnly) {
    // The page's own scripts can reach an open shadow root and click our buttons; only the
    // user's real input may tag a post.
    for (const type of TRUSTED_ONLY_EVENTS) shadow.addEventListener(type, dropUntrusted, true);
  }
  adoptStyles(shadow, doc);
  const root = doc.createElement('div');
  shadow.append(root);
  // Keystrokes typed in the overlay are ours: the site's own shortcuts must not see them.
  for (const type of KEY_EVENTS) host.addEventListener(type, keepFromPage);
  let drawn = false;
  const draw = (next: OverlayProps) => {
    drawn = true;
    render(<Overlay {...next} />, root);
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
