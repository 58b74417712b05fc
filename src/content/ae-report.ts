import type { AeState } from '../db/ae-records';
import type { PostSnapshot } from '../platforms/types';
import type { AeBarAction } from '../ui/ReportAe';
import type { Bridge } from './bridge';
import { t } from '../shared/i18n';

/** A report the background could not store is retried with growing pauses up to this. */
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * One post's "Report AE": sent at once, and when the background cannot store it (full disk, worker
 * restarting, database upgrade) kept, shown as waiting with the reason, and retried until stored.
 */
export class AeReport {
  private state: AeState | null = null;
  private waiting = false;
  private retries = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly snapshot: () => PostSnapshot,
    private readonly bridge: Pick<Bridge, 'reportAe'>,
    /** Shows the outcome on the bar: an error sentence, or null once stored. */
    private readonly show: (error: string | null) => void,
  ) {}

  /** The background says the post is in the queue in this state. Returns true (render now). */
  stored(state: AeState): boolean {
    this.state = state;
    return true;
  }

  props(): AeBarAction {
    return { state: this.state, reporting: this.waiting, onReport: () => this.report() };
  }

  /** Storage is back: a report held is sent now rather than at its next retry. */
  retryNow(): void {
    if (this.waiting && this.retries > 0) {
      clearTimeout(this.timer);
      this.send();
    }
  }

  private report(): void {
    if (this.state || this.waiting) return;
    this.waiting = true;
    this.show(null);
    this.send();
  }

  private send(): void {
    this.timer = undefined;
    this.bridge.reportAe(this.snapshot()).then(
      (state) => {
        this.waiting = false;
        this.retries = 0;
        this.state = state;
        this.show(null);
      },
      (error: Error) => {
        this.show(t('bar_aeNotReportedRetrying', error.message.replace(/[\s.]+$/, '')));
        const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** this.retries++);
        this.timer = setTimeout(() => this.send(), delay);
      },
    );
  }
}
