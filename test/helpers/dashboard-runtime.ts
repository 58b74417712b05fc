// A dashboard wired to a real background (handlers, router, a fake IndexedDB): what the pages
// send is checked and answered as in the extension, and broadcasts reach the page's listeners.
import 'fake-indexeddb/auto';
import { createHandlers } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { LensDb } from '../../src/db';
import type { AnnotationPatch } from '../../src/messages/schemas';
import type { RuntimeWithEvents } from '../../src/messages/protocol';
import type { PostSnapshot } from '../../src/platforms/types';
import { verdict } from './posts';

let n = 0;
const PAGE = { id: 'ext', url: 'chrome-extension://ext/src/dashboard/index.html' };

export interface Background {
  db: LensDb;
  runtime: RuntimeWithEvents & { sent: { type: string }[] };
  /** Posts seen and annotated, as a bar would. */
  annotate(post: PostSnapshot, patch: AnnotationPatch, isHcp?: boolean): Promise<void>;
  close(): Promise<void>;
}

export function backgroundFor(
  classify = (p: { authorName: string }) => verdict({ isHcp: !p.authorName.startsWith('Not') }),
): Background {
  const db = new LensDb(`dashboard-${++n}-${Date.now()}`);
  const listeners = new Set<(m: unknown) => void>();
  let clock = Date.parse('2026-11-24T10:00:00Z');
  const handlers = createHandlers({
    db,
    // Each change a second later than the one before: "newest first" is then well defined.
    now: () => new Date((clock += 1000)),
    classify,
    broadcast: (m) => queueMicrotask(() => listeners.forEach((l) => l(m))),
  });
  const route = createRouter(handlers, {
    extensionId: 'ext',
    extensionOrigin: 'chrome-extension://ext/',
    log: () => undefined,
  });
  const sent: { type: string }[] = [];
  const runtime = {
    sent,
    sendMessage: async (m: unknown) => {
      sent.push(m as { type: string });
      return route(m, PAGE);
    },
    onMessage: {
      addListener: (l: (m: unknown) => void) => listeners.add(l),
      removeListener: (l: (m: unknown) => void) => listeners.delete(l),
    },
  };
  return {
    db,
    runtime,
    async annotate(post, patch) {
      await handlers['posts/seen']({ type: 'posts/seen', posts: [post] }, PAGE);
      await handlers['annotation/set'](
        { type: 'annotation/set', key: post.key, patch, post },
        PAGE,
      );
    },
    close: () => db.delete(),
  };
}
