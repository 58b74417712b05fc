// The two guards every team sync request goes through: a redirect is never followed, and an
// answer is read only up to a size limit, stopping as soon as it is passed.

/** The server answered with a redirect, which is refused rather than followed. */
export class RedirectRefused extends Error {
  constructor(
    readonly status: number,
    readonly location: string | null,
  ) {
    super('redirect refused');
    this.name = 'RedirectRefused';
  }
}

/** The answer is larger than it may be; nothing past `limit` bytes was read. */
export class AnswerTooLarge extends Error {
  constructor(readonly limit: number) {
    super('answer too large');
    this.name = 'AnswerTooLarge';
  }
}

/**
 * Request options that refuse redirects. `manual` rather than `error`: both leave the request
 * where it was sent, but `error` rejects like a network failure, while `manual` hands back the
 * redirect (an `opaqueredirect` in browsers, the 3xx itself elsewhere) so the user is told why.
 */
export const NO_REDIRECT = { redirect: 'manual' } as const satisfies RequestInit;

/** Throws RedirectRefused for any answer that is, or followed, a redirect. */
export function refuseRedirect(response: Response): void {
  if (response.type === 'opaqueredirect') throw new RedirectRefused(0, null);
  // A fetch that followed anyway (a polyfill ignoring `redirect`) is refused just the same.
  if (response.redirected) throw new RedirectRefused(0, response.url || null);
  if (response.status >= 300 && response.status < 400) {
    throw new RedirectRefused(response.status, response.headers.get('Location'));
  }
}

/**
 * The body as text, read chunk by chunk and abandoned as soon as it passes `limit` bytes: a
 * hostile server's endless answer costs at most that much memory, not the whole answer.
 */
export async function readLimited(
  response: Response,
  limit: number,
): Promise<{ text: string; bytes: number }> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLarge(limit);
  }
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let read = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AnswerTooLarge(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), bytes: read };
}
