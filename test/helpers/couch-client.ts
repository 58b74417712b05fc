// What the CouchDB client's tests share: a client on a fake server, a fetch with a fixed answer,
// and the error a call fails with.
import { expect } from 'vitest';
import { CouchError, createCouch, type CouchServer } from '../../src/background/couch';
import { FakeCouch } from './fake-couch';

export function client(fake: FakeCouch, user = '', password = '') {
  return createCouch({ url: fake.url, user, password }, { fetch: fake.fetch });
}

/** The CouchError a call rejects with (fails the test when it resolves or throws anything else). */
export async function failure(promise: Promise<unknown>): Promise<CouchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CouchError);
  return error as CouchError;
}

/** A fetch that answers every request with the same status and body. */
export function answering(
  status: number,
  body: string,
  contentType = 'application/json',
): typeof fetch {
  return async () => new Response(body, { status, headers: { 'Content-Type': contentType } });
}

export const SERVER: CouchServer = {
  url: 'https://couch.example.org/team',
  user: '',
  password: '',
};
