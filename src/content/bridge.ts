import type { AeState } from '../db/ae-records';
import type { PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import { SNAPSHOT_LIMITS } from '../messages/limits';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import type { SiteRulesOverride } from '../platforms/rules';
import type { PostSnapshot } from '../platforms/types';
import { t } from '../shared/i18n';

/**
 * Posts seen are gathered this long into one message. Each message costs the background a
 * database transaction and the browser its messaging, on the same cores as the page: a fast
 * scroll brings about 40 posts a second, so this makes batches of about ten. Posts are read
 * 1,000 px before they come into view, so their verdict still arrives before they are seen.
 */
export const BATCH_DELAY_MS = 250;
const MAX_BATCH = 100;

/**
 * The content script's line to the background: batches posts seen into few messages and
 * delivers annotation changes made in any tab.
 */
export class Bridge {
  private queue = new Map<string, PostSnapshot>();
  private waiters = new Map<string, ((v: PostView | Error) => void)[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private storageReady = new Set<() => void>();
  private aeChanged = new Set<(key: string, state: AeState) => void>();

  constructor(
    private runtime: RuntimeWithEvents,
    onChanged: (view: PostView) => void,
    onPanelModes?: (panelModeSites: string[]) => void,
    /** Every site's rule overrides, as saved now (validated by the background). */
    onRuleOverrides?: (overrides: Record<string, SiteRulesOverride | undefined>) => void,
  ) {
    runtime.onMessage.addListener((message) => {
      if (!isBroadcast(message)) return;
      if (message.type === 'annotation/changed' && isView(message.view)) onChanged(message.view);
      if (message.type === 'storage/ready') for (const l of this.storageReady) l();
      if (message.type === 'ae/changed')
        for (const l of this.aeChanged) l(message.key, message.state);
      if (message.type === 'settings/changed') {
        const sites = (message.settings as { panelModeSites?: unknown } | null)?.panelModeSites;
        if (Array.isArray(sites)) onPanelModes?.(sites.filter((x) => typeof x === 'string'));
        const rules = (message.settings as { ruleOverrides?: unknown } | null)?.ruleOverrides;
        if (typeof rules === 'object' && rules !== null)
          onRuleOverrides?.(rules as Record<string, SiteRulesOverride | undefined>);
      }
    });
  }

  /** Calls `listener` when the background can store again after a database upgrade waited. */
  onStorageReady(listener: () => void): void {
    this.storageReady.add(listener);
  }

  /** Calls `listener` when a post enters the adverse-event queue or its state there changes. */
  onAeChanged(listener: (key: string, state: AeState) => void): void {
    this.aeChanged.add(listener);
  }

  /** Reports the post as a possible adverse event; resolves with its state in the queue. */
  reportAe(post: PostSnapshot): Promise<AeState> {
    return send(this.runtime, { type: 'ae/report', post: clamp(post) }).then((r) => r.case.state);
  }

  /** Whether this site is in side-panel mode; overlays are the default if the answer fails. */
  panelMode(platform: PostSnapshot['platform']): Promise<boolean> {
    return this.siteMode(platform).then((r) => r.panelMode);
  }

  /** Side-panel mode and the user's rules for this site; built-in rules if the answer fails. */
  siteMode(
    platform: PostSnapshot['platform'],
  ): Promise<{ panelMode: boolean; rules?: SiteRulesOverride }> {
    return send(this.runtime, { type: 'site/mode', platform }).catch(() => ({ panelMode: false }));
  }

  /** Reports a post as seen; resolves with its verdict and the user's decision. */
  seen(snapshot: PostSnapshot): Promise<PostView> {
    this.queue.set(snapshot.key, clamp(snapshot));
    this.timer ??= setTimeout(() => void this.flush(), BATCH_DELAY_MS);
    return new Promise((resolve, reject) => {
      const list = this.waiters.get(snapshot.key) ?? [];
      list.push((v) => (v instanceof Error ? reject(v) : resolve(v)));
      this.waiters.set(snapshot.key, list);
    });
  }

  annotate(post: PostSnapshot, patch: AnnotationPatch): Promise<PostView> {
    return send(this.runtime, {
      type: 'annotation/set',
      key: post.key,
      patch,
      post: clamp(post),
    }).then((r) => r.view);
  }

  /** The user's collections, for the bar's collection picker. */
  collectionNames(): Promise<string[]> {
    return send(this.runtime, { type: 'labels/names', kind: 'collection' }).then((r) => r.names);
  }

  /** Marks the post's author as HCP or not (null: automatic); answers with every post changed. */
  markAuthor(post: PostSnapshot, isHcp: boolean | null): Promise<PostView[]> {
    return send(this.runtime, { type: 'author/mark', post: clamp(post), isHcp }).then(
      (r) => r.views,
    );
  }

  private async flush() {
    this.timer = undefined;
    const batch = [...this.queue.values()].slice(0, MAX_BATCH);
    for (const s of batch) this.queue.delete(s.key);
    if (this.queue.size > 0) this.timer = setTimeout(() => void this.flush(), 0);
    let outcome: Map<string, PostView> | Error;
    try {
      const { views } = await send(this.runtime, { type: 'posts/seen', posts: batch });
      outcome = new Map(views.map((v) => [v.post.key, v]));
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error));
    }
    for (const s of batch) {
      const result =
        outcome instanceof Error
          ? outcome
          : (outcome.get(s.key) ?? new Error(t('bar_postNotStored')));
      for (const settle of this.waiters.get(s.key) ?? []) settle(result);
      this.waiters.delete(s.key);
    }
  }
}

// Broadcasts come from this extension's background only (the browser guarantees it), so a shape
// check is enough here and keeps zod out of the page's bundle.
function isView(v: unknown): v is PostView {
  const post = (v as PostView | null)?.post;
  return typeof post?.key === 'string' && typeof post.verdict === 'object';
}

/** Cuts every field to what the background accepts, so one oversized field cannot sink a batch. */
export function clamp(s: PostSnapshot): PostSnapshot {
  const out = { ...s };
  for (const [field, max] of Object.entries(SNAPSHOT_LIMITS) as [
    keyof typeof SNAPSHOT_LIMITS,
    number,
  ][]) {
    if (out[field].length > max) out[field] = out[field].slice(0, max);
  }
  return out;
}
