// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Overlays } from '../../src/content/overlays';

let overlays: Overlays;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<article id="a"></article><article id="b"></article>';
  // No verdict ever arrives: the background is slow.
  overlays = new Overlays(
    window,
    () => ({ view: null, error: null, onPatch: () => undefined }),
    () => null,
    false,
  );
});

afterEach(() => {
  overlays.dispose();
  vi.useRealTimers();
});

const busy = (id: string) =>
  document
    .querySelector(`#${id} [data-hcp-lens-post]`)
    ?.shadowRoot?.textContent?.includes('Reading post') ?? false;

it('shows "Reading post…" only after each host has itself waited 400 ms for its verdict', async () => {
  overlays.show(document.querySelector('#a')!, 'linkedin:a', true, Infinity);
  await vi.advanceTimersByTimeAsync(350);
  overlays.show(document.querySelector('#b')!, 'linkedin:b', true, Infinity);
  await vi.advanceTimersByTimeAsync(250);
  expect(busy('a')).toBe(true);
  // b has waited 250 ms: its verdict may still come in time to be drawn first.
  expect(busy('b')).toBe(false);
  await vi.advanceTimersByTimeAsync(400);
  expect(busy('b')).toBe(true);
});
