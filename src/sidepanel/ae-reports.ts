import { useEffect, useState } from 'preact/hooks';
import type { AeState } from '../db/ae-records';
import type { PostView } from '../db/records';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import type { PostSnapshot } from '../platforms/types';
import type { AeBarAction } from '../ui/ReportAe';
import { t } from '../shared/i18n';

/**
 * The side panel's "Report AE" for each post listed: the state the background gave with the
 * post's verdict, kept up to date by `ae/changed`; a report that fails says why and can be sent
 * again.
 */
export function useAeReports(
  runtime: RuntimeWithEvents,
  views: Map<string, PostView>,
  onError: (key: string, error: string | null) => void,
): (post: PostSnapshot) => AeBarAction {
  const [states, setStates] = useState<Map<string, AeState>>(new Map());
  const [reporting, setReporting] = useState<Set<string>>(new Set());

  // A view replaced by an annotation change carries no queue state: the last one known is kept.
  useEffect(() => {
    const known = [...views.values()].filter((v) => v.ae);
    if (known.length)
      setStates((old) => {
        const next = new Map(old);
        for (const v of known) if (!next.has(v.post.key)) next.set(v.post.key, v.ae!);
        return next;
      });
  }, [views]);

  useEffect(() => {
    const onMessage = (m: unknown) => {
      if (isBroadcast(m) && m.type === 'ae/changed')
        setStates((old) => new Map(old).set(m.key, m.state));
    };
    runtime.onMessage.addListener(onMessage);
    return () => runtime.onMessage.removeListener?.(onMessage);
  }, [runtime]);

  const report = (post: PostSnapshot) => {
    setReporting((old) => new Set(old).add(post.key));
    send(runtime, { type: 'ae/report', post })
      .then(
        ({ case: c }) => {
          setStates((old) => new Map(old).set(post.key, c.state));
          onError(post.key, null);
        },
        (e: Error) => onError(post.key, t('bar_aeNotReported', e.message)),
      )
      .finally(() =>
        setReporting((old) => {
          const next = new Set(old);
          next.delete(post.key);
          return next;
        }),
      );
  };

  return (post) => ({
    state: states.get(post.key) ?? views.get(post.key)?.ae ?? null,
    reporting: reporting.has(post.key),
    onReport: () => report(post),
  });
}
