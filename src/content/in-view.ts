import type { PostSnapshot } from '../platforms/types';

/** What the watcher knows of a tracked post that the listeners need. */
export interface NearPost {
  near: boolean;
  snapshot?: PostSnapshot;
}

/**
 * Tells listeners which posts near the viewport were read: the side panel wants the posts, the
 * site-health probe only their number. The list is built only while someone wants it, since it
 * is asked for on every scroll step that brings a post near or takes one away.
 */
export class InViewListeners {
  private keys = '';
  private postListeners = new Set<(posts: PostSnapshot[]) => void>();
  private countListeners = new Set<(count: number) => void>();

  constructor(private readonly tracked: () => Iterable<NearPost>) {}

  /** Whether anyone wants the posts themselves (the side panel is open), not just their number. */
  get wantsPosts(): boolean {
    return this.postListeners.size > 0;
  }

  onPosts(listener: (posts: PostSnapshot[]) => void): () => void {
    this.postListeners.add(listener);
    listener(this.posts());
    return () => this.postListeners.delete(listener);
  }

  onCount(listener: (count: number) => void): () => void {
    this.countListeners.add(listener);
    listener(this.count());
    return () => this.countListeners.delete(listener);
  }

  /** The posts near the viewport may have changed. */
  notify(): void {
    if (this.countListeners.size > 0) {
      const count = this.count();
      for (const l of this.countListeners) l(count);
    }
    if (this.postListeners.size === 0) return;
    const posts = this.posts();
    const keys = posts.map((p) => `${p.key}|${p.text.length}`).join(' ');
    if (keys === this.keys) return;
    this.keys = keys;
    for (const l of this.postListeners) l(posts);
  }

  private posts(): PostSnapshot[] {
    const posts: PostSnapshot[] = [];
    for (const t of this.tracked()) if (t.near && t.snapshot) posts.push(t.snapshot);
    return posts;
  }

  private count(): number {
    let n = 0;
    for (const t of this.tracked()) if (t.near && t.snapshot) n++;
    return n;
  }
}
