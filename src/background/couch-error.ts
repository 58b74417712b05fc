// Every way a team sync request can fail, as a sentence the dashboard can show as it is.
import { cut } from '../shared/text';
import type { RedirectRefused } from './couch-http';

export type CouchErrorKind =
  'unreachable' | 'auth' | 'missing' | 'bad-answer' | 'server' | 'redirect' | 'too-large';

export class CouchError extends Error {
  constructor(
    readonly kind: CouchErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CouchError';
  }
}

const MAX_REASON_CHARS = 200;

export function badAnswer(what: string, reason: string, status: number): CouchError {
  return new CouchError(
    'bad-answer',
    `The sync server's answer to ${what} was not understood: ${cut(reason, MAX_REASON_CHARS)}.`,
    status,
  );
}

export function redirected(host: string, { status, location }: RedirectRefused): CouchError {
  let to = '';
  try {
    if (location) to = ` to ${new URL(location, 'https://invalid/').host}`;
  } catch {
    to = '';
  }
  const code = status ? `HTTP ${status}` : 'a redirect';
  return new CouchError(
    'redirect',
    `The sync server ${host} sent the request elsewhere (${code}${to}). HCP Lens never follows a redirect, so nothing was sent there: connect with the database's own address.`,
    status || undefined,
  );
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

export function whyUnreachable(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError') return 'timed out';
  if (name === 'AbortError') return 'cancelled';
  return cut(typeof message === 'string' && message !== '' ? message : String(error), 200);
}

export function reasonOf(text: string): string {
  try {
    const { reason } = JSON.parse(text) as { reason?: unknown };
    return typeof reason === 'string' ? cut(reason, MAX_REASON_CHARS) : '';
  } catch {
    return '';
  }
}
