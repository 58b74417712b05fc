/**
 * Where an author's public bio is asked for, and how each answer is read: Bluesky's public API
 * (up to 25 handles a request) and a Mastodon instance's account lookup (one handle). Only the
 * handles go out; every answer is size-capped and validated before anything of it is kept.
 */
import { decodeHTML } from 'entities/decode';
import { SNAPSHOT_LIMITS } from '../messages/limits';
import { z } from '../shared/zod';
import { formatNumber, t } from '../shared/i18n';

export const BLUESKY_API = 'https://public.api.bsky.app';
/** Bluesky's getProfiles takes at most this many actors. */
export const BLUESKY_BATCH = 25;

/** Largest answer read: 25 Bluesky profiles are some 50 KB, a Mastodon account some 5 KB. */
export const MAX_ANSWER_BYTES = { bluesky: 512 * 1024, mastodon: 128 * 1024 } as const;
/** A request still unanswered after this is abandoned. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** A handle (`alice.bsky.social`) or a DID: what getProfiles accepts as an actor. */
const BLUESKY_ACTOR =
  /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?|did:[a-z]+:[a-z0-9._:%-]{1,200})$/i;
/** `user` on the instance itself, `user@other.host` for an account from elsewhere. */
const MASTODON_ACCT = /^[a-z0-9_]([a-z0-9_.-]{0,62}[a-z0-9_])?(@[a-z0-9.-]{1,253}(:\d{1,5})?)?$/i;

/** The actor to ask Bluesky for, from a post's handle; null when it is not one. */
export function blueskyActor(handle: string): string | null {
  const h = handle.trim().replace(/^@/, '');
  return h.length <= 253 && BLUESKY_ACTOR.test(h) ? h.toLowerCase() : null;
}

/** The account to look up on a Mastodon instance, from a post's handle; null when it is not one. */
export function mastodonAcct(handle: string): string | null {
  const h = handle.trim().replace(/^@/, '');
  return MASTODON_ACCT.test(h) ? h.toLowerCase() : null;
}

export function blueskyUrl(actors: string[]): string {
  const query = actors.map((a) => `actors=${encodeURIComponent(a)}`).join('&');
  return `${BLUESKY_API}/xrpc/app.bsky.actor.getProfiles?${query}`;
}

export function mastodonUrl(origin: string, acct: string): string {
  return `${origin}/api/v1/accounts/lookup?acct=${encodeURIComponent(acct)}`;
}

const blueskyAnswer = z.object({
  profiles: z
    .array(
      z.object({
        did: z.string().max(2048),
        handle: z.string().max(253),
        description: z.string().max(20_000).optional(),
      }),
    )
    .max(BLUESKY_BATCH),
});

const mastodonAnswer = z.object({
  acct: z.string().max(400),
  note: z.string().max(100_000),
  /** Profile metadata ("Occupation: Cardiologist"), often where a role is stated. */
  fields: z
    .array(z.object({ name: z.string().max(2000), value: z.string().max(20_000) }))
    .max(50)
    .optional(),
});

/** Bios by the actor asked for; an actor Bluesky did not return has no profile (''). */
export function readBlueskyAnswer(json: unknown, actors: string[]): Map<string, string> {
  const { profiles } = blueskyAnswer.parse(json);
  const byActor = new Map<string, string>();
  for (const p of profiles) {
    const bio = clip(p.description ?? '');
    byActor.set(p.handle.toLowerCase(), bio);
    byActor.set(p.did.toLowerCase(), bio);
  }
  return new Map(actors.map((a) => [a, byActor.get(a) ?? '']));
}

/** A Mastodon account's bio as text: its note, then its profile fields. */
export function readMastodonAnswer(json: unknown): string {
  const { note, fields = [] } = mastodonAnswer.parse(json);
  const parts = [htmlText(note), ...fields.map((f) => `${f.name}: ${htmlText(f.value)}`)];
  return clip(parts.filter((p) => p.trim()).join(' · '));
}

/**
 * Mastodon gives the note as HTML its server already sanitised; only its text is wanted, and it
 * is only ever shown as text. Block ends become spaces so words do not run together.
 */
export function htmlText(html: string): string {
  const text = html
    .replace(/<(br|\/p|\/li|\/div)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ');
  return decodeHTML(text).trim();
}

const clip = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, SNAPSHOT_LIMITS.authorHeadline);

/** Why a request failed, in words for the user's site health. */
export class BioFetchError extends Error {}

/**
 * Fetches a JSON answer of at most `maxBytes`, within the timeout. `notFound` statuses answer
 * null (no such account); anything else that is not a readable JSON answer throws BioFetchError.
 */
export async function fetchJson(
  fetcher: typeof fetch,
  url: string,
  maxBytes: number,
  notFound: number[] = [],
): Promise<unknown> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetcher(url, {
        signal: abort.signal,
        credentials: 'omit',
        headers: { accept: 'application/json' },
      });
    } catch {
      throw new BioFetchError(
        abort.signal.aborted
          ? t('bg_bioNoAnswer', formatNumber(REQUEST_TIMEOUT_MS / 1000))
          : t('bg_bioUnreachable'),
      );
    }
    if (notFound.includes(response.status)) return null;
    if (response.status === 429) throw new BioFetchError(t('bg_bioSlowDown'));
    if (!response.ok) throw new BioFetchError(t('bg_bioHttp', response.status));
    const text = await readCapped(response, maxBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new BioFetchError(t('bg_bioNotJson'));
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, refused as soon as it passes `maxBytes` (not after it all arrived). */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new BioFetchError(t('bg_bioTooLarge', formatNumber(maxBytes / 1024)));
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
