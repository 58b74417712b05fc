import { useState } from 'preact/hooks';
import { ageHours, type AeCaseView } from '../db/ae-records';
import { auditLine, pvMailto, pvText } from '../export/ae-export';
import type { AeChangeRequest } from '../messages/schemas';
import { formatDateTime, formatNumber, t } from '../shared/i18n';
import { formatAge, isOverdue, STATE_LABELS } from './ae-filters';

const SNIPPET = 240;
const split = (s: string) =>
  s
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export interface AeCaseRowProps {
  view: AeCaseView;
  now: Date;
  alertHours: number;
  pvInbox: string;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onChange: (change: AeChangeRequest) => Promise<boolean>;
  onCopy: (text: string) => Promise<boolean>;
}

type Open = null | 'forward' | 'dismiss' | 'edit';

/** The fields of the case elements' form, by name (several values separated with `;`). */
const ELEMENT_FIELDS = {
  reporter: 'dash_aeFieldReporter',
  patient: 'dash_aeFieldPatient',
  products: 'dash_aeFieldProducts',
  events: 'dash_aeFieldEvents',
} as const;

/** One case of the queue: its evidence, its elements, its state, and the reviewer's actions. */
export function AeCaseRow(props: AeCaseRowProps) {
  const { view, now, alertHours, pvInbox, selected, onSelect, onChange, onCopy } = props;
  const c = view.case;
  const [open, setOpen] = useState<Open>(null);
  const [ref, setRef] = useState(c.caseRef);
  const [reason, setReason] = useState(c.dismissReason);
  const [edit, setEdit] = useState({
    reporter: c.reporter,
    patient: c.patient.join('; '),
    products: c.products.join('; '),
    events: c.events.join('; '),
  });
  const overdue = isOverdue(view, now, alertHours);
  const done = (ok: boolean) => ok && setOpen(null);
  const forward = (caseRef: string) => onChange({ state: 'forwarded', caseRef });
  const toggle = (what: Open) => setOpen(open === what ? null : what);

  return (
    <tr data-ae-case={c.key} class={overdue ? 'ae-case overdue' : 'ae-case'}>
      <td>
        <input
          type="checkbox"
          aria-label={t('dash_aeSelectCase', c.key)}
          checked={selected}
          onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
        />
      </td>
      <td>
        <span class="ae-age" title={t('dash_aeDayZero', formatDateTime(Date.parse(c.firstSeenAt)))}>
          {formatAge(ageHours(c, now))}
        </span>
        {overdue && <div class="ae-overdue">{t('dash_aePastAlert', formatNumber(alertHours))}</div>}
        <div class="muted">{formatDateTime(Date.parse(c.firstSeenAt))}</div>
      </td>
      <td>
        <div>
          <b>{t('dash_aeReporter')}</b> {c.reporter || '—'}
        </div>
        <div>
          <b>{t('dash_aePatient')}</b> {c.patient.join('; ') || '—'}
        </div>
        <div>
          <b>{t('dash_aeProductLabel')}</b> {c.products.join('; ') || '—'}
        </div>
        <div>
          <b>{t('dash_aeEvent')}</b> {c.events.join('; ') || '—'}
        </div>
        <div class="muted">
          {c.platform} · {c.language} ·{' '}
          {c.origin === 'reported' ? t('dash_aeReported') : t('dash_aeFlagged')}
        </div>
      </td>
      <td class="text">
        {c.text.length > SNIPPET
          ? `${c.text.slice(0, SNIPPET)}…`
          : c.text || t('dash_aeTextNotKept')}{' '}
        {/^https:\/\//.test(c.url) && (
          <a href={c.url} target="_blank" rel="noreferrer noopener">
            {t('dash_open')}
          </a>
        )}
      </td>
      <td>
        <span class={`ae-state ${c.state}`} data-testid="ae-state">
          {t(STATE_LABELS[c.state])}
        </span>
        {c.state === 'forwarded' && (
          <div class="muted">
            {c.caseRef ? `${t('dash_aeCaseRef', c.caseRef)} · ` : ''}
            {t('dash_by', c.forwardedBy)} · {formatDateTime(Date.parse(c.forwardedAt))}
          </div>
        )}
        {c.state === 'dismissed' && <div class="muted">{c.dismissReason}</div>}
        <details>
          <summary>{t('dash_aeHistory', formatNumber(view.trail.length))}</summary>
          <ol class="ae-trail">
            {view.trail.map((e) => (
              <li key={e.id}>{auditLine(e)}</li>
            ))}
          </ol>
        </details>
      </td>
      <td class="ae-actions">
        <button type="button" onClick={() => void onCopy(pvText(view))}>
          {t('dash_aeCopyForPv')}
        </button>
        <button type="button" onClick={() => toggle('forward')}>
          {t('dash_aeForwardMenu')}
        </button>
        <button type="button" onClick={() => toggle('dismiss')}>
          {t('dash_aeDismissMenu')}
        </button>
        <button type="button" onClick={() => toggle('edit')}>
          {t('dash_aeEditMenu')}
        </button>
        {c.state !== 'new' && (
          <button type="button" onClick={() => void onChange({ state: 'new' })}>
            {t('dash_aeReopen')}
          </button>
        )}
        {open === 'forward' && (
          <form
            class="ae-form"
            aria-label={t('dash_aeForwardForm')}
            onSubmit={(e) => {
              e.preventDefault();
              void forward(ref).then(done);
            }}
          >
            <label>
              {t('dash_aeCaseRefField')}{' '}
              <input
                value={ref}
                maxLength={200}
                onInput={(e) => setRef((e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="submit">{t('dash_aeMarkForwarded')}</button>
            <button
              type="button"
              onClick={() => void onCopy(pvText(view)).then((ok) => ok && forward(ref).then(done))}
            >
              {t('dash_aeCopyAndMark')}
            </button>
            {pvInbox && (
              <a
                class="button"
                href={pvMailto(pvInbox, view)}
                onClick={() => void forward(ref).then(done)}
              >
                {t('dash_aeMailAndMark', pvInbox)}
              </a>
            )}
          </form>
        )}
        {open === 'dismiss' && (
          <form
            class="ae-form"
            aria-label={t('dash_aeDismissForm')}
            onSubmit={(e) => {
              e.preventDefault();
              void onChange({ state: 'dismissed', dismissReason: reason }).then(done);
            }}
          >
            <label>
              {t('dash_aeWhyNot')}{' '}
              <input
                value={reason}
                required
                maxLength={1000}
                onInput={(e) => setReason((e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="submit">{t('dash_aeDismiss')}</button>
          </form>
        )}
        {open === 'edit' && (
          <form
            class="ae-form"
            aria-label={t('dash_aeElementsForm')}
            onSubmit={(e) => {
              e.preventDefault();
              const { reporter, patient, products, events } = edit;
              void onChange({
                reporter: reporter.trim(),
                patient: split(patient),
                products: split(products),
                events: split(events),
              }).then(done);
            }}
          >
            {(['reporter', 'patient', 'products', 'events'] as const).map((k) => (
              <label key={k}>
                {t(ELEMENT_FIELDS[k])}{' '}
                <input
                  value={edit[k]}
                  onInput={(e) => setEdit({ ...edit, [k]: (e.target as HTMLInputElement).value })}
                />
              </label>
            ))}
            <button type="submit">{t('dash_aeSaveElements')}</button>
          </form>
        )}
      </td>
    </tr>
  );
}
