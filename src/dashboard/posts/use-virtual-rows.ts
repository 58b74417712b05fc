import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

/** Until the list is laid out (and where nothing is, as in tests) it is taken to be this tall. */
const FALLBACK_HEIGHT = 720;

type Options = VirtualizerOptions<HTMLDivElement, Element>;

/** A rect of no height means "not laid out yet": the fallback keeps the first rows drawn. */
const rectOrFallback: Options['observeElementRect'] = (instance, cb) =>
  observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
  );

/**
 * Only the rows in view (and a few either side) exist in the page, whatever the count: a list of
 * 100,000 posts scrolls like a list of 30. Rows have one fixed height, so nothing is measured.
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
  scrollRef: RefObject<HTMLDivElement | null>,
): Virtualizer<HTMLDivElement, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = (): Options => ({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect: rectOrFallback,
    observeElementOffset,
    initialRect: { width: 1000, height: FALLBACK_HEIGHT },
    // Rows drawn beyond each edge: enough for a wheel's step, few enough that a fast scroll,
    // which replaces every row each frame, does not draw twice what it shows.
    overscan: 4,
    onChange: () => rerender(0),
  });
  const [virtualizer] = useState(() => new Virtualizer(options()));
  virtualizer.setOptions(options());
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
