/**
 * A small CouchDB HTTP client for team sync. It speaks only the four calls sync needs, validates
 * every answer (the server is not trusted: it may be a proxy, a login page or a different product)
 * and turns every failure into a CouchError whose message can be shown to the user as is.
 */
import { z } from '../shared/zod';
import { formatNumber, t, type MessageKey } from '../shared/i18n';
import { describeAddress } from './couch-address';
import {
  badAnswer,
  CouchError,
  megabytes,
  reasonOf,
  redirected,
  whyUnreachable,
} from './couch-error';
import {
  AnswerTooLarge,
  NO_REDIRECT,
  readLimited,
  RedirectRefused,
  refuseRedirect,
} from './couch-http';

export { normalizeDatabaseUrl } from './couch-address';
export { CouchError, type CouchErrorKind } from './couch-error';

export interface CouchServer {
  /** The database's address, e.g. https://couch.example.org/medical-affairs */
  url: string;
  user: string;
  password: string;
}

export interface CouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

/** `error` is CouchDB's, e.g. 'conflict' or 'forbidden'. */
export interface BulkResult {
  id: string;
  rev?: string;
  error?: string;
}

export interface Change {
  id: string;
  seq: string;
  deleted: boolean;
  doc?: CouchDoc;
}

export interface ChangesPage {
  results: Change[];
  lastSeq: string;
  /** The answer's size as it arrived: team sync reads at most so many bytes a run. */
  bytes: number;
}

export interface Couch {
  /** GET <url> → { db_name }: checks the address is a database the user may read. */
  info(): Promise<{ dbName: string }>;
  /** POST <url>/_bulk_docs { docs } → one result per doc (201 with an array). */
  bulkDocs(docs: CouchDoc[]): Promise<BulkResult[]>;
  /** POST <url>/_all_docs?include_docs=true { keys } → the current docs; missing and deleted ones are absent from the map. */
  getDocs(ids: string[]): Promise<Map<string, CouchDoc>>;
  /**
   * GET <url>/_changes?since=<since>&include_docs=true&limit=<limit>. Seqs are strings (CouchDB 2+
   * opaque strings); CouchDB 1.x numeric seqs are turned into strings. An answer larger than
   * `maxBytes` is abandoned while it arrives (a CouchError of kind 'too-large').
   */
  changes(since: string, limit: number, maxBytes?: number): Promise<ChangesPage>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** Far above any page sync asks for; a bigger answer is a misbehaving server, not data. */
export const MAX_ANSWER_BYTES = 20_000_000;
const seqSchema = z.union([z.string(), z.number()]).transform(String);
// Only what the client itself relies on; the sync engine validates its own fields.
const docSchema = z.looseObject({
  _id: z.string(),
  _rev: z.string().optional(),
  _deleted: z.boolean().optional(),
});
const infoSchema = z.looseObject({ db_name: z.string() });
const bulkSchema = z.array(
  z.looseObject({ id: z.string(), rev: z.string().optional(), error: z.string().optional() }),
);
const allDocsSchema = z.looseObject({
  rows: z.array(
    z.looseObject({
      value: z.looseObject({ deleted: z.boolean().optional() }).nullish(),
      doc: docSchema.nullish(),
    }),
  ),
});
const changesSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string(),
      seq: seqSchema,
      deleted: z.boolean().optional(),
      doc: docSchema.nullish(),
    }),
  ),
  last_seq: seqSchema,
});

export function createCouch(
  server: CouchServer,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Couch {
  // Looked up per call, unbound: a stored reference to the global fails with "Illegal invocation".
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = server.url.replace(/\/+$/, '');
  const { host, address } = describeAddress(base);

  async function exchange<T>(
    /** The request, as the messages name it ("the server's answer to a database check"). */
    what: MessageKey,
    schema: z.ZodType<T>,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    maxBytes = MAX_ANSWER_BYTES,
  ): Promise<{ data: T; bytes: number }> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (server.user !== '') headers.Authorization = basicAuth(server.user, server.password);
    const signal = AbortSignal.timeout(timeoutMs);
    let status: number;
    let ok: boolean;
    let text: string;
    let bytes: number;
    try {
      // Raced against the signal as well: a fetch (or a body) that ignores it must still time out.
      const response = await untilAborted(
        doFetch(path === '' ? base : `${base}/${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: 'omit',
          cache: 'no-store',
          // Never followed: a redirect would carry the annotations (and the password) elsewhere.
          ...NO_REDIRECT,
          signal,
        }),
        signal,
      );
      refuseRedirect(response);
      ({ status, ok } = response);
      ({ text, bytes } = await untilAborted(readLimited(response, maxBytes), signal));
    } catch (error) {
      if (error instanceof RedirectRefused) throw redirected(host, error);
      if (error instanceof AnswerTooLarge) {
        throw new CouchError('too-large', t('bg_couchTooLarge', [t(what), megabytes(error.limit)]));
      }
      throw new CouchError('unreachable', t('bg_couchUnreachable', [host, whyUnreachable(error)]));
    }

    if (status === 401 || status === 403) {
      throw new CouchError('auth', t('bg_couchAuth', [host, status]), status);
    }
    if (status === 404) {
      throw new CouchError('missing', t('bg_couchMissing', address), status);
    }
    if (!ok) {
      const reason = reasonOf(text);
      const detail = reason ? `HTTP ${status}: ${reason}` : `HTTP ${status}`;
      throw new CouchError('server', t('bg_couchServer', [host, detail]), status);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // A proxy's login page or a web site at the address is the usual cause; say so.
      const reason = t(/^\s*</.test(text) ? 'bg_couchWebPage' : 'bg_couchNotJson');
      throw badAnswer(what, reason, status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = issue?.message ?? 'unexpected shape';
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw badAnswer(what, `${where}${message}`, status);
    }
    return { data: parsed.data, bytes };
  }

  const request = async <T>(...args: Parameters<typeof exchange<T>>): Promise<T> =>
    (await exchange(...args)).data;

  return {
    async info() {
      const answer = await request('bg_whatDatabaseCheck', infoSchema, 'GET', '');
      return { dbName: answer.db_name };
    },

    async bulkDocs(docs) {
      if (docs.length === 0) return [];
      // One result per doc is CouchDB's contract; any other count means a result may be lost.
      const schema = bulkSchema.refine((results) => results.length === docs.length, {
        message: t('bg_couchResultCount', formatNumber(docs.length)),
      });
      const answer = await request('bg_whatDocumentWrites', schema, 'POST', '_bulk_docs', {
        docs,
      });
      return answer.map(({ id, rev, error }) => ({
        id,
        ...(rev === undefined ? {} : { rev }),
        ...(error === undefined ? {} : { error }),
      }));
    },

    async getDocs(ids) {
      const found = new Map<string, CouchDoc>();
      if (ids.length === 0) return found;
      const answer = await request(
        'bg_whatDocuments',
        allDocsSchema,
        'POST',
        '_all_docs?include_docs=true',
        { keys: ids },
      );
      for (const row of answer.rows) {
        if (!row.doc || row.value?.deleted || row.doc._deleted) continue;
        found.set(row.doc._id, row.doc);
      }
      return found;
    },

    async changes(since, limit, maxBytes) {
      const query = `since=${encodeURIComponent(since)}&include_docs=true&limit=${limit}`;
      const { data: answer, bytes } = await exchange(
        'bg_whatChanges',
        changesSchema,
        'GET',
        `_changes?${query}`,
        undefined,
        Math.min(maxBytes ?? MAX_ANSWER_BYTES, MAX_ANSWER_BYTES),
      );
      return {
        results: answer.results.map(({ id, seq, deleted, doc }) => ({
          id,
          seq,
          deleted: deleted === true,
          ...(doc ? { doc } : {}),
        })),
        lastSeq: answer.last_seq,
        bytes,
      };
    },
  };
}

/** btoa takes Latin-1 only; a non-ASCII name or password must go through its UTF-8 bytes. */
function basicAuth(user: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${user}:${password}`)) {
    binary += String.fromCharCode(byte);
  }
  return `Basic ${btoa(binary)}`;
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
