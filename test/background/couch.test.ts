import { describe, expect, it } from 'vitest';
import { createCouch } from '../../src/background/couch';
import { answering, client, SERVER } from '../helpers/couch-client';
import { FakeCouch } from '../helpers/fake-couch';

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
      bytes: expect.any(Number),
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
