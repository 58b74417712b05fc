import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../db/settings';
import { send, type RuntimeWithEvents } from '../messages/protocol';
import { Notices } from './Notices';

/** How much of what the user browses HCP Lens keeps. */
export function PrivacySettings({ runtime }: { runtime: RuntimeWithEvents }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send(runtime, { type: 'settings/get' }).then(setSettings, (e: Error) => setError(e.message));
  }, [runtime]);

  const choose = (textRetention: Settings['textRetention']) =>
    send(runtime, { type: 'settings/set', patch: { textRetention } }).then(
      setSettings,
      (e: Error) => setError(e.message),
    );

  return (
    <section aria-labelledby="privacy-title" class="privacy">
      <h2 id="privacy-title">Privacy</h2>
      <p class="muted">
        Posts you never annotate keep only their key, author and verdict. Nothing leaves this
        browser unless you connect team sync (below).
      </p>
      <Notices error={error} />
      {settings && (
        <fieldset>
          <legend>Text kept for annotated posts</legend>
          <label>
            <input
              type="radio"
              name="retention"
              checked={settings.textRetention === 'full'}
              onChange={() => void choose('full')}
            />{' '}
            The whole post
          </label>
          <label>
            <input
              type="radio"
              name="retention"
              checked={settings.textRetention === 'snippet'}
              onChange={() => void choose('snippet')}
            />{' '}
            A snippet (the first 280 characters)
          </label>
        </fieldset>
      )}
    </section>
  );
}
