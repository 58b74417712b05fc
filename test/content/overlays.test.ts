// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Overlays } from '../../src/content/overlays';
import type { PostView } from '../../src/db/records';
import { postRecord } from '../helpers/posts';
import { overlayRoot } from '../../src/content/overlay/mount';

let overlays: Overlays;
/** The verdicts the background has answered with so far, by post key. */
let views: Map<string, PostView>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<article id="a"></article><article id="b"></article>';
  views = new Map();
  overlays = new Overlays(
    window,
    (key) => ({ view: views.get(key) ?? null, error: null, onPatch: () => undefined }),
    () => null,
    false,
  );
});

afterEach(() => {
  overlays.dispose();
  vi.useRealTimers();
});

const shadowOf = (id: string) =>
  overlayRoot(document.querySelector(`#${id} [data-hcp-lens-post]`)!) ?? null;
const busy = (id: string) => shadowOf(id)?.textContent?.includes('Reading post') ?? false;
const drawn = (id: string) => shadowOf(id)?.querySelector('.badge') != null;
const container = (id: string) => document.querySelector(`#${id}`)!;
const answer = (id: string) =>
  views.set(`linkedin:${id}`, { post: postRecord(id), annotation: null });

it('shows "Reading post…" only after each host has itself waited 400 ms for its verdict', async () => {
  overlays.show(container('a'), 'linkedin:a', true, Infinity);
  await vi.advanceTimersByTimeAsync(350);
  overlays.show(container('b'), 'linkedin:b', true, Infinity);
  await vi.advanceTimersByTimeAsync(250);
  expect(busy('a')).toBe(true);
  // b has waited 250 ms: its verdict may still come in time to be drawn first.
  expect(busy('b')).toBe(false);
  await vi.advanceTimersByTimeAsync(400);
  expect(busy('b')).toBe(true);
});

it('draws a verdict that arrives in time straight away, never "Reading post…" first', async () => {
  overlays.show(container('a'), 'linkedin:a', true, Infinity);
  await vi.advanceTimersByTimeAsync(200);
  answer('a');
  overlays.render('linkedin:a');
  await vi.advanceTimersByTimeAsync(100);
  expect(busy('a')).toBe(false);
  await vi.advanceTimersByTimeAsync(400);
  expect(drawn('a')).toBe(true);
  expect(busy('a')).toBe(false);
});

it("gives a recycled cell's new post its own 400 ms, not what is left of the old post's wait", async () => {
  overlays.show(container('a'), 'linkedin:1', true, Infinity);
  await vi.advanceTimersByTimeAsync(350);
  // The timeline re-uses the cell for another post before the first one's verdict came.
  overlays.show(container('a'), 'linkedin:2', true, Infinity);
  await vi.advanceTimersByTimeAsync(300);
  expect(busy('a')).toBe(false);
  await vi.advanceTimersByTimeAsync(300);
  expect(busy('a')).toBe(true);
});
