import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../db/settings';
import { send, type RuntimeWithEvents } from '../messages/protocol';
import { plural } from '../ui/plural';
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
      <h2 id="privacy-title">Privacy</h2>
      <p class="muted">
        Posts you never annotate keep only their verdict and when they were seen, not their text,
        address or author, and are removed after the period below, with the bios remembered from
        that long ago. Nothing leaves this browser unless you connect team sync (below), apart from
        the handles of authors whose bio is looked up (below).
      </p>
      <Notices error={error} />
      {settings && (
        <>
          <fieldset>
            <legend>Text kept for annotated posts</legend>
            <label>
              <input
                type="radio"
                name="retention"
                checked={settings.textRetention === 'full'}
                onChange={() => void save({ textRetention: 'full' })}
              />{' '}
              The whole post
            </label>
            <label>
              <input
                type="radio"
                name="retention"
                checked={settings.textRetention === 'snippet'}
                onChange={() => void save({ textRetention: 'snippet' })}
              />{' '}
              A snippet (the first 280 characters)
            </label>
          </fieldset>
          <label>
            Keep posts you did not annotate, and remembered bios, for{' '}
            <select
              value={String(settings.retentionDays)}
              onChange={(e) => void save({ retentionDays: Number(e.currentTarget.value) })}
            >
              {choices.map((days) => (
                <option key={days} value={String(days)}>
                  {plural(days, 'day')}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {settings && (
        <fieldset>
          <legend>Bios of Bluesky and Mastodon authors</legend>
          <label>
            <input
              type="checkbox"
              checked={settings.fetchBios}
              onChange={(e) => void save({ fetchBios: e.currentTarget.checked })}
            />{' '}
            Fetch the public bio of authors whose posts show none
          </label>
          <p class="muted">
            Timelines show no bio, so HCP Lens asks for it: only the author’s handle is sent, to
            Bluesky’s public API or to the Mastodon instance you are on. Bios are kept 7 days.
          </p>
        </fieldset>
      )}
      <ClearHistory runtime={runtime} />
    </section>
  );
}
