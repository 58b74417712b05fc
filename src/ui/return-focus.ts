import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focuses `field` when it appears and remembers what had the focus before (in the field's own
 * document or shadow root): the returned function gives the focus back there, or to `fallback()`
 * when that element is gone (the "+ tag" button the field replaced). Escape in a field, or closing
 * a dialog, then leaves a keyboard user where they were, not at the top of the page.
 */
export function useReturnFocus(
  field: RefObject<HTMLElement | null>,
  fallback?: () => HTMLElement | null | undefined,
): () => void {
  const origin = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    origin.current = active instanceof HTMLElement && !el.contains(active) ? active : null;
    el.focus();
  }, []);
  return () => {
    const back = origin.current?.isConnected ? origin.current : fallback?.();
    back?.focus();
  };
}
