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
import { formatNumber, t, tn } from '../shared/i18n';
import { AeCaseRow } from './AeCaseRow';
import { AeSettingsForm } from './AeSettingsForm';
import { filterCases, isOverdue, NO_FILTERS, STATE_LABELS, type AeFilters } from './ae-filters';
import { Notices } from './Notices';

/** The first problem zod finds, in words for the form ("pvInbox: not an e-mail address"). */
function problem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || t('dash_aeProblemValue')}: ${issue?.message ?? t('dash_aeProblemNotAccepted')}`;
}

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
    if (bad) return Promise.resolve((setError(t('dash_aeNotSaved', bad)), false));
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
      () => (setStatus(t('dash_aeCopied')), true),
      (e: Error) => (setError(t('dash_aeCopyFailed', e.message)), false),
    );
  const exportAs = async (format: 'csv' | 'json') => {
    const keys = selected.size ? [...selected] : shown.map((v) => v.case.key);
    try {
      const r = await send(runtime, { type: 'ae/export', format, keys });
      downloadText(r.filename, r.content, r.mime);
      setStatus(tn('dash_aeExported', r.rows, [format.toUpperCase()]));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const saveSettings = (patch: AeSettingsPatch) => {
    const bad = problem(aeSettingsPatchSchema, patch);
    if (bad) return Promise.resolve(setError(t('dash_aeSettingsNotSaved', bad)));
    return send(runtime, { type: 'ae/settings/set', patch }).then(
      (s) => (setSettings(s), setStatus(t('dash_aeSettingsSaved'))),
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
      <h2 id="ae-title">{t('dash_aeTitle')}</h2>
      <p class="muted" data-testid="ae-summary">
        {cases
          ? overdue
            ? tn('dash_aeToDecideOverdue', open.length, [
                formatNumber(overdue),
                formatNumber(alertHours),
              ])
            : tn('dash_aeToDecide', open.length)
          : t('dash_loading')}{' '}
        {t('dash_aeIntro')}
      </p>
      <Notices error={error} status={status} />
      {refused.length > 0 && (
        <p class="error" role="alert">
          {t('dash_aeRefused', refused.join('; '))}
        </p>
      )}
      <div class="toolbar">
        <select
          aria-label={t('dash_aeState')}
          value={filters.state}
          onChange={(e) =>
            set({ state: (e.target as HTMLSelectElement).value as AeFilters['state'] })
          }
        >
          <option value="">{t('dash_aeAllStates')}</option>
          {AE_STATES.map((s) => (
            <option key={s} value={s}>
              {t(STATE_LABELS[s])}
            </option>
          ))}
        </select>
        <select
          aria-label={t('dash_aeAge')}
          value={filters.age}
          onChange={(e) => set({ age: (e.target as HTMLSelectElement).value as AeFilters['age'] })}
        >
          <option value="">{t('dash_aeAnyAge')}</option>
          <option value="overdue">{t('dash_aeAgeOverdue', formatNumber(alertHours))}</option>
          <option value="recent">{t('dash_aeAgeRecent', formatNumber(alertHours))}</option>
        </select>
        <input
          type="search"
          aria-label={t('dash_aeProduct')}
          placeholder={t('dash_aeProduct')}
          value={filters.product}
          onInput={(e) => set({ product: (e.target as HTMLInputElement).value })}
        />
        <select
          aria-label={t('dash_platform')}
          value={filters.platform}
          onChange={(e) =>
            set({ platform: (e.target as HTMLSelectElement).value as AeFilters['platform'] })
          }
        >
          <option value="">{t('dash_allNetworks')}</option>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <button onClick={() => void exportAs('csv')} disabled={!shown.length && !selected.size}>
          {selected.size ? t('dash_aeExportSelection') : t('dash_aeExportShown')}
        </button>
        <button onClick={() => void exportAs('json')} disabled={!shown.length && !selected.size}>
          {t('dash_aeExportJson')}
        </button>
        <span class="muted">
          {cases ? tn('dash_aeShownOf', cases.length, [formatNumber(shown.length)]) : ''}
        </span>
      </div>
      {cases && shown.length > 0 && (
        <table class="ae-table">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label={t('dash_aeSelectAllShown')}
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
              <th>{t('dash_aeAge')}</th>
              <th>{t('dash_aeCase')}</th>
              <th>{t('dash_colPost')}</th>
              <th>{t('dash_aeState')}</th>
              <th>{t('dash_actions')}</th>
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
      {cases && shown.length === 0 && <p class="muted">{t('dash_aeNoMatch')}</p>}
      {settings && <AeSettingsForm settings={settings} onSave={saveSettings} />}
    </section>
  );
}
