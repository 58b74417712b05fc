import { useEffect, useState } from 'preact/hooks';
import { grantedInstances } from '../platforms/sites';
import { t } from '../shared/i18n';

/** An instance as the field expects it; a host name, the same in every language. */
const EXAMPLE_INSTANCE = 'mastodon.social';

/** The slice of the permissions API this section needs, so tests can pass a fake. */
export interface SitePermissions {
  getAll(): Promise<{ origins?: string[] }>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

/** `mastodon.social`, `https://mastodon.social/@me` → `https://mastodon.social/*`, or null. */
export function instanceOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
    return `https://${url.host}/*`;
  } catch {
    return null;
  }
}

/**
 * Mastodon runs on thousands of domains: the user allows HCP Lens on each instance they use,
 * one at a time, and can withdraw it here.
 */
export function MastodonInstances({
  permissions,
  notInstances = async () => [],
}: {
  permissions: SitePermissions;
  /** Origins granted for another reason (the team sync server), which are no instance. */
  notInstances?: () => Promise<string[]>;
}) {
  const [granted, setGranted] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const load = () =>
    Promise.all([permissions.getAll(), notInstances().catch((): string[] => [])]).then(
      ([{ origins = [] }, others]) => setGranted(grantedInstances(origins, others)),
    );
  useEffect(() => void load(), [permissions, notInstances]);

  const add = (e: Event) => {
    e.preventDefault();
    const origin = instanceOrigin(draft);
    if (!origin) {
      setMessage(t('set_mastodonInvalid', draft));
      return;
    }
    // Asked at once, inside the click: browsers show the prompt only for a user gesture.
    permissions.request({ origins: [origin] }).then(
      (ok) => {
        setMessage(ok ? t('set_mastodonOn', origin.slice(8, -2)) : t('set_mastodonRefused'));
        if (ok) setDraft('');
        void load();
      },
      (err: Error) => setMessage(err.message),
    );
  };

  return (
    <section aria-labelledby="mastodon-title" class="mastodon">
      <h2 id="mastodon-title">{t('set_mastodonTitle')}</h2>
      <form onSubmit={add} class="toolbar">
        <input
          aria-label={t('set_mastodonInstance')}
          placeholder={EXAMPLE_INSTANCE}
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button class="primary" type="submit">
          {t('set_mastodonEnable')}
        </button>
      </form>
      {message && <p role="status">{message}</p>}
      <ul>
        {granted.map((origin) => (
          <li key={origin}>
            {origin.slice(8, -2)}{' '}
            <button
              type="button"
              onClick={() => void permissions.remove({ origins: [origin] }).then(load)}
            >
              {t('set_remove')}
            </button>
          </li>
        ))}
      </ul>
      {granted.length === 0 && <p class="muted">{t('set_mastodonNone')}</p>}
    </section>
  );
}
