// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, usePostPages } from '../../src/dashboard/posts/use-post-pages';

/** A background with 2,000 posts that answers any page and notes which were asked. */
function fakeBackground() {
  const offsets: number[] = [];
  const runtime = {
    sendMessage: async (m: unknown) => {
      const { type, offset, limit } = m as { type: string; offset: number; limit: number };
      if (type !== 'posts/query') return { ok: false, error: 'unexpected' };
      offsets.push(offset);
      const views = Array.from({ length: limit }, (_, i) => ({
        post: { key: `linkedin:${offset + i}` },
        annotation: null,
      }));
      return { ok: true, data: { total: 2000, offset, views } };
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
  return { runtime, offsets };
}

describe('the posts view while scrolling', () => {
  it('asks for the pages ahead of the one shown, so rows are there before the user scrolls to them', async () => {
    const { runtime, offsets } = fakeBackground();
    const { result } = renderHook(() => usePostPages(runtime, {}, 'annotated-desc'));
    await waitFor(() => expect(result.current.total).toBe(2000));
    // Scrolled down to the fifth page: it and the three after it are asked, and the one before.
    expect(result.current.rowAt(4 * PAGE_SIZE + 10)).toBeUndefined();
    await waitFor(() => expect(offsets).toHaveLength(6));
    expect([...offsets].sort((a, b) => a - b)).toEqual(
      [0, 3, 4, 5, 6, 7].map((p) => p * PAGE_SIZE),
    );
    // Scrolling back up asks ahead upwards.
    result.current.rowAt(2 * PAGE_SIZE);
    await waitFor(() => expect(offsets).toContain(0 * PAGE_SIZE));
    expect(offsets).toEqual(expect.arrayContaining([1, 2].map((p) => p * PAGE_SIZE)));
    // Never past the end of the list.
    result.current.rowAt(1999);
    expect(Math.max(...offsets)).toBeLessThan(2000);
  });
});
