import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The bar opens and acts only for the user. A page script can focus elements and dispatch events
 * (and in some browsers a scripted `focus()` gives a trusted focus event), so focus alone proves
 * nothing: the bar is "entered" only by a trusted pointer event on it, or by focus that follows a
 * trusted Tab key within `TAB_TO_FOCUS_MS`. Until then keys and clicks in it do nothing.
 */
const TAB_TO_FOCUS_MS = 1_000;
const HOVER_INTENT_MS = 200;

let lastTrustedTab = Number.NEGATIVE_INFINITY;
let watchingTab = false;
function watchTrustedTab(): void {
  if (watchingTab || typeof window === 'undefined') return;
  watchingTab = true;
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Tab') lastTrustedTab = e.timeStamp;
    },
    { capture: true, passive: true },
  );
}

export interface TrustedActivation {
  /** The pointer rests on the bar, or the user moved the focus into it. */
  open: boolean;
  /** Whether a key or click `e` in the bar may act. */
  acts(e: Event): boolean;
  /** Spread on the bar's outer element. */
  handlers: {
    onPointerEnter(e: PointerEvent): void;
    onPointerLeave(e: PointerEvent): void;
    onPointerDownCapture(e: PointerEvent): void;
    onFocusCapture(e: FocusEvent): void;
    onBlurCapture(e: FocusEvent): void;
    onClickCapture(e: MouseEvent): void;
    onKeyDownCapture(e: KeyboardEvent): void;
  };
}

/** One gate for every control of the bar; `trustedOnly` false (extension pages) lets all through. */
export function useTrustedActivation(trustedOnly: boolean): TrustedActivation {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // Entered by the user's own gesture: a ref, read between one event and the next, mirrored in
  // state so that entering opens the controls at once.
  const entered = useRef(!trustedOnly);
  const [, setEnteredState] = useState(entered.current);
  const enter = (value: boolean) => {
    entered.current = value;
    setEnteredState(value);
  };
  // Opening waits for the pointer to rest on the bar: bars scrolling under a still pointer, or a
  // pointer crossing the feed, open nothing.
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (trustedOnly) watchTrustedTab();
    return () => clearTimeout(hoverTimer.current);
  }, [trustedOnly]);
  const trusted = (e: Event) => !trustedOnly || e.isTrusted;
  const acts = (e: Event) => !trustedOnly || (e.isTrusted && entered.current);
  const refuse = (e: Event) => {
    // Tab always moves on: a bar the page focused must not trap the user.
    if (acts(e) || (e as KeyboardEvent).key === 'Tab') return;
    e.preventDefault();
    e.stopPropagation();
  };

  return {
    open: hovered || (focused && entered.current),
    acts,
    handlers: {
      onPointerEnter: (e) => {
        if (!trusted(e)) return;
        clearTimeout(hoverTimer.current);
        hoverTimer.current = setTimeout(() => setHovered(true), HOVER_INTENT_MS);
      },
      onPointerLeave: () => {
        clearTimeout(hoverTimer.current);
        setHovered(false);
      },
      onPointerDownCapture: (e) => {
        if (trusted(e)) enter(true);
      },
      onFocusCapture: (e) => {
        if (trustedOnly && e.isTrusted && e.timeStamp - lastTrustedTab < TAB_TO_FOCUS_MS) {
          enter(true);
        }
        setFocused(true);
      },
      onBlurCapture: (e) => {
        const next = e.relatedTarget as Node | null;
        if (next && (e.currentTarget as HTMLElement).contains(next)) return;
        enter(!trustedOnly);
        setFocused(false);
      },
      onClickCapture: refuse,
      onKeyDownCapture: refuse,
    },
  };
}
