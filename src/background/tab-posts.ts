/**
 * Which tabs reported which posts, so a post's change (its text, note and tags included) is sent
 * only to the tabs showing it, never to every open tab of a supported site. Kept in the browser's
 * session storage too: the service worker sleeps and restarts many times while a tab stays open.
 */

/** Where the record survives a worker restart (`storage.session`); none in tests. */
export interface TabPostsStore {
  load(): Promise<Record<string, string[]> | undefined>;
  save(value: Record<string, string[]>): Promise<void>;
}

/** A tab scrolling a long feed forgets its oldest posts past this many. */
export const MAX_KEYS_PER_TAB = 5_000;
const SAVE_AFTER_MS = 1_000;

export class TabPosts {
  private readonly tabs = new Map<number, Set<string>>();
  private readonly loaded: Promise<void>;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store?: TabPostsStore) {
    this.loaded = (store?.load() ?? Promise.resolve(undefined)).then(
      (saved) => {
        for (const [tab, keys] of Object.entries(saved ?? {})) {
          // Reports made before the load finished come after the saved ones.
          const now = this.tabs.get(Number(tab)) ?? new Set();
          this.tabs.set(Number(tab), new Set([...keys, ...now]));
        }
      },
      () => undefined,
    );
  }

  /** The tab reported (or annotated) these posts: it shows them. */
  report(tabId: number, keys: readonly string[]): void {
    let set = this.tabs.get(tabId);
    if (!set) this.tabs.set(tabId, (set = new Set()));
    for (const key of keys) {
      // Moved to the end: the posts a tab reported last are kept longest.
      set.delete(key);
      set.add(key);
    }
    for (const old of set) {
      if (set.size <= MAX_KEYS_PER_TAB) break;
      set.delete(old);
    }
    this.saveSoon();
  }

  /** The tab closed or loaded another page: what it showed is gone. */
  forget(tabId: number): void {
    if (this.tabs.delete(tabId)) this.saveSoon();
  }

  /** The tabs that reported `key`. */
  async tabsFor(key: string): Promise<number[]> {
    await this.loaded;
    return [...this.tabs].filter(([, keys]) => keys.has(key)).map(([tab]) => tab);
  }

  private saveSoon(): void {
    if (!this.store || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.loaded.then(() =>
        this.store
          ?.save(Object.fromEntries([...this.tabs].map(([tab, keys]) => [tab, [...keys]])))
          .catch(() => undefined),
      );
    }, SAVE_AFTER_MS);
  }
}
