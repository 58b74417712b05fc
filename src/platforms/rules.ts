/**
 * Declarative site rules: a network's markup described as selectors and one id pattern, turned into
 * a PlatformAdapter by `rulesAdapter`. What selectors cannot say (ads without a label, a handle only
 * in a link) goes in small hooks. No zod here: this ships in the content script; user-provided
 * rules are validated by `rules-schema.ts` in the extension's own pages before they get here.
 */
import {
  absoluteUrl,
  cap,
  documentOf,
  firstMatch,
  handleIn,
  hrefOf,
  MAX_URL_CHARS,
  readLine,
  readText,
  selectorList,
  type SelectorList,
} from './rules-dom';
import { profileBioReader, type ProfileRules } from './rules-profile';
import type { PlatformAdapter, PlatformId, PostSnapshot } from './types';

export { selectorList, type SelectorList } from './rules-dom';

export interface SiteRules {
  /** Hosts served (exact, or any subdomain of an entry starting with `.`); none: every https page. */
  hosts?: readonly string[];
  /** Markup that must be somewhere in the document before any post is found (e.g. `#mastodon`). */
  page?: string;
  /** One post; the outermost match wins, a match inside another is part of it. */
  container: string;
  authorName: SelectorList;
  /** Bio or specialty line shown on the card; feeds without one leave it out. */
  authorHeadline?: SelectorList;
  /** Element whose text shows the handle as `@name`; the last `@token` is taken. */
  authorHandle?: SelectorList;
  /** Link to the author's profile; default: the link around the author name. */
  authorProfile?: SelectorList;
  text: SelectorList;
  /** The post's own link, or an element inside it (the link around it is used). */
  permalink: SelectorList;
  /** Regex source run on the absolute permalink: group 1 (or `(?<id>…)`) and named groups. */
  idPattern: string;
  /** Key template: `{id}`, `{host}` (page host) and idPattern's named groups, e.g. `x:{id}`. */
  key: string;
  /** The container matches it, or holds an element matching it: an ad. */
  promoted?: SelectorList;
  /** Nested content (quoted posts) whose elements are never read as the container's own. */
  excludeInside?: string;
  /** "…more" controls left out of the text. */
  more?: string;
  /** Who reposted or interacted ("… reposted"). */
  context?: SelectorList;
  /** The overlay goes after this; default: after the text, else after the author name. */
  anchor?: SelectorList;
  /** Profile header or hover card: its bio is the headline of posts by the handle it shows. */
  profile?: ProfileRules;
}

/** What a user may change: any rule but the hosts served and the key (a public contract). */
export type SiteRulesOverride = Partial<Omit<SiteRules, 'hosts' | 'key'>>;

/**
 * `builtIn` with `override`'s fields on top. No validation here (zod stays out of the content
 * script): overrides are checked by `rules-schema.ts` before they are stored or sent to a tab, and
 * hosts and key are never taken from one, whatever it holds.
 */
export function applyOverride(builtIn: SiteRules, override: SiteRulesOverride): SiteRules {
  const merged: SiteRules = { ...builtIn };
  for (const [field, value] of Object.entries(override)) {
    if (value !== undefined && field !== 'hosts' && field !== 'key')
      Object.assign(merged, { [field]: value });
  }
  return merged;
}

/** What the rules read from one card, before it is keyed. Hooks may change any of it. */
export interface Draft extends Omit<PostSnapshot, 'key' | 'platform'> {
  /** Key template values: `id`, `host` and idPattern's named groups. */
  vars: Record<string, string>;
}

/** Code for what selectors cannot express. Hooks must not throw; `read` catches anyway. */
export interface RulesHooks {
  /** Cheap extra test on a container candidate. */
  isPost?(el: Element): boolean;
  /** Completes or corrects a draft; null skips the card. */
  refine?(draft: Draft, container: Element, pageUrl: URL): Draft | null;
}

/** Key parts: no separators, spaces or markup from a hostile page can reach the key. */
const SAFE_VAR = /^[A-Za-z0-9._:@~-]{1,253}$/;
const TEMPLATE_VAR = /\{(\w+)\}/g;

/** The key for `vars`, or null when a value is missing or unsafe. */
export function fillKey(template: string, vars: Record<string, string>): string | null {
  let ok = true;
  const key = template.replace(TEMPLATE_VAR, (_m, name: string) => {
    const v = vars[name];
    if (v === undefined || !SAFE_VAR.test(v)) ok = false;
    return v ?? '';
  });
  return ok ? key : null;
}

export function hostMatches(hosts: readonly string[] | undefined, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  if (!hosts || hosts.length === 0) return true;
  const host = url.hostname.toLowerCase();
  return hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h));
}

/** Builds an adapter from `rules` (trusted to be valid: built-in, or checked by the schema). */
export function rulesAdapter(
  id: PlatformId,
  rules: SiteRules,
  hooks: RulesHooks = {},
): PlatformAdapter {
  let idPattern: RegExp | null;
  try {
    idPattern = new RegExp(rules.idPattern);
  } catch {
    idPattern = null;
  }
  const container = rules.container;
  const exclude = rules.excludeInside;
  const skipSel = [rules.more, exclude].filter(Boolean).join(', ');
  const skip = skipSel ? (el: Element) => el.matches(skipSel) : () => false;
  // Not own: inside an excluded element (a quoted post) that is itself inside the container. A
  // nested container match is the same post (Mastodon's `.status` inside its `article`).
  // Most posts quote nothing: one query when a read begins then spares each match its walk up
  // the page. `read` and `overlayAnchor`, the only ways in, both begin with it.
  let quoteFree: Element | null = null;
  const beginRead = (box: Element) => {
    quoteFree = exclude && box.querySelector(exclude) ? null : box;
  };
  const isOwn = (box: Element, el: Element) => {
    if (box === quoteFree) return true;
    const q = exclude ? el.closest(exclude) : null;
    return !q || q === box || !box.contains(q);
  };

  const profileBio = profileBioReader(rules.profile, container);

  const isCandidate = (el: Element) =>
    el.matches(container) && !el.parentElement?.closest(container) && (hooks.isPost?.(el) ?? true);

  function ownMatches(box: Element, list: SelectorList | undefined): Element[] {
    const found: Element[] = [];
    for (const sel of selectorList(list)) {
      for (const el of Array.from(box.querySelectorAll(sel))) {
        if (isOwn(box, el)) found.push(el);
      }
      if (found.length > 0) return found;
    }
    return found;
  }
  /** The first of `ownMatches`, without listing the matches after it (read for every post). */
  function firstOwn(box: Element, list: SelectorList | undefined): Element | undefined {
    for (const sel of selectorList(list)) {
      const el = firstMatch(box, sel, (m) => isOwn(box, m));
      if (el) return el;
    }
    return undefined;
  }

  function findPosts(root: ParentNode): Element[] {
    try {
      if (rules.page && !documentOf(root)?.querySelector(rules.page)) return [];
      const rootEl = (root as Node).nodeType === 1 ? (root as Element) : null;
      if (rootEl?.matches(container)) return isCandidate(rootEl) ? [rootEl] : [];
      return Array.from(root.querySelectorAll(container)).filter(isCandidate);
    } catch {
      return [];
    }
  }

  function readName(box: Element): Element | null {
    for (const el of ownMatches(box, rules.authorName)) {
      const line = readLine(el, skip);
      if (line && !/^@\S+$/.test(line)) return el;
    }
    return null;
  }

  function readHandle(box: Element, list: SelectorList | undefined): string {
    for (const el of ownMatches(box, list)) {
      const h = handleIn(readLine(el, skip));
      if (h) return h;
    }
    return '';
  }

  function draft(box: Element, pageUrl: URL): Draft {
    const vars: Record<string, string> = {};
    let url = '';
    for (const el of ownMatches(box, rules.permalink)) {
      const abs = absoluteUrl(hrefOf(el), pageUrl);
      const m = abs && idPattern ? idPattern.exec(abs.href) : null;
      if (!abs || !m) continue;
      url = cap(abs.href, MAX_URL_CHARS);
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) vars[k] = v;
      vars.id ??= m[1] ?? '';
      break;
    }
    // Set last: a link's text can never choose the host part of a key (rules-schema refuses a
    // `host` group too, this holds whatever the rules).
    vars.host = pageUrl.host;
    const nameEl = readName(box);
    const profileEl = rules.authorProfile ? firstOwn(box, rules.authorProfile) : nameEl;
    const authorHandle = readHandle(box, rules.authorHandle);
    const headlineEl = firstOwn(box, rules.authorHeadline);
    const promoted = selectorList(rules.promoted).some(
      (sel) => box.matches(sel) || firstOwn(box, sel) !== undefined,
    );
    return {
      vars,
      url,
      authorName: readLine(nameEl, skip),
      authorHandle,
      authorHeadline: headlineEl
        ? readLine(headlineEl, skip)
        : profileBio(box, authorHandle, pageUrl.hostname),
      authorProfileUrl:
        absoluteUrl(hrefOf(profileEl ?? null), pageUrl)?.href.slice(0, MAX_URL_CHARS) ?? '',
      text: readText(firstOwn(box, rules.text), skip),
      promoted,
      context: readLine(firstOwn(box, rules.context), skip),
    };
  }

  function read(box: Element, pageUrl: URL): PostSnapshot | null {
    try {
      beginRead(box);
      const d = hooks.refine
        ? hooks.refine(draft(box, pageUrl), box, pageUrl)
        : draft(box, pageUrl);
      if (!d || !d.url || !d.authorName) return null;
      const key = fillKey(rules.key, d.vars);
      if (!key) return null;
      return {
        key,
        platform: id,
        url: d.url,
        authorName: d.authorName,
        authorHandle: d.authorHandle,
        authorHeadline: d.authorHeadline,
        authorProfileUrl: d.authorProfileUrl,
        text: d.text,
        promoted: d.promoted,
        context: d.context,
        ...(d.translated ? { translated: true } : {}),
      };
    } catch {
      return null;
    }
  }

  function overlayAnchor(box: Element): Element | null {
    try {
      beginRead(box);
      if (rules.anchor) return firstOwn(box, rules.anchor) ?? null;
      return firstOwn(box, rules.text) ?? readName(box);
    } catch {
      return null;
    }
  }

  return { id, matches: (url) => hostMatches(rules.hosts, url), findPosts, read, overlayAnchor };
}
