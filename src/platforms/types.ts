/** Networks the product reads (`networks.ts`, the catalogue). The id is also the key's prefix. */
import type { PlatformId } from './networks';

export { PLATFORM_IDS, type PlatformId } from './networks';

/** What an adapter reads from one post container. Page text, never trusted. */
export interface PostSnapshot {
  /** Stable key, e.g. `linkedin:<activity id>`; also the CSV `post_key` and the team sync document id. */
  key: string;
  platform: PlatformId;
  /** Permalink of the post. */
  url: string;
  authorName: string;
  /** Handle where the network has one (`@name` on X, Bluesky, Mastodon); empty on LinkedIn. */
  authorHandle: string;
  /** LinkedIn headline, X / Bluesky / Mastodon bio, Doximity specialty line; empty when not shown. */
  authorHeadline: string;
  /** Absolute profile URL of the author, empty when the card shows none. */
  authorProfileUrl: string;
  /** Post text with white space collapsed, without "…more" controls. */
  text: string;
  promoted: boolean;
  /** Who reposted or interacted ("… likes this"), kept as context; empty when none. */
  context: string;
  /**
   * True when `text` is the site's automatic translation because the page holds no original (X's
   * "Translated from …" notice); absent when the text is the author's own words.
   */
  translated?: boolean;
}

/**
 * One network's knowledge of its markup. Pure DOM reads: no observers, no writes, no browser APIs,
 * so the same code runs in the content script, in tests (happy-dom) and in the `extract` command.
 */
export interface PlatformAdapter {
  id: PlatformId;
  /** Whether this adapter handles pages at this address. */
  matches(url: URL): boolean;
  /** Post containers under `root` (the document or a subtree), each once, outermost post only. */
  findPosts(root: ParentNode): Element[];
  /**
   * Reads one container. Returns null while the card has not rendered enough to be keyed
   * (no id yet); callers try again on the next mutation batch.
   */
  read(container: Element, pageUrl: URL): PostSnapshot | null;
  /** Where inside the container the overlay host goes: it is inserted after this element. */
  overlayAnchor(container: Element): Element | null;
}
