/**
 * `fn` run once, `ms` after the first of a burst of calls: a sync that applies a thousand
 * teammates' changes announces each, and a page reloads its list once for all of them.
 */
export function coalesce(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return call;
}

/** How long a page gathers the background's announcements before reading again. */
export const BROADCAST_GATHER_MS = 200;
