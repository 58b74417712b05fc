/**
 * The catalogue of networks HCP Lens reads: one entry per network, which every surface reads (the
 * manifest's host access, the post key check, the popup, the dashboard, the background). Its
 * adapter is listed by id in `registry.ts`, where the compiler requires one for every entry here.
 * Plain data with no imports, so the manifest, zod schemas and the content script can all use it.
 */

export interface Network {
  /** Also the prefix of every post key (`<id>:…`) and of every author key. */
  readonly id: string;
  /** How the interface names the network. */
  readonly label: string;
  /** Host names served: exact, or any subdomain of an entry starting with `.`. */
  readonly hosts: readonly string[];
  /** Pages host access is requested for up front; none for a network granted per host. */
  readonly sites: readonly string[];
  /** Self-hosted on any domain (Mastodon): its pages are granted one host at a time. */
  readonly anyHost?: boolean;
  /** The shape of its post keys, for documentation and tests: `linkedin:<activity id>`. */
  readonly keyFormat: string;
  /** What every key of this network matches. */
  readonly keyPattern: RegExp;
}

export const NETWORKS = [
  {
    id: 'linkedin',
    label: 'LinkedIn',
    hosts: ['linkedin.com', '.linkedin.com'],
    sites: ['https://www.linkedin.com/*'],
    keyFormat: 'linkedin:<activity id>, linkedin:share:<id> or linkedin:ugcPost:<id>',
    keyPattern: /^linkedin:(?:(?:share|ugcPost):)?\d{1,30}$/,
  },
  {
    id: 'x',
    label: 'X',
    hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
    sites: ['https://x.com/*', 'https://twitter.com/*'],
    keyFormat: 'x:<status id>',
    keyPattern: /^x:\d{1,25}$/,
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    hosts: ['bsky.app'],
    sites: ['https://bsky.app/*'],
    keyFormat: 'bluesky:<author handle>/<record key>',
    keyPattern: /^bluesky:[\w.:%-]{1,253}\/[\w~.:-]{1,64}$/,
  },
  {
    id: 'doximity',
    label: 'Doximity',
    hosts: ['www.doximity.com'],
    sites: ['https://www.doximity.com/*'],
    keyFormat: 'doximity:<post id>',
    keyPattern: /^doximity:\d{1,25}$/,
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    hosts: [],
    sites: [],
    anyHost: true,
    keyFormat: 'mastodon:<instance host>/<status id on that instance>',
    keyPattern: /^mastodon:[a-z0-9.-]{1,253}(?::\d{1,5})?\/\d{1,25}$/,
  },
] as const satisfies readonly Network[];

export type PlatformId = (typeof NETWORKS)[number]['id'];

/** Every network's id, in the catalogue's order (the order adapters are tried in). */
export const PLATFORM_IDS = NETWORKS.map((n) => n.id) as [PlatformId, ...PlatformId[]];

export function networkOf(id: PlatformId): Network {
  return NETWORKS.find((n) => n.id === id) as Network;
}

/** The interface's name for each network. */
export const NETWORK_LABELS = Object.fromEntries(NETWORKS.map((n) => [n.id, n.label])) as Record<
  PlatformId,
  string
>;

/** The hosts a network serves, for its adapter's address check. */
export function hostsOf(id: PlatformId): readonly string[] {
  return networkOf(id).hosts;
}
