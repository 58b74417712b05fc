import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { AeCaseView } from '../db/ae-records';
import { AE_STATES } from '../db/ae-records';
import { aeSettingsPatchSchema, type AeSettings, type AeSettingsPatch } from '../db/ae-settings';
import { aeChangeSchema, type AeChangeRequest } from '../messages/schemas';
import type { z } from '../shared/zod';
import { isBroadcast, send, type RuntimeWithEvents } from '../messages/protocol';
import { PLATFORM_IDS } from '../platforms/types';
import { BROADCAST_GATHER_MS, coalesce } from '../ui/coalesce';
import { downloadText } from '../ui/download';
import { plural } from '../ui/plural';
import { AeCaseRow } from './AeCaseRow';
import { AeSettingsForm } from './AeSettingsForm';
import { filterCases, isOverdue, NO_FILTERS, type AeFilters } from './ae-filters';
import { Notices } from './Notices';

/** The first problem zod finds, in words for the form ("pvInbox: not an e-mail address"). */
function problem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'not accepted'}`;
}

const STATE_LABELS = { new: 'New', forwarded: 'Forwarded to PV', dismissed: 'Not an AE' };

export interface AeQueueProps {
  runtime: RuntimeWithEvents;
  /** Puts text on the clipboard (the browser's, unless a test passes another). */
  copy?: (text: string) => Promise<void>;
  now?: () => Date;
}

/**
 * The adverse-event queue: every possible AE met while browsing (flagged or reported), its age
 * since day zero, the reviewer's decision on it, and the hand-off to pharmacovigilance.
 */
export function AeQueue({
  runtime,
  copy = (text) => navigator.clipboard.writeText(text),
  now = () => new Date(),
}: AeQueueProps) {
  const [cases, setCases] = useState<AeCaseView[] | null>(null);
  const [settings, setSettings] = useState<AeSettings | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [filters, setFilters] = useState<AeFilters>({ ...NO_FILTERS, state: 'new' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const load = useCallback(
    () =>
      send(runtime, { type: 'ae/list' }).then(
        (r) => (setCases(r.cases), setSettings(r.settings), setRefused(r.refused)),
        (e: Error) => setError(e.message),
      ),
    [runtime],
  );
  useEffect(() => {
    void load();
    const reload = coalesce(() => void load(), BROADCAST_GATHER_MS);
    const onMessage = (m: unknown) => isBroadcast(m) && m.type === 'ae/changed' && reload();
    runtime.onMessage.addListener(onMessage);
    return () => {
      reload.cancel();
      runtime.onMessage.removeListener?.(onMessage);
    };
  }, [runtime, load]);

  const at = now();
  const alertHours = settings?.alertHours ?? 24;
  const shown = useMemo(
    () => filterCases(cases ?? [], filters, at, alertHours),
    // The age filter is read against the time of the last load or change, not every second.
    [cases, filters, alertHours],
  );
  const open = (cases ?? []).filter((v) => v.case.state === 'new');
  const overdue = open.filter((v) => isOverdue(v, at, alertHours)).length;

  const change = (key: string, c: AeChangeRequest) => {
    const bad = problem(aeChangeSchema, c);
    if (bad) return Promise.resolve((setError(`Not saved: ${bad}.`), false));
    return send(runtime, { type: 'ae/change', key, change: c }).then(
      (view) => {
        setCases((old) => (old ?? []).map((v) => (v.case.key === key ? view : v)));
        setError(null);
        return true;
      },
      (e: Error) => (setError(e.message), false),
    );
  };
  const copyText = (text: string) =>
    copy(text).then(
      () => (setStatus('Copied for PV: paste it into your PV report.'), true),
      (e: Error) => (setError(`Could not copy: ${e.message}`), false),
    );
  const exportAs = async (format: 'csv' | 'json') => {
    const keys = selected.size ? [...selected] : shown.map((v) => v.case.key);
    try {
      const r = await send(runtime, { type: 'ae/export', format, keys });
      downloadText(r.filename, r.content, r.mime);
      setStatus(`Exported ${plural(r.rows, 'case')} as ${format.toUpperCase()}.`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const saveSettings = (patch: AeSettingsPatch) => {
    const bad = problem(aeSettingsPatchSchema, patch);
    if (bad) return Promise.resolve(setError(`Settings not saved: ${bad}.`));
    return send(runtime, { type: 'ae/settings/set', patch }).then(
      (s) => (setSettings(s), setStatus('Settings saved.')),
      (e: Error) => void setError(e.message),
    );
  };
  const set = (patch: Partial<AeFilters>) => setFilters({ ...filters, ...patch });
  const select = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };

  return (
    <section aria-labelledby="ae-title" class="ae-queue">
      <h2 id="ae-title">Adverse events</h2>
      <p class="muted" data-testid="ae-summary">
        {cases
          ? `${plural(open.length, 'new case')} to decide${overdue ? `, ${overdue} past ${alertHours} h` : ''}.`
          : 'Loading…'}{' '}
        Forward each possible adverse event to pharmacovigilance, or say why it is not one.
      </p>
      <Notices error={error} status={status} />
      {refused.length > 0 && (
        <p class="error" role="alert">
          Team cases not read: {refused.join('; ')}
        </p>
      )}
      <div class="toolbar">
        <select
          aria-label="State"
          value={filters.state}
          onChange={(e) =>
            set({ state: (e.target as HTMLSelectElement).value as AeFilters['state'] })
          }
        >
          <option value="">All states</option>
          {AE_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_LABELS[s]}
            </option>
          ))}
        </select>
        <select
          aria-label="Age"
          value={filters.age}
          onChange={(e) => set({ age: (e.target as HTMLSelectElement).value as AeFilters['age'] })}
        >
          <option value="">Any age</option>
          <option value="overdue">New, past {alertHours} h</option>
          <option value="recent">Not past {alertHours} h</option>
        </select>
        <input
          type="search"
          aria-label="Product"
          placeholder="Product"
          value={filters.product}
          onInput={(e) => set({ product: (e.target as HTMLInputElement).value })}
        />
        <select
          aria-label="Platform"
          value={filters.platform}
          onChange={(e) =>
            set({ platform: (e.target as HTMLSelectElement).value as AeFilters['platform'] })
          }
        >
          <option value="">All networks</option>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <button onClick={() => void exportAs('csv')} disabled={!shown.length && !selected.size}>
          Export {selected.size ? 'selection' : 'shown'} as CSV
        </button>
        <button onClick={() => void exportAs('json')} disabled={!shown.length && !selected.size}>
          Export as JSON
        </button>
        <span class="muted">
          {cases ? `${shown.length} of ${plural(cases.length, 'case')}` : ''}
        </span>
      </div>
      {cases && shown.length > 0 && (
        <table class="ae-table">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label="Select all shown"
                  checked={shown.every((v) => selected.has(v.case.key))}
                  onChange={(e) =>
                    setSelected(
                      (e.target as HTMLInputElement).checked
                        ? new Set(shown.map((v) => v.case.key))
                        : new Set(),
                    )
                  }
                />
              </th>
              <th>Age</th>
              <th>Case</th>
              <th>Post</th>
              <th>State</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <AeCaseRow
                key={v.case.key}
                view={v}
                now={at}
                alertHours={alertHours}
                pvInbox={settings?.pvInbox ?? ''}
                selected={selected.has(v.case.key)}
                onSelect={(on) => select(v.case.key, on)}
                onChange={(c) => change(v.case.key, c)}
                onCopy={copyText}
              />
            ))}
          </tbody>
        </table>
      )}
      {cases && shown.length === 0 && <p class="muted">No case matches.</p>}
      {settings && <AeSettingsForm settings={settings} onSave={saveSettings} />}
    </section>
  );
}
