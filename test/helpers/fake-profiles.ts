import type { PostSnapshot } from '../../src/platforms/types';

/**
 * A fake of the two public profile APIs HCP Lens asks for bios: Bluesky's getProfiles and a
 * Mastodon instance's account lookup, answered in memory. It records every request, counts how
 * many run at once per host, and can hold answers back, fail, or answer too much.
 */
export interface ProfileRequest {
  url: URL;
  credentials?: RequestCredentials;
}

type Mode = 'ok' | 'http-500' | 'http-429' | 'not-json' | 'wrong-shape' | 'huge' | 'offline';

export class FakeProfiles {
  /** Bluesky handle → description. */
  bluesky = new Map<string, string>();
  /** `https://host` → acct → {note, fields}. */
  mastodon = new Map<
    string,
    Map<string, { note: string; fields?: { name: string; value: string }[] }>
  >();
  requests: ProfileRequest[] = [];
  mode: Mode = 'ok';
  /** While set, answers wait until `release()`. */
  hold = false;
  private held: (() => void)[] = [];
  private open = new Map<string, number>();
  /** The most requests one host ever had under way at once. */
  maxOpenPerHost = new Map<string, number>();

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    this.requests.push({ url, credentials: init?.credentials });
    this.open.set(url.host, (this.open.get(url.host) ?? 0) + 1);
    this.maxOpenPerHost.set(
      url.host,
      Math.max(this.maxOpenPerHost.get(url.host) ?? 0, this.open.get(url.host)!),
    );
    try {
      if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
      return this.answer(url);
    } finally {
      this.open.set(url.host, this.open.get(url.host)! - 1);
    }
  };

  release(): void {
    const held = this.held;
    this.held = [];
    held.forEach((r) => r());
  }

  /** Requests to one host. */
  to(host: string): URL[] {
    return this.requests.map((r) => r.url).filter((u) => u.host === host);
  }

  private answer(url: URL): Response {
    if (this.mode === 'offline') throw new TypeError('Failed to fetch');
    if (this.mode === 'http-500') return new Response('oops', { status: 500 });
    if (this.mode === 'http-429') return new Response('slow down', { status: 429 });
    if (this.mode === 'not-json') return new Response('<html>', { status: 200 });
    if (this.mode === 'wrong-shape') return json({ profiles: 'none' });
    if (this.mode === 'huge') return json({ profiles: [], pad: 'x'.repeat(600 * 1024) });
    if (url.host === 'public.api.bsky.app') {
      if (url.pathname !== '/xrpc/app.bsky.actor.getProfiles') return json({}, 404);
      const actors = url.searchParams.getAll('actors');
      if (actors.length > 25) return json({ error: 'InvalidRequest' }, 400);
      const profiles = actors
        .filter((a) => this.bluesky.has(a))
        .map((a) => ({
          did: `did:plc:${a.replace(/\W/g, '')}`,
          handle: a,
          displayName: a,
          description: this.bluesky.get(a),
          followersCount: 12,
        }));
      return json({ profiles });
    }
    const accounts = this.mastodon.get(url.origin);
    if (!accounts || url.pathname !== '/api/v1/accounts/lookup') return json({}, 404);
    const account = accounts.get(url.searchParams.get('acct') ?? '');
    if (!account) return json({ error: 'Record not found' }, 404);
    return json({ id: '1', username: 'u', acct: url.searchParams.get('acct'), ...account });
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A clock the test moves by hand, and the timers set on it. */
export class ManualClock {
  private timers: { at: number; fn: () => void }[] = [];
  constructor(public ms = Date.parse('2026-11-24T10:00:00Z')) {}
  now = () => new Date(this.ms);
  setTimer = (fn: () => void, delay: number) => {
    this.timers.push({ at: this.ms + delay, fn });
  };
  /** Moves the clock on and runs the timers that fall due, in order. */
  advance(delay: number): void {
    this.ms += delay;
    const due = this.timers.filter((t) => t.at <= this.ms).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((t) => t.at > this.ms);
    due.forEach((t) => t.fn());
  }
}

/** A Bluesky post as its timeline shows it: no bio. */
export function bskyPost(handle: string, id = '3l1'): PostSnapshot {
  return {
    key: `bluesky:${handle}/${id}`,
    platform: 'bluesky',
    url: `https://bsky.app/profile/${handle}/post/${id}`,
    authorName: 'Sam Lee',
    authorHandle: handle,
    authorHeadline: '',
    authorProfileUrl: `https://bsky.app/profile/${handle}`,
    text: 'Long day, good coffee.',
    promoted: false,
    context: '',
  };
}

/** A Mastodon post as an instance's timeline shows it: no bio. */
export function mastoPost(host: string, acct: string, id = '1135'): PostSnapshot {
  return {
    key: `mastodon:${host}/${id}`,
    platform: 'mastodon',
    url: `https://${host}/@${acct}/${id}`,
    authorName: 'Kiran',
    authorHandle: acct,
    authorHeadline: '',
    authorProfileUrl: `https://${host}/@${acct}`,
    text: 'Night shift again.',
    promoted: false,
    context: '',
  };
}
