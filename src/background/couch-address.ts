// The database address the user typed, cleaned and checked before anything is sent to it.
import { cut } from '../shared/text';
import { t } from '../shared/i18n';

/**
 * Plain http is tolerated only where the password never crosses a network, and only on the local
 * hosts the manifest lets the user allow.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const EXAMPLE = 'https://couch.example.org/medical-affairs';

/** Cleans what the user typed into a database address, or throws an Error whose message is for the user. */
export function normalizeDatabaseUrl(input: string): string {
  const text = input.trim();
  if (text === '') throw new Error(t('bg_addressEmpty', EXAMPLE));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(t('bg_addressNotWeb', [cut(text, 100), EXAMPLE]));
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new Error(t('bg_addressHttps'));
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(t('bg_addressCredentials'));
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '') {
    throw new Error(t('bg_addressNoDatabase', url.origin));
  }
  return `${url.origin}${path}`;
}

/** The host for messages, and the address without anything secret that may have slipped in. */
export function describeAddress(url: string): { host: string; address: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.host, address: `${parsed.origin}${parsed.pathname}` };
  } catch {
    return { host: t('bg_addressGivenHost'), address: t('bg_addressGiven') };
  }
}
