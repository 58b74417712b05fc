/**
 * "Report a page HCP Lens misreads" (popup): the tab answers with a structural snapshot of its
 * posts (`platforms/page-snapshot.ts`), which holds none of the page's text. Runs only when asked.
 */
import { PAGE_SNAPSHOT_REQUEST, takeSnapshot, type PageSnapshot } from '../platforms/page-snapshot';
import type { PlatformAdapter } from '../platforms/types';
import type { AnsweringRuntime } from './rules-test';

export function isSnapshotRequest(m: unknown): boolean {
  return (m as { type?: unknown } | null)?.type === PAGE_SNAPSHOT_REQUEST;
}

/** Answers the popup's request with a snapshot taken by the adapter in use (the user's rules too). */
export function servePageReport(
  runtime: AnsweringRuntime,
  adapter: () => PlatformAdapter,
  doc: Document,
): void {
  runtime.onMessage.addListener((message) => {
    if (!isSnapshotRequest(message)) return undefined;
    const active = adapter();
    const snapshot: PageSnapshot = takeSnapshot(doc, active.id, (root) => active.findPosts(root));
    return Promise.resolve(snapshot);
  });
}
