import { useState } from 'preact/hooks';
import { send, type MessageRuntime } from '../messages/protocol';
import { plural } from '../ui/plural';
import { Notices } from './Notices';

/**
 * "Clear browsing history", with a step to confirm: what it removes cannot be brought back, and
 * what it keeps is said before, not after.
 */
export function ClearHistory({ runtime }: { runtime: MessageRuntime }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const clear = async () => {
    setBusy(true);
    setError(null);
    try {
      const { posts, bios } = await send(runtime, { type: 'history/clear' });
      setStatus(`Cleared ${plural(posts, 'post')} and ${plural(bios, 'remembered bio')}.`);
      setConfirming(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="clear-history">
      <Notices error={error} status={status} />
      {!confirming ? (
        <button
          type="button"
          onClick={() => {
            setStatus(null);
            setConfirming(true);
          }}
        >
          Clear browsing history…
        </button>
      ) : (
        <div role="group" aria-label="Confirm clearing browsing history">
          <p>
            This removes every post you did not annotate, which posts each session saw, and every
            remembered bio. Your annotations, HCP marks, target lists and settings stay.
          </p>
          <div class="toolbar">
            <button type="button" class="danger" disabled={busy} onClick={() => void clear()}>
              {busy ? 'Clearing…' : 'Clear history'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
