import { cut } from '../shared/text';
import { t } from '../shared/i18n';

/**
 * The text a page shows when a request fails ("Not saved yet. … Retrying…"). Storage errors arrive
 * wrapped: Dexie repeats the browser's message with its name on a second line, which reads as
 * noise; a full disk gets words that say what to do.
 */

/** Long enough for every message of our own; a hostile or runaway message is cut. */
const MAX_CHARS = 500;

function isQuota(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && isQuota(inner));
}

export function describeFailure(error: unknown): string {
  if (isQuota(error)) return t('bg_storageFull');
  const inner = (error as { inner?: unknown } | null)?.inner;
  const message =
    inner instanceof Error
      ? `${inner.name}: ${inner.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  return cut(message, MAX_CHARS);
}
