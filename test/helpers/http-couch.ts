// The in-memory CouchDB served over real HTTP on this computer, as a team's server would be, with
// a hook to make it misbehave (redirect, answer too much) for the sync limits' tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeCouch } from './fake-couch';

/** Answers a request itself (true) instead of the database, e.g. with a redirect. */
export type Misbehaviour = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ServedCouch {
  couch: FakeCouch;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request that reached this server: method and path. */
  requests: { method: string; path: string }[];
  misbehave: Misbehaviour | undefined;
  close(): Promise<void>;
}

export async function serveCouch(
  options: { user?: string; password?: string } = {},
): Promise<ServedCouch> {
  const served = { requests: [], misbehave: undefined } as unknown as ServedCouch;
  const http: Server = createServer((req, res) => {
    served.requests.push({ method: req.method ?? '', path: req.url ?? '' });
    if (served.misbehave?.(req, res)) return;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, String(v)]),
      );
      void served.couch
        .fetch(`${served.origin}${req.url}`, { method: req.method, headers, body })
        .then(async (answer) => {
          res.writeHead(answer.status, { 'Content-Type': 'application/json' });
          res.end(await answer.text());
        });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  served.origin = `http://127.0.0.1:${port}`;
  served.couch = new FakeCouch({ origin: served.origin, ...options });
  served.close = () =>
    new Promise((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return served;
}
