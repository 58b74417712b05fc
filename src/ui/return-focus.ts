import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Remembers where the focus came from each time `field` takes it (and focuses it when it appears,
 * unless `autoFocus` is false): the returned function gives the focus back there, or to
 * `fallback()` when that element is gone (the "+ tag" button the field replaced). Escape in a
 * field, or closing a dialog, then leaves a keyboard user where they were, not at the page's top.
 */
export function useReturnFocus(
  field: RefObject<HTMLElement | null>,
  { autoFocus = true, fallback }: { autoFocus?: boolean; fallback?: () => HTMLElement | null } = {},
): () => void {
  const origin = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    const remember = (e: FocusEvent) => {
      const from = e.relatedTarget;
      if (from instanceof HTMLElement && !el.contains(from)) origin.current = from;
    };
    el.addEventListener('focusin', remember);
    if (autoFocus) el.focus();
    return () => el.removeEventListener('focusin', remember);
  }, []);
  return () => {
    const back = origin.current?.isConnected ? origin.current : fallback?.();
    back?.focus();
  };
}
