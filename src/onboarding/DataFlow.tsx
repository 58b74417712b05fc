import { useEffect, useState } from 'preact/hooks';
import { send, type MessageRuntime } from '../messages/protocol';
import { t } from '../shared/i18n';
import { PRIVACY_PATH } from '../ui/HelpLinks';

/** What stays on the device and what can leave it, with the switch for public bio look-ups. */
export function DataFlow({ runtime }: { runtime: MessageRuntime }) {
  // null until the setting is read: the switch is not shown in a state it may not be in.
  const [fetchBios, setFetchBios] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send(runtime, { type: 'settings/get' }).then(
      (s) => setFetchBios(s.fetchBios),
      (e: Error) => setError(e.message),
    );
  }, [runtime]);

  const toggle = (on: boolean) =>
    send(runtime, { type: 'settings/set', patch: { fetchBios: on } }).then(
      (s) => (setFetchBios(s.fetchBios), setError(null)),
      (e: Error) => setError(e.message),
    );

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('onboarding_dataTitle')}</h2>
      <div class="columns">
        <div class="card">
          <h3>{t('onboarding_staysTitle')}</h3>
          <p>{t('onboarding_staysBody')}</p>
        </div>
        <div class="card">
          <h3>{t('onboarding_leavesTitle')}</h3>
          <ul>
            <li>{t('onboarding_leavesSync')}</li>
            <li>
              {t('onboarding_leavesBios')}
              {fetchBios !== null && (
                <label class="switch">
                  <input
                    type="checkbox"
                    checked={fetchBios}
                    onChange={(e) => void toggle(e.currentTarget.checked)}
                  />{' '}
                  {t('onboarding_bioSwitch')}
                </label>
              )}
              <span class="muted hint">{t('onboarding_bioSwitchHint')}</span>
            </li>
          </ul>
        </div>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('onboarding_settingFailed', error)}
        </p>
      )}
      <p>
        <a href={PRIVACY_PATH}>{t('onboarding_privacyLink')}</a>
      </p>
    </section>
  );
}
