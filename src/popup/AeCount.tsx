import { useEffect, useState } from 'preact/hooks';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import { formatNumber, tn } from '../shared/i18n';

/**
 * Possible adverse events still to forward, at a glance: one line, shown only while there are
 * some, with how many are past the alert age (those are the urgent ones).
 */
export function AeCount({ runtime }: { runtime: RuntimeWithEvents }) {
  const [count, setCount] = useState<{ open: number; overdue: number } | null>(null);
  useEffect(() => {
    const load = () => send(runtime, { type: 'ae/count' }).then(setCount, () => undefined);
    void load();
    const onMessage = (m: unknown) => isBroadcast(m) && m.type === 'ae/changed' && void load();
    runtime.onMessage.addListener(onMessage);
    return () => runtime.onMessage.removeListener?.(onMessage);
  }, [runtime]);
  if (!count?.open) return null;
  return (
    <p class={count.overdue ? 'health-warning' : 'muted'} data-testid="ae-count">
      {count.overdue
        ? tn('popup_aeOpenOverdue', count.open, [formatNumber(count.overdue)])
        : tn('popup_aeOpen', count.open)}
    </p>
  );
}
