// What the curation bench reads besides the dashboard's own timings: the background service
// worker's heap over the DevTools protocol, and a full export paged as the dashboard pages it.
import type { Page } from 'playwright-core';
import WebSocket from 'ws';

/** A port for the DevTools protocol, to read the service worker's heap. */
export const DEVTOOLS_PORT = 9400 + Math.floor(Math.random() * 500);

/** The background service worker's used JS heap in MB, after a garbage collection. */
export async function workerHeapMb(extensionId: string): Promise<number> {
  const targets = (await (await fetch(`http://127.0.0.1:${DEVTOOLS_PORT}/json/list`)).json()) as {
    type: string;
    url: string;
    webSocketDebuggerUrl: string;
  }[];
  const worker = targets.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!worker) return NaN;
  const ws = new WebSocket(worker.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let id = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const mine = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const reply = JSON.parse(String(data)) as { id?: number; result?: Record<string, number> };
        if (reply.id !== mine) return;
        ws.off('message', onMessage);
        resolve(reply.result ?? {});
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id: mine, method }));
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize = NaN } = await call('Runtime.getHeapUsage');
  ws.close();
  return usedSize / 1e6;
}

/** Exports every annotated post as the dashboard does: pages of the view, two asked ahead. */
export function exportAll(page: Page) {
  return page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome;
    type Reply = {
      ok: boolean;
      error?: string;
      data: { rows: string[][]; at?: number[]; next: number | null; total: number };
    };
    const t = performance.now();
    const parts: string[] = [];
    let rows = 0;
    const queue: { offset: number; reply: Promise<Reply> }[] = [];
    const ask = (offset: number) =>
      queue.push({
        offset,
        reply: chrome.runtime.sendMessage({
          type: 'export/page',
          view: { filter: {}, sort: 'annotated-desc' },
          offset,
        }) as Promise<Reply>,
      });
    ask(0);
    let asked = 0;
    while (queue.length) {
      const { offset, reply: pending } = queue.shift()!;
      const reply = await pending;
      if (!reply.ok) throw new Error(reply.error);
      // As the page builds the file: the rows as CSV lines in the view's order, joined at the end.
      const { rows: page, at, next, total } = reply.data;
      page.forEach((row, i) => {
        const line = row.map((c) => JSON.stringify(c)).join(',');
        if (at) parts[at[i]!] = line;
        else parts.push(line);
      });
      rows += page.length;
      if (next === null) break;
      const step = next - offset;
      for (let n = next; n <= next + step && n < total; n += step) if (n > asked) ask((asked = n));
    }
    const blob = new Blob([parts.join('\r\n')], { type: 'text/csv' });
    return { ms: performance.now() - t, rows, megabytes: blob.size / 1e6 };
  });
}
