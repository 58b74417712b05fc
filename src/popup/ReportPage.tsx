import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

/**
 * "Report a page HCP Lens misreads": saves a snapshot of the page's structure (no text, no names,
 * links as shapes) to send to whoever maintains the site rules.
 */
export function ReportPage({ report }: { report: () => Promise<string> }) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    try {
      setOutcome({ ok: true, text: await report() });
    } catch (e) {
      setOutcome({ ok: false, text: t('popup_couldNotReadPage', (e as Error).message) });
    }
  };
  return (
    <section class="site">
      <button onClick={() => void save()}>{t('popup_reportPage')}</button>
      {outcome && (
        <p class={outcome.ok ? 'muted' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
