import { useState } from 'preact/hooks';

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
      setOutcome({ ok: false, text: `Could not read this page: ${(e as Error).message}` });
    }
  };
  return (
    <section class="site">
      <button onClick={() => void save()}>Report a page HCP Lens misreads</button>
      {outcome && (
        <p class={outcome.ok ? 'muted' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
