import { describe, expect, it } from 'vitest';
import { createCouch } from '../../src/background/couch';
import { answering, client, failure, SERVER } from '../helpers/couch-client';
import { FakeCouch } from '../helpers/fake-couch';

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

  it('stops reading an endless answer as soon as it passes the size limit', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`"${'x'.repeat(65_534)}",`);
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"db_name":"team","pad":['));
      },
      pull(c) {
        sent += chunk.byteLength;
        c.enqueue(chunk);
      },
    });
    const fetch = async () => new Response(endless, { status: 200 });
    const error = await failure(createCouch(SERVER, { fetch }).changes('0', 100, 1_000_000));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(
      "The sync server's answer to a list of changes was larger than 1 MB and was not read.",
    );
    // Abandoned at the limit: not read to the end (there is none), nor much past it.
    expect(sent).toBeLessThan(1_000_000 + 3 * chunk.byteLength);
  });

  it('refuses an answer larger than 20 MB', async () => {
    const huge = `{"db_name":"team","pad":"${'x'.repeat(20_000_000)}"}`;
    const error = await failure(createCouch(SERVER, { fetch: answering(200, huge) }).info());
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('larger than 20 MB');
  });

  it('refuses an answer whose declared size is over the limit without reading its body', async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>(
      { pull: () => void (pulled = true) },
      { highWaterMark: 0 },
    );
    const fetch = async () =>
      new Response(body, { status: 200, headers: { 'Content-Length': '50000000' } });
    expect(await failure(createCouch(SERVER, { fetch }).info())).toMatchObject({
      kind: 'too-large',
    });
    expect(pulled).toBe(false);
  });
});
