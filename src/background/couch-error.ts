// Every way a team sync request can fail, as a sentence the dashboard can show as it is (in the
// browser's language); `kind` is the stable code callers and tests rely on.
import { cut } from '../shared/text';
import { formatNumber, t, type MessageKey } from '../shared/i18n';
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

export function badAnswer(what: MessageKey, reason: string, status: number): CouchError {
  return new CouchError(
    'bad-answer',
    t('bg_couchBadAnswer', [t(what), cut(reason, MAX_REASON_CHARS)]),
    status,
  );
}

export function redirected(host: string, { status, location }: RedirectRefused): CouchError {
  let to = '';
  try {
    if (location) to = new URL(location, 'https://invalid/').host;
  } catch {
    to = '';
  }
  const code = status ? `HTTP ${status}` : t('bg_couchARedirect');
  const how = to ? t('bg_couchRedirectTo', [code, to]) : code;
  return new CouchError('redirect', t('bg_couchRedirect', [host, how]), status || undefined);
}

export const megabytes = (bytes: number) =>
  t('bg_megabytes', formatNumber(Math.round(bytes / 100_000) / 10));

export function whyUnreachable(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'TimeoutError') return t('bg_timedOut');
  if (name === 'AbortError') return t('bg_cancelled');
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
