import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LabelCount, LabelKind } from '../db/labels';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import { BROADCAST_GATHER_MS, coalesce } from '../ui/coalesce';

/** The user's collections or tags with their counts, read again after any change. */
export function useLabels(runtime: RuntimeWithEvents, kind: LabelKind, enabled = true) {
  const [labels, setLabels] = useState<LabelCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      send(runtime, { type: 'labels/list', kind }).then(
        (r) => (setLabels(r.labels), setError(null)),
        (e: Error) => setError(e.message),
      ),
    [runtime, kind],
  );
  useEffect(() => {
    if (!enabled) return;
    void load();
    const reload = coalesce(() => void load(), BROADCAST_GATHER_MS);
    const onMessage = (m: unknown) => isBroadcast(m) && reload();
    runtime.onMessage.addListener(onMessage);
    return () => {
      reload.cancel();
      runtime.onMessage.removeListener?.(onMessage);
    };
  }, [runtime, load, enabled]);
  return { labels, error, reload: load, setLabels };
}
