import { useState } from 'preact/hooks';
import { ageHours, type AeCaseView } from '../db/ae-records';
import { auditLine, pvMailto, pvText } from '../export/ae-export';
import type { AeChangeRequest } from '../messages/schemas';
import { formatAge, isOverdue } from './ae-filters';

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
          aria-label={`Select case ${c.key}`}
          checked={selected}
          onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
        />
      </td>
      <td>
        <span class="ae-age" title={`Day zero ${c.firstSeenAt}`}>
          {formatAge(ageHours(c, now))}
        </span>
        {overdue && <div class="ae-overdue">past {alertHours} h</div>}
        <div class="muted">{c.firstSeenAt.slice(0, 16).replace('T', ' ')} UTC</div>
      </td>
      <td>
        <div>
          <b>Reporter:</b> {c.reporter || '—'}
        </div>
        <div>
          <b>Patient:</b> {c.patient.join('; ') || '—'}
        </div>
        <div>
          <b>Product:</b> {c.products.join('; ') || '—'}
        </div>
        <div>
          <b>Event:</b> {c.events.join('; ') || '—'}
        </div>
        <div class="muted">
          {c.platform} · {c.language} · {c.origin === 'reported' ? 'reported by a user' : 'flagged'}
        </div>
      </td>
      <td class="text">
        {c.text.length > SNIPPET ? `${c.text.slice(0, SNIPPET)}…` : c.text || '(text not kept)'}{' '}
        {/^https:\/\//.test(c.url) && (
          <a href={c.url} target="_blank" rel="noreferrer noopener">
            open
          </a>
        )}
      </td>
      <td>
        <span class={`ae-state ${c.state}`} data-testid="ae-state">
          {c.state === 'new' ? 'New' : c.state === 'forwarded' ? 'Forwarded to PV' : 'Not an AE'}
        </span>
        {c.state === 'forwarded' && (
          <div class="muted">
            {c.caseRef ? `ref ${c.caseRef} · ` : ''}by {c.forwardedBy} ·{' '}
            {c.forwardedAt.slice(0, 16)}
          </div>
        )}
        {c.state === 'dismissed' && <div class="muted">{c.dismissReason}</div>}
        <details>
          <summary>History ({view.trail.length})</summary>
          <ol class="ae-trail">
            {view.trail.map((e) => (
              <li key={e.id}>{auditLine(e)}</li>
            ))}
          </ol>
        </details>
      </td>
      <td class="ae-actions">
        <button type="button" onClick={() => void onCopy(pvText(view))}>
          Copy for PV
        </button>
        <button type="button" onClick={() => toggle('forward')}>
          Forward to PV…
        </button>
        <button type="button" onClick={() => toggle('dismiss')}>
          Not an AE…
        </button>
        <button type="button" onClick={() => toggle('edit')}>
          Edit elements…
        </button>
        {c.state !== 'new' && (
          <button type="button" onClick={() => void onChange({ state: 'new' })}>
            Reopen
          </button>
        )}
        {open === 'forward' && (
          <form
            class="ae-form"
            aria-label="Forward to PV"
            onSubmit={(e) => {
              e.preventDefault();
              void forward(ref).then(done);
            }}
          >
            <label>
              PV case reference (optional){' '}
              <input
                value={ref}
                maxLength={200}
                onInput={(e) => setRef((e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="submit">Mark forwarded</button>
            <button
              type="button"
              onClick={() => void onCopy(pvText(view)).then((ok) => ok && forward(ref).then(done))}
            >
              Copy and mark forwarded
            </button>
            {pvInbox && (
              <a
                class="button"
                href={pvMailto(pvInbox, view)}
                onClick={() => void forward(ref).then(done)}
              >
                E-mail {pvInbox} and mark forwarded
              </a>
            )}
          </form>
        )}
        {open === 'dismiss' && (
          <form
            class="ae-form"
            aria-label="Not an adverse event"
            onSubmit={(e) => {
              e.preventDefault();
              void onChange({ state: 'dismissed', dismissReason: reason }).then(done);
            }}
          >
            <label>
              Why is this not an adverse event?{' '}
              <input
                value={reason}
                required
                maxLength={1000}
                onInput={(e) => setReason((e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="submit">Dismiss</button>
          </form>
        )}
        {open === 'edit' && (
          <form
            class="ae-form"
            aria-label="Case elements"
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
                {k[0]!.toUpperCase() + k.slice(1)}
                {k === 'reporter' ? '' : ' (separate with ;)'}{' '}
                <input
                  value={edit[k]}
                  onInput={(e) => setEdit({ ...edit, [k]: (e.target as HTMLInputElement).value })}
                />
              </label>
            ))}
            <button type="submit">Save elements</button>
          </form>
        )}
      </td>
    </tr>
  );
}
