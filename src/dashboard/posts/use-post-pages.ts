import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PostFilter, Sort } from '../../db/post-filter';
import type { CategoryCounts } from '../../db/query';
import type { PostView } from '../../db/records';
import { isBroadcast, send, type RuntimeWithEvents } from '../../messages/protocol';
import { BROADCAST_GATHER_MS, coalesce } from '../../ui/coalesce';

/** Rows asked of the background at a time: a screen and a half of the list. */
export const PAGE_SIZE = 100;
/** Pages asked ahead of the one shown, in the direction of scrolling, so fast scrolling finds rows. */
export const PAGES_AHEAD = 3;

export interface PostPages {
  /** Posts in the view; null until the first page arrives. */
  total: number | null;
  counts: CategoryCounts | null;
  /** The row at `index`, or undefined while its page is on its way (then it is asked for). */
  rowAt(index: number): PostView | undefined;
  /** Shows a change at once, before the background's announcement reloads the page. */
  replace(view: PostView): void;
  error: string | null;
}

/**
 * The view's rows, a page at a time through the background: the dashboard never holds more than
 * the pages scrolled through. A change anywhere (a bar, a teammate) reloads the pages held.
 */
export function usePostPages(
  runtime: RuntimeWithEvents,
  filter: PostFilter,
  sort: Sort,
  /** Whether the counts per category are shown: they are asked only then. */
  wantCounts = false,
): PostPages {
  const [total, setTotal] = useState<number | null>(null);
  const [counts, setCounts] = useState<CategoryCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, PostView[]>());
  const asked = useRef(new Set<number>());
  const lastPage = useRef(0);
  // Answers for an older filter are dropped: the user may type faster than the answers come.
  const generation = useRef(0);
  const key = JSON.stringify([filter, sort]);

  const fetchCounts = useCallback(() => {
    if (!wantCounts) return;
    const gen = generation.current;
    send(runtime, { type: 'posts/counts', filter }).then(
      (c) => gen === generation.current && setCounts(c),
      () => undefined,
    );
  }, [runtime, key, wantCounts]);

  const fetchPage = useCallback(
    (page: number) => {
      const gen = generation.current;
      asked.current.add(page);
      send(runtime, {
        type: 'posts/query',
        filter,
        sort,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }).then(
        (answer) => {
          if (gen !== generation.current) return;
          pages.current.set(page, answer.views);
          // The counts are asked once the first rows are on screen, not before: the first rows
          // must not wait behind them in the background.
          if (page === 0) fetchCounts();
          setTotal(answer.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: Error) => {
          if (gen !== generation.current) return;
          asked.current.delete(page);
          setError(e.message);
        },
      );
    },
    // `key` stands for filter and sort, whose objects are new on every render.
    [runtime, key, fetchCounts],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    asked.current = new Set();
    setTotal(null);
    fetchPage(0);
  }, [fetchPage]);

  // Opened after the rows came: asked now.
  useEffect(() => {
    if (wantCounts && pages.current.has(0)) fetchCounts();
  }, [wantCounts, fetchCounts]);

  useEffect(() => {
    const reload = coalesce(() => {
      const held = [...pages.current.keys()];
      generation.current++;
      asked.current = new Set();
      for (const page of held.length ? held : [0]) fetchPage(page);
    }, BROADCAST_GATHER_MS);
    const onMessage = (m: unknown) => isBroadcast(m) && reload();
    runtime.onMessage.addListener(onMessage);
    return () => {
      reload.cancel();
      runtime.onMessage.removeListener?.(onMessage);
    };
  }, [runtime, fetchPage]);

  return {
    total,
    counts,
    error,
    rowAt(index) {
      const page = Math.floor(index / PAGE_SIZE);
      const rows = pages.current.get(page);
      if (!rows && !asked.current.has(page)) fetchPage(page);
      if (page !== lastPage.current) {
        // The pages around the one shown, ahead of it in the direction of scrolling.
        const step = page > lastPage.current ? 1 : -1;
        lastPage.current = page;
        const last = total === null ? page : Math.ceil(total / PAGE_SIZE) - 1;
        for (let i = -1; i <= PAGES_AHEAD; i++) {
          const next = page + i * step;
          if (i !== 0 && next >= 0 && next <= last && !asked.current.has(next)) fetchPage(next);
        }
      }
      return rows?.[index - page * PAGE_SIZE];
    },
    replace(view) {
      for (const rows of pages.current.values()) {
        const i = rows.findIndex((v) => v.post.key === view.post.key);
        if (i >= 0) rows[i] = view;
      }
      setVersion((v) => v + 1);
    },
  };
}
