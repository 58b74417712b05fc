import { useState } from 'preact/hooks';
import type { AeSettings, AeSettingsPatch } from '../db/ae-settings';
import { t } from '../shared/i18n';

/** The queue's settings: who the trail names, the alert age, the PV inbox, how long closed cases stay. */
export function AeSettingsForm({
  settings,
  onSave,
}: {
  settings: AeSettings;
  onSave: (patch: AeSettingsPatch) => Promise<void>;
}) {
  const [draft, setDraft] = useState(settings);
  const field = (name: keyof AeSettings, number = false) => ({
    value: String(draft[name]),
    onInput: (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      setDraft({ ...draft, [name]: number ? Number(raw) : raw });
    },
  });
  return (
    <details class="ae-settings">
      <summary>{t('dash_aeSettings')}</summary>
      {/* Checked by the same schema as the background's, which names the field at fault. */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(draft);
        }}
      >
        <label>
          {t('dash_aeReviewer')} <input {...field('reviewer')} maxLength={200} />
        </label>
        <label>
          {t('dash_aeAlertHours')}{' '}
          <input type="number" min={1} max={720} {...field('alertHours', true)} />
        </label>
        <label>
          {t('dash_aePvInbox')} <input type="email" {...field('pvInbox')} maxLength={320} />
        </label>
        <label>
          {t('dash_aeRetention')}{' '}
          <input type="number" min={1} max={3650} {...field('closedRetentionDays', true)} />
        </label>
        <button type="submit">{t('dash_aeSaveSettings')}</button>
      </form>
    </details>
  );
}
