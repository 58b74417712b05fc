import { describe, expect, it } from 'vitest';
import {
  CouchError,
  createCouch,
  normalizeDatabaseUrl,
  type CouchServer,
} from '../../src/background/couch';
import { FakeCouch } from '../helpers/fake-couch';

function client(fake: FakeCouch, user = '', password = '') {
  return createCouch({ url: fake.url, user, password }, { fetch: fake.fetch });
}

/** The CouchError a call rejects with (fails the test when it resolves or throws anything else). */
async function failure(promise: Promise<unknown>): Promise<CouchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CouchError);
  return error as CouchError;
}

/** A fetch that answers every request with the same status and body. */
function answering(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'Content-Type': contentType } });
}

const SERVER: CouchServer = { url: 'https://couch.example.org/team', user: '', password: '' };

describe('CouchDB client against a fake server', () => {
  it('checks the database and reads its name', async () => {
    const fake = new FakeCouch({ dbName: 'medical-affairs' });
    expect(await client(fake).info()).toEqual({ dbName: 'medical-affairs' });
    expect(fake.requests).toEqual([{ method: 'GET', path: '/medical-affairs' }]);
  });

  it("lets two clients of one database see each other's docs through changes", async () => {
    const fake = new FakeCouch();
    const alice = client(fake);
    const bob = client(fake);

    const written = await alice.bulkDocs([
      { _id: 'tag:1', label: 'oncologist' },
      { _id: 'tag:2', label: 'nurse' },
    ]);
    expect(written).toEqual([
      { id: 'tag:1', rev: expect.stringMatching(/^1-[0-9a-f]{32}$/) },
      { id: 'tag:2', rev: expect.stringMatching(/^1-[0-9a-f]{32}$/) },
    ]);

    const first = await bob.changes('0', 100);
    expect(first.results.map((c) => [c.id, c.deleted, c.doc?.label])).toEqual([
      ['tag:1', false, 'oncologist'],
      ['tag:2', false, 'nurse'],
    ]);
    expect(first.results[0]!.doc?._rev).toBe(written[0]!.rev);
    expect(typeof first.lastSeq).toBe('string');
    expect(first.lastSeq).toBe(first.results[1]!.seq);

    await bob.bulkDocs([{ _id: 'tag:3', label: 'pharmacist' }]);
    const seen = await alice.changes(first.lastSeq, 100);
    expect(seen.results.map((c) => c.id)).toEqual(['tag:3']);
    expect(seen.results[0]!.doc).toMatchObject({ _id: 'tag:3', label: 'pharmacist' });

    const docs = await bob.getDocs(['tag:1', 'tag:3']);
    expect([...docs.keys()].sort()).toEqual(['tag:1', 'tag:3']);
    expect(docs.get('tag:1')).toEqual({ _id: 'tag:1', _rev: written[0]!.rev, label: 'oncologist' });
  });

  it('updates a doc with its current rev and refuses a stale rev as a conflict', async () => {
    const fake = new FakeCouch();
    const couch = client(fake);
    const [created] = await couch.bulkDocs([{ _id: 'a', note: 'v1' }]);
    const [updated] = await couch.bulkDocs([{ _id: 'a', _rev: created!.rev, note: 'v2' }]);
    expect(updated).toEqual({ id: 'a', rev: expect.stringMatching(/^2-/) });

    const [stale] = await couch.bulkDocs([{ _id: 'a', _rev: created!.rev, note: 'v3' }]);
    expect(stale).toEqual({ id: 'a', error: 'conflict' });
    expect(fake.docs()).toEqual([{ _id: 'a', _rev: updated!.rev, note: 'v2' }]);

    // A doc that another client wrote first is a conflict for a client that thinks it is new.
    fake.put({ _id: 'b', note: 'theirs' });
    const [mine] = await couch.bulkDocs([{ _id: 'b', note: 'mine' }]);
    expect(mine).toEqual({ id: 'b', error: 'conflict' });
  });

  it('leaves deleted and missing docs out of getDocs and flags deletions in changes', async () => {
    const fake = new FakeCouch();
    const couch = client(fake);
    const [a] = await couch.bulkDocs([{ _id: 'a', n: 1 }]);
    await couch.bulkDocs([{ _id: 'b', n: 2 }]);
    await couch.bulkDocs([{ _id: 'a', _rev: a!.rev, _deleted: true }]);

    const docs = await couch.getDocs(['a', 'b', 'never-written']);
    expect([...docs.keys()]).toEqual(['b']);

    const { results } = await couch.changes('0', 10);
    expect(results.map((c) => [c.id, c.deleted])).toEqual([
      ['b', false],
      ['a', true],
    ]);
    expect(fake.docs().map((d) => d._id)).toEqual(['b']);
  });

  it('leaves out deleted docs that a server returns as tombstones', async () => {
    const rows = [
      { id: 'a', key: 'a', value: { rev: '2-a', deleted: true }, doc: { _id: 'a', _rev: '2-a' } },
      { id: 'b', key: 'b', value: { rev: '3-b' }, doc: { _id: 'b', _rev: '3-b', _deleted: true } },
      { id: 'c', key: 'c', value: { rev: '1-c' }, doc: { _id: 'c', _rev: '1-c', n: 3 } },
      { key: 'd', error: 'not_found' },
    ];
    const couch = createCouch(SERVER, { fetch: answering(200, JSON.stringify({ rows })) });
    const docs = await couch.getDocs(['a', 'b', 'c', 'd']);
    expect([...docs.entries()]).toEqual([['c', { _id: 'c', _rev: '1-c', n: 3 }]]);
  });

  it('pages through changes with limit and since', async () => {
    const fake = new FakeCouch();
    const couch = client(fake);
    for (const id of ['a', 'b', 'c', 'd', 'e']) fake.put({ _id: id });

    const seen: string[] = [];
    let since = '0';
    let pages = 0;
    for (;;) {
      const page = await couch.changes(since, 2);
      pages++;
      expect(page.results.length).toBeLessThanOrEqual(2);
      if (page.results.length === 0) {
        expect(page.lastSeq).toBe(since);
        break;
      }
      seen.push(...page.results.map((c) => c.id));
      expect(page.lastSeq).toBe(page.results.at(-1)!.seq);
      since = page.lastSeq;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pages).toBe(4);
    expect(fake.requests[0]!.path).toBe('/team/_changes?since=0&include_docs=true&limit=2');
  });

  it('turns the numeric seqs of a CouchDB 1.x server into strings', async () => {
    const urls: string[] = [];
    const old: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response(
        JSON.stringify({
          results: [
            { seq: 7, id: 'a', changes: [{ rev: '1-x' }], doc: { _id: 'a', _rev: '1-x' } },
            { seq: 8, id: 'b', changes: [{ rev: '2-y' }], deleted: true },
          ],
          last_seq: 8,
        }),
        { status: 200 },
      );
    };
    const page = await createCouch(SERVER, { fetch: old }).changes('6', 10);
    expect(page).toEqual({
      results: [
        { id: 'a', seq: '7', deleted: false, doc: { _id: 'a', _rev: '1-x' } },
        { id: 'b', seq: '8', deleted: true },
      ],
      lastSeq: '8',
    });
    expect(urls).toEqual([
      'https://couch.example.org/team/_changes?since=6&include_docs=true&limit=10',
    ]);
  });
});

describe('CouchDB client requests', () => {
  it('sends JSON without cookies or cache, with a UTF-8 Basic header for a non-ASCII login', async () => {
    const fake = new FakeCouch({ user: 'José Müller', password: 'pässwörd✓' });
    const seen: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(init ?? {});
      return fake.fetch(input, init);
    };
    const couch = createCouch(
      { url: fake.url, user: 'José Müller', password: 'pässwörd✓' },
      { fetch: spy },
    );
    await couch.info();
    await couch.bulkDocs([{ _id: 'a' }]);

    const [get, post] = seen;
    const headers = new Headers(post!.headers);
    expect(post).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(post!.body as string)).toEqual({ docs: [{ _id: 'a' }] });
    expect(get).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    expect(new Headers(get!.headers).has('Content-Type')).toBe(false);

    const encoded = /^Basic (.+)$/.exec(headers.get('Authorization')!)![1]!;
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe('José Müller:pässwörd✓');
  });

  it('sends no Authorization header when no user name is set', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof fetch = async (_input, init) => {
      seen.push(init ?? {});
      return new Response('{"db_name":"team"}', { status: 200 });
    };
    await createCouch(SERVER, { fetch: spy }).info();
    expect(new Headers(seen[0]!.headers).has('Authorization')).toBe(false);
  });
});

describe('CouchDB client errors', () => {
  it('reports a wrong password as an auth error naming the host, never the password', async () => {
    const fake = new FakeCouch({
      origin: 'https://couch.example.org',
      user: 'ann',
      password: 'right',
    });
    const error = await failure(client(fake, 'ann', 'wrong-secret').info());
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.message).toBe(
      'The sync server couch.example.org refused the user name or password (HTTP 401).',
    );
    expect(error.message).not.toContain('wrong-secret');

    const forbidden = await failure(createCouch(SERVER, { fetch: answering(403, '{}') }).info());
    expect(forbidden).toMatchObject({ kind: 'auth', status: 403 });
  });

  it('reports a wrong database name as missing, with its address', async () => {
    const fake = new FakeCouch({ origin: 'https://couch.example.org' });
    const couch = createCouch(
      { url: 'https://couch.example.org/tema', user: '', password: '' },
      { fetch: fake.fetch },
    );
    const error = await failure(couch.info());
    expect(error).toMatchObject({ kind: 'missing', status: 404 });
    expect(error.message).toBe(
      'There is no database at https://couch.example.org/tema (HTTP 404).',
    );
  });

  it('reports a server that is down as unreachable', async () => {
    const fake = new FakeCouch();
    fake.down = true;
    const error = await failure(client(fake).changes('0', 10));
    expect(error.kind).toBe('unreachable');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe(
      'The sync server couch.test could not be reached (Failed to fetch).',
    );
  });

  it('gives up on a server that never answers and says it timed out', async () => {
    const never: typeof fetch = () => new Promise<Response>(() => undefined);
    const started = Date.now();
    const error = await failure(createCouch(SERVER, { fetch: never, timeoutMs: 50 }).info());
    expect(error.kind).toBe('unreachable');
    expect(error.message).toBe(
      'The sync server couch.example.org could not be reached (timed out).',
    );
    expect(Date.now() - started).toBeLessThan(5000);

    // A fetch that honours the signal rejects with its reason: the same message.
    const honouring: typeof fetch = (_input, init) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      );
    const again = await failure(createCouch(SERVER, { fetch: honouring, timeoutMs: 50 }).info());
    expect(again.message).toContain('(timed out)');
  });

  it('reports a server failure with the reason CouchDB gave, cut short', async () => {
    const body = JSON.stringify({ error: 'unknown_error', reason: 'Disk is full' });
    const error = await failure(createCouch(SERVER, { fetch: answering(500, body) }).info());
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(error.message).toBe(
      'The sync server couch.example.org failed (HTTP 500: Disk is full).',
    );

    const long = JSON.stringify({ reason: 'x'.repeat(5000) });
    const cut = await failure(createCouch(SERVER, { fetch: answering(503, long) }).info());
    expect(cut.message.length).toBeLessThan(300);
    expect(cut.message).toContain('HTTP 503: xxx');

    const plain = await failure(
      createCouch(SERVER, { fetch: answering(502, 'Bad Gateway', 'text/plain') }).info(),
    );
    expect(plain.message).toBe('The sync server couch.example.org failed (HTTP 502).');
  });

  it('refuses a web page where JSON was expected', async () => {
    const html = '<!doctype html><html><body>Please sign in</body></html>';
    const couch = createCouch(SERVER, { fetch: answering(200, html, 'text/html') });
    const error = await failure(couch.changes('0', 10));
    expect(error).toMatchObject({ kind: 'bad-answer', status: 200 });
    expect(error.message).toMatch(
      /^The sync server's answer to a list of changes was not understood: .*not JSON\.$/,
    );
  });

  it('refuses answers of the wrong shape', async () => {
    const noResults = createCouch(SERVER, { fetch: answering(200, '{"last_seq":"1-a"}') });
    expect(await failure(noResults.changes('0', 10))).toMatchObject({ kind: 'bad-answer' });

    const docWithoutId = JSON.stringify({
      results: [{ seq: '1-a', id: 'a', doc: { title: 'no id' } }],
      last_seq: '1-a',
    });
    const badDoc = createCouch(SERVER, { fetch: answering(200, docWithoutId) });
    const error = await failure(badDoc.changes('0', 10));
    expect(error.kind).toBe('bad-answer');
    expect(error.message).toContain('results.0.doc._id');

    const notAnArray = createCouch(SERVER, { fetch: answering(201, '{"ok":true}') });
    expect(await failure(notAnArray.bulkDocs([{ _id: 'a' }]))).toMatchObject({
      kind: 'bad-answer',
      status: 201,
    });

    const tooFew = createCouch(SERVER, { fetch: answering(201, '[{"id":"a","rev":"1-a"}]') });
    const short = await failure(tooFew.bulkDocs([{ _id: 'a' }, { _id: 'b' }]));
    expect(short.kind).toBe('bad-answer');
    expect(short.message).toContain('expected 2 results');

    const noName = createCouch(SERVER, { fetch: answering(200, '{"couchdb":"Welcome"}') });
    expect(await failure(noName.info())).toMatchObject({ kind: 'bad-answer' });
  });

  it('refuses an answer larger than 20,000,000 characters', async () => {
    const huge = `{"db_name":"team","pad":"${'x'.repeat(20_000_000)}"}`;
    const error = await failure(createCouch(SERVER, { fetch: answering(200, huge) }).info());
    expect(error.kind).toBe('bad-answer');
    expect(error.message).toContain('too large');
  });
});

describe('normalizeDatabaseUrl', () => {
  it.each([
    ['  https://couch.example.org/medical-affairs  ', 'https://couch.example.org/medical-affairs'],
    ['https://couch.example.org/medical-affairs/', 'https://couch.example.org/medical-affairs'],
    ['https://couch.example.org/team//?x=1#top', 'https://couch.example.org/team'],
    ['https://couch.example.org:6984/couch/team', 'https://couch.example.org:6984/couch/team'],
    ['HTTPS://Couch.Example.org/team', 'https://couch.example.org/team'],
    ['http://localhost:5984/team', 'http://localhost:5984/team'],
    ['http://127.0.0.1:5984/team', 'http://127.0.0.1:5984/team'],
  ])('cleans %j', (input, expected) => {
    expect(normalizeDatabaseUrl(input)).toBe(expected);
  });

  it.each([
    ['', /enter the database address/i],
    ['couch.example.org/team', /not a web address/],
    ['http://couch.example.org/team', /must start with https:\/\//],
    // The browser is never asked to allow plain http to other local addresses (manifest).
    ['http://[::1]:5984/team', /must start with https:\/\//],
    ['ftp://couch.example.org/team', /must start with https:\/\//],
    ['https://ann:secret@couch.example.org/team', /user name and password fields/],
    ['https://couch.example.org/', /add the database name/i],
    ['https://couch.example.org', /add the database name/i],
  ])('refuses %j', (input, message) => {
    expect(() => normalizeDatabaseUrl(input)).toThrow(message);
  });

  it('never repeats an embedded password in its message', () => {
    expect(() => normalizeDatabaseUrl('https://ann:s3cret@couch.example.org/team')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });
});
