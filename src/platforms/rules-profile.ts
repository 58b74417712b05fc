/**
 * Site rules' author bios: a profile header or hover card gives its bio as the headline of the
 * posts by the handle it shows. Read-only, like the rest of the rules engine.
 */
import { handleIn, readLine, selectorList, type SelectorList } from './rules-dom';

export interface ProfileRules {
  /** The profile header or hover card. */
  container: string;
  /** Element whose text shows the profile's handle. */
  handle: SelectorList;
  bio: SelectorList;
}

/**
 * Whether two handles name one account: Mastodon shows local accounts as `name` in posts but as
 * `name@host` in profile headers.
 */
export function sameHandle(a: string, b: string, host: string): boolean {
  const suffix = `@${host.toLowerCase()}`;
  const norm = (h: string) => {
    const l = h.toLowerCase();
    return l.endsWith(suffix) ? l.slice(0, -suffix.length) : l;
  };
  return norm(a) === norm(b);
}

/**
 * Reads the bio of a post's author (`handle`) where the page shows that author's profile; ''
 * elsewhere. Starts from bio elements, which most pages (feeds) do not have. `postContainer`
 * keeps bios and handles inside listed posts out.
 */
export function profileBioReader(
  profile: ProfileRules | undefined,
  postContainer: string,
): (post: Element, handle: string, host: string) => string {
  if (!profile) return () => '';

  /** Matches under a profile block that are not inside one of the posts it lists. */
  function outsidePosts(block: Element, list: SelectorList): Element[] {
    for (const sel of selectorList(list)) {
      const found = Array.from(block.querySelectorAll(sel)).filter(
        (el) => !el.closest(postContainer),
      );
      if (found.length > 0) return found;
    }
    return [];
  }

  /**
   * Bio elements, looked up once per task: the query walks the whole page (half of a read on a
   * page of 10,000 elements), and posts are read in batches between which the page cannot run.
   */
  let bios: { doc: Document; bySelector: Map<string, Element[]> } | undefined;
  function biosIn(doc: Document, sel: string): Element[] {
    if (bios?.doc !== doc) {
      bios = { doc, bySelector: new Map() };
      queueMicrotask(() => (bios = undefined));
    }
    let list = bios.bySelector.get(sel);
    if (!list)
      bios.bySelector.set(sel, (list = Array.from(doc.querySelectorAll(sel)).slice(0, 10)));
    return list;
  }

  return (post, handle, host) => {
    const doc = post.ownerDocument;
    if (!handle || !doc) return '';
    for (const sel of selectorList(profile.bio)) {
      for (const bio of biosIn(doc, sel)) {
        const block = bio.closest(profile.container);
        if (!block || bio.closest(postContainer)) continue;
        const shown = outsidePosts(block, profile.handle)
          .map((el) => handleIn(readLine(el)))
          .find(Boolean);
        if (shown && sameHandle(shown, handle, host)) return readLine(bio);
      }
    }
    return '';
  };
}
