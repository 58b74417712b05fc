import { isOurHost } from './overlay/mount';

/** A mutation that only inserted one of our own hosts. A host removed by the page is news. */
export function isOwnChange(r: MutationRecord): boolean {
  if (r.type !== 'childList' || r.removedNodes.length > 0) return false;
  for (const n of r.addedNodes) if (!isOurHost(n)) return false;
  return true;
}

/** The nearest container (per `isContainer`) holding each of these nodes. */
export function containersOf(
  nodes: Iterable<Node>,
  isContainer: (el: Element) => boolean,
): Set<Element> {
  const found = new Set<Element>();
  for (const node of nodes) {
    for (let p: Node | null = node; p; p = p.parentNode) {
      if (isContainer(p as Element)) {
        found.add(p as Element);
        break;
      }
    }
  }
  return found;
}

/**
 * Calls `listener` on SPA navigation: history changes arrive as popstate, or as the Navigation
 * API's events. Returns the function that stops listening.
 */
export function onNavigation(win: Window, listener: () => void): () => void {
  const nav = (win as { navigation?: EventTarget }).navigation;
  win.addEventListener('popstate', listener);
  nav?.addEventListener('navigatesuccess', listener);
  return () => {
    win.removeEventListener('popstate', listener);
    nav?.removeEventListener('navigatesuccess', listener);
  };
}
