import type { AeState } from '../db/ae-records';
import { t } from '../shared/i18n';
import { Private, usePrivateAttribute } from './private-text';

/** The bar's adverse-event action: what the overlay needs to show it and report the post. */
export interface AeBarAction {
  /** The post's state in the AE queue; null while it is not there. */
  state: AeState | null;
  /** Set while a report is on its way (or waiting to be retried). */
  reporting?: boolean;
  onReport: () => void;
}

/**
 * "Report AE" (key A): keeps the post in the adverse-event queue with its text, for
 * pharmacovigilance. Once there, it says so; a decision on it is made in the dashboard.
 */
export function ReportAe({ state, reporting, onReport }: AeBarAction) {
  // Whether the user reported the post is theirs alone: drawn so the page cannot read it.
  const privateAttr = usePrivateAttribute();
  if (state) {
    return (
      <span class="chip ae-queued" title={privateAttr(() => t('bar_aeDecide'))}>
        <Private text={t(`bar_aeState_${state}`)} />
      </span>
    );
  }
  return (
    <button
      type="button"
      class="report-ae"
      title={t('bar_reportAeTitle')}
      disabled={reporting}
      onClick={onReport}
    >
      <Private text={t(reporting ? 'bar_reportingAe' : 'bar_reportAe')} />
    </button>
  );
}
