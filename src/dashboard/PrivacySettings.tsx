import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../db/settings';
import { send, type RuntimeWithEvents } from '../messages/protocol';
import { t, tn } from '../shared/i18n';
import { ClearHistory } from './ClearHistory';
import { Notices } from './Notices';

/** Retention periods offered, in days. */
const RETENTION_CHOICES = [7, 30, 90, 365];

/** How much of what the user browses HCP Lens keeps, and for how long. */
export function PrivacySettings({ runtime }: { runtime: RuntimeWithEvents }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send(runtime, { type: 'settings/get' }).then(setSettings, (e: Error) => setError(e.message));
  }, [runtime]);

  const save = (patch: Partial<Pick<Settings, 'textRetention' | 'retentionDays' | 'fetchBios'>>) =>
    send(runtime, { type: 'settings/set', patch }).then(setSettings, (e: Error) =>
      setError(e.message),
    );
  const choices = settings
    ? [...new Set([...RETENTION_CHOICES, settings.retentionDays])].sort((a, b) => a - b)
    : RETENTION_CHOICES;

  return (
    <section aria-labelledby="privacy-title" class="privacy">
      <h2 id="privacy-title">{t('set_privacyTitle')}</h2>
      <p class="muted">{t('set_privacyIntro')}</p>
      <Notices error={error} />
      {settings && (
        <>
          <fieldset>
            <legend>{t('set_privacyTextKept')}</legend>
            <label>
              <input
                type="radio"
                name="retention"
                checked={settings.textRetention === 'full'}
                onChange={() => void save({ textRetention: 'full' })}
              />{' '}
              {t('set_privacyWholePost')}
            </label>
            <label>
              <input
                type="radio"
                name="retention"
                checked={settings.textRetention === 'snippet'}
                onChange={() => void save({ textRetention: 'snippet' })}
              />{' '}
              {t('set_privacySnippet')}
            </label>
          </fieldset>
          <label>
            {t('set_privacyKeepFor')}{' '}
            <select
              value={String(settings.retentionDays)}
              onChange={(e) => void save({ retentionDays: Number(e.currentTarget.value) })}
            >
              {choices.map((days) => (
                <option key={days} value={String(days)}>
                  {tn('set_days', days)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {settings && (
        <fieldset>
          <legend>{t('set_privacyBios')}</legend>
          <label>
            <input
              type="checkbox"
              checked={settings.fetchBios}
              onChange={(e) => void save({ fetchBios: e.currentTarget.checked })}
            />{' '}
            {t('set_privacyFetchBios')}
          </label>
          <p class="muted">{t('set_privacyFetchBiosNote')}</p>
        </fieldset>
      )}
      <ClearHistory runtime={runtime} />
    </section>
  );
}
