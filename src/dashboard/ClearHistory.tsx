import { useState } from 'preact/hooks';
import { send, type MessageRuntime } from '../messages/protocol';
import { t, tn } from '../shared/i18n';
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
      setStatus(
        t('set_historyCleared', [tn('set_historyPosts', posts), tn('set_historyBios', bios)]),
      );
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
          {t('set_historyClearAsk')}
        </button>
      ) : (
        <div role="group" aria-label={t('set_historyConfirmLabel')}>
          <p>{t('set_historyConfirm')}</p>
          <div class="toolbar">
            <button type="button" class="danger" disabled={busy} onClick={() => void clear()}>
              {busy ? t('set_historyClearing') : t('set_historyClear')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('set_cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
