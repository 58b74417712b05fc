/**
 * An in-memory CouchDB serving one database over a fetch function, close enough to the real one
 * for the sync client and engine: revisions, conflicts, deletions, _changes with opaque seqs,
 * Basic auth and CouchDB's error bodies.
 */
import type { CouchDoc } from '../../src/background/couch';

interface Stored {
  rev: string;
  deleted: boolean;
  body: Record<string, unknown>;
  /** The seq of the doc's latest change: _changes reports only that one per doc. */
  seq: number;
}

type Body = Record<string, unknown>;

export class FakeCouch {
  readonly url: string;
  /** When true every request fails as a network error does (fetch rejects with TypeError('Failed to fetch')). */
  down = false;
  /** Every request received: method and path (with query). */
  readonly requests: { method: string; path: string }[] = [];
  /** A fetch implementation serving this database (bound; pass it as createCouch's fetch). */
  readonly fetch: typeof fetch = (input, init) => this.serve(input, init);

  private readonly origin: string;
  private readonly dbName: string;
  private readonly credentials: string | undefined;
  private readonly stored = new Map<string, Stored>();
  private lastSeq = 0;

  constructor(
    options: { origin?: string; dbName?: string; user?: string; password?: string } = {},
  ) {
    this.origin = options.origin ?? 'https://couch.test';
    this.dbName = options.dbName ?? 'team';
    this.url = `${this.origin}/${this.dbName}`;
    this.credentials =
      options.user === undefined ? undefined : `${options.user}:${options.password ?? ''}`;
  }

  /** Current docs (deleted ones left out), as the server holds them with _id and _rev. */
  docs(): CouchDoc[] {
    return [...this.stored.entries()]
      .filter(([, s]) => !s.deleted)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, s]) => this.docOf(id, s));
  }

  /**
   * Writes a doc as another client would (new rev), returns the stored doc. Without `_rev` it
   * overwrites whatever is there; with a stale `_rev` it throws, as the server would refuse it.
   */
  // `_id: string` restated: Omit over CouchDoc's index signature would leave it typed unknown.
  put(doc: Omit<CouchDoc, '_rev'> & { _id: string; _rev?: string }): CouchDoc {
    const current = this.stored.get(doc._id);
    const result = this.write(
      current && doc._rev === undefined ? { ...doc, _rev: current.rev } : doc,
    );
    if ('error' in result) throw new Error(`FakeCouch.put(${doc._id}): ${result.error}`);
    return this.docOf(doc._id, this.stored.get(doc._id)!);
  }

  private docOf(id: string, s: Stored): CouchDoc {
    return { _id: id, _rev: s.rev, ...(s.deleted ? { _deleted: true } : {}), ...s.body };
  }

  private write(doc: Body): Body {
    const id = typeof doc._id === 'string' ? doc._id : crypto.randomUUID().replace(/-/g, '');
    const current = this.stored.get(id);
    const sentRev = typeof doc._rev === 'string' ? doc._rev : undefined;
    // CouchDB lets a deleted doc be recreated without a rev; a live one needs its current rev.
    const revOk = current
      ? sentRev === current.rev || (current.deleted && sentRev === undefined)
      : sentRev === undefined;
    if (!revOk) return { id, error: 'conflict', reason: 'Document update conflict.' };
    const n = current ? Number.parseInt(current.rev, 10) + 1 : 1;
    const rev = `${n}-${crypto.randomUUID().replace(/-/g, '')}`;
    const { _id, _rev, _deleted, ...body } = doc;
    this.stored.set(id, { rev, deleted: _deleted === true, body, seq: ++this.lastSeq });
    return { id, rev, ok: true };
  }

  private async serve(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason;
    const url = new URL(request.url);
    this.requests.push({ method: request.method, path: url.pathname + url.search });
    if (this.down || url.origin !== this.origin) throw new TypeError('Failed to fetch');

    if (this.credentials !== undefined && decodeBasic(request) !== this.credentials) {
      return answer(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
    }
    const [db, ...rest] = url.pathname.slice(1).split('/').map(decodeURIComponent);
    if (db !== this.dbName) {
      return answer(404, { error: 'not_found', reason: 'Database does not exist.' });
    }
    const route = `${request.method} ${rest.join('/')}`;
    const params = url.searchParams;
    let body: Body = {};
    if (request.method === 'POST') {
      try {
        body = (await request.json()) as Body;
      } catch {
        return answer(400, { error: 'bad_request', reason: 'invalid UTF-8 JSON' });
      }
    }

    if (route === 'GET ') {
      const count = [...this.stored.values()].filter((s) => !s.deleted).length;
      return answer(200, {
        db_name: this.dbName,
        doc_count: count,
        update_seq: seqOf(this.lastSeq),
      });
    }
    if (route === 'POST _bulk_docs') {
      if (!Array.isArray(body.docs)) {
        return answer(400, {
          error: 'bad_request',
          reason: 'POST body must include `docs` parameter.',
        });
      }
      return answer(
        201,
        (body.docs as Body[]).map((doc) => this.write(doc)),
      );
    }
    if (route === 'POST _all_docs' && Array.isArray(body.keys)) {
      const withDocs = params.get('include_docs') === 'true';
      const rows = (body.keys as string[]).map((key) => {
        const s = this.stored.get(key);
        if (!s) return { key, error: 'not_found' };
        if (s.deleted) return { id: key, key, value: { rev: s.rev, deleted: true }, doc: null };
        return {
          id: key,
          key,
          value: { rev: s.rev },
          ...(withDocs ? { doc: this.docOf(key, s) } : {}),
        };
      });
      return answer(200, { total_rows: this.docs().length, offset: null, rows });
    }
    if (route === 'GET _changes') {
      const since = params.get('since') ?? '0';
      const after = Number.parseInt(since, 10);
      if (Number.isNaN(after)) {
        return answer(400, {
          error: 'bad_request',
          reason: `Malformed sequence supplied in 'since' parameter.`,
        });
      }
      const limit = Number(params.get('limit') ?? Infinity);
      const all = [...this.stored.entries()]
        .filter(([, s]) => s.seq > after)
        .sort(([, a], [, b]) => a.seq - b.seq);
      const page = all.slice(0, limit);
      const results = page.map(([id, s]) => ({
        seq: seqOf(s.seq),
        id,
        changes: [{ rev: s.rev }],
        ...(s.deleted ? { deleted: true } : {}),
        ...(params.get('include_docs') === 'true' ? { doc: this.docOf(id, s) } : {}),
      }));
      // With nothing new CouchDB echoes a position the client can resume from.
      const lastSeq = results.at(-1)?.seq ?? since;
      return answer(200, { results, last_seq: lastSeq, pending: all.length - page.length });
    }
    return answer(404, { error: 'not_found', reason: 'missing' });
  }
}

function seqOf(n: number): string {
  return n === 0 ? '0' : `${n}-g1AAAA`;
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** The `user:password` of a Basic Authorization header, decoded as UTF-8. */
function decodeBasic(request: Request): string | undefined {
  const match = /^Basic (\S+)$/.exec(request.headers.get('Authorization') ?? '');
  if (!match) return undefined;
  const bytes = Uint8Array.from(atob(match[1]!), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
