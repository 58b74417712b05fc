import { mergeAnnotation, type PostView } from '../db/records';
import type { AnnotationPatch } from '../messages/schemas';
import type { PostSnapshot } from '../platforms/types';
import type { Bridge } from './bridge';
import type { OverlayProps } from '../ui/Overlay';
import { AeReport } from './ae-report';
import { t } from '../shared/i18n';

/** A change the background could not save is retried with growing pauses up to this. */
const MAX_RETRY_DELAY_MS = 30_000;

interface PostState {
  view: PostView | null;
  error: string | null;
  /** The post as last read from the page; sent with annotations so the text can be kept. */
  snapshot: PostSnapshot;
  /** The user's changes not yet saved: kept and retried until the background accepts them. */
  pending?: AnnotationPatch;
  retries: number;
  /** Text last reported, so a card whose text loads late is reported (and classified) again. */
  reportedText: string | null;
  /** A report of the post that failed waits for this timer to be sent again. */
  seenRetry?: ReturnType<typeof setTimeout>;
  seenRetries?: number;
  /** The post's adverse-event report: its state in the queue, or a report still to be stored. */
  ae: AeReport;
}

/**
 * What the page's overlays show for each post: the background's view plus the user's changes
 * not saved yet. A change is shown at once, saved, and retried until saved: never dropped.
 */
export class PostStore {
  private posts = new Map<string, PostState>();
  /** One function for every bar: asked only when a collection picker opens. */
  private collectionNames = () => this.bridge.collectionNames();

  constructor(
    private bridge: Bridge,
    /**
     * Re-renders every overlay showing this post; `now` for the user's own actions, which must
     * show at once, while verdicts may wait for the next batch of drawing.
     */
    private render: (key: string, now?: boolean) => void,
  ) {
    bridge.onStorageReady(() => this.retryNow());
    bridge.onAeChanged((key, state) => {
      const post = this.posts.get(key);
      if (post) this.render(key, post.ae.stored(state));
    });
  }

  /**
   * Storage is back (a database upgrade finished): held changes are saved now rather than at
   * their next retry, which may be 30 s away. A retry timer still pending then finds nothing held.
   */
  private retryNow(): void {
    for (const [key, state] of this.posts) {
      if (state.pending && state.retries > 0) this.save(key);
      state.ae.retryNow();
      if (state.reportedText === null) {
        clearTimeout(state.seenRetry);
        state.seenRetry = undefined;
        this.report(state.snapshot);
      }
    }
  }

  /** Reports a post read from the page; again only when its text changed. */
  report(snapshot: PostSnapshot): void {
    const key = snapshot.key;
    let state = this.posts.get(key);
    if (state) state.snapshot = snapshot;
    if (state?.reportedText === snapshot.text) return;
    state ??= {
      view: null,
      error: null,
      reportedText: null,
      snapshot,
      retries: 0,
      ae: new AeReport(
        () => this.posts.get(key)?.snapshot ?? snapshot,
        this.bridge,
        (e) => {
          const s = this.posts.get(key);
          if (s) s.error = e;
          this.render(key, true);
        },
      ),
    };
    state.reportedText = snapshot.text;
    this.posts.set(key, state);
    const { ae } = state;
    this.bridge.seen(snapshot).then(
      (view) => {
        if (view.ae) ae.stored(view.ae);
        state.seenRetries = 0;
        // A change still waiting to be saved stays visible over the stored state.
        state.view = state.pending ? withPatch(view, state.pending) : view;
        if (!state.pending) state.error = null;
        this.render(key);
      },
      (error: Error) => {
        state.error = t('bar_couldNotSave', error.message);
        // Reported again on the next read, once the background is back, and on a timer too: a
        // possible adverse event in it must reach the queue even if the post is never read again.
        state.reportedText = null;
        this.render(key);
        this.reportLater(key);
      },
    );
  }

  /** A post whose report failed is reported again after a growing pause (first 2 s, at most 30 s). */
  private reportLater(key: string): void {
    const state = this.posts.get(key);
    if (!state || state.seenRetry) return;
    const delay = Math.min(MAX_RETRY_DELAY_MS, 2000 * 2 ** (state.seenRetries ?? 0));
    state.seenRetries = (state.seenRetries ?? 0) + 1;
    state.seenRetry = setTimeout(() => {
      state.seenRetry = undefined;
      if (state.reportedText === null) this.report(state.snapshot);
    }, delay);
  }

  /** A change made in another tab or page, or the answer to one made here. */
  applyView(view: PostView): void {
    const state = this.posts.get(view.post.key);
    if (!state) return;
    state.view = view;
    state.error = null;
    this.render(view.post.key, true);
  }

  /** Whether the background has answered for this post (its verdict is known). */
  answered(key: string): boolean {
    return Boolean(this.posts.get(key)?.view);
  }

  propsFor(key: string): OverlayProps {
    const state = this.posts.get(key);
    return {
      view: state?.view ?? null,
      error: state?.error ?? null,
      onPatch: (p: AnnotationPatch) => this.patch(key, p),
      onMarkAuthor: (isHcp) => this.markAuthor(key, isHcp),
      ...(state ? { ae: state.ae.props() } : {}),
      collectionNames: this.collectionNames,
    };
  }

  private markAuthor(key: string, isHcp: boolean | null): void {
    const state = this.posts.get(key);
    if (!state) return;
    this.bridge.markAuthor(state.snapshot, isHcp).then(
      (views) => views.forEach((v) => this.applyView(v)),
      (error: Error) => {
        state.error = t('bar_notSaved', error.message);
        this.render(key, true);
      },
    );
  }

  private patch(key: string, patch: AnnotationPatch): void {
    const state = this.posts.get(key);
    if (!state?.view) return;
    state.view = withPatch(state.view, patch);
    state.pending = { ...state.pending, ...patch };
    this.render(key, true);
    if (state.retries === 0) this.save(key);
  }

  private save(key: string): void {
    const state = this.posts.get(key);
    const patch = state?.pending;
    if (!state || !patch) return;
    state.pending = undefined;
    this.bridge.annotate(state.snapshot, patch).then(
      (view) => {
        state.retries = 0;
        if (state.pending) this.save(key);
        else this.applyView(view);
      },
      (error: Error) => {
        // Newer edits made meanwhile win over the ones that failed.
        state.pending = { ...patch, ...state.pending };
        // One sentence after another: the reason may hold parentheses of its own.
        state.error = t('bar_notSavedRetrying', error.message.replace(/[\s.]+$/, ''));
        this.render(key, true);
        const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** state.retries++);
        setTimeout(() => this.save(key), delay);
      },
    );
  }
}

function withPatch(view: PostView, patch: AnnotationPatch): PostView {
  const { key } = view.post;
  const at = new Date().toISOString();
  return { ...view, annotation: mergeAnnotation(view.annotation, patch, key, at, 0) };
}
