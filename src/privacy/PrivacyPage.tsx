import { t, type MessageKey } from '../shared/i18n';
import { SETTINGS_PATH } from '../ui/HelpLinks';

interface Part {
  id: string;
  title: MessageKey;
  intro?: MessageKey;
  items: MessageKey[];
}

/** Read, kept, sent: each sentence checked against what the code does (see README, Permissions). */
const PARTS: Part[] = [
  {
    id: 'read',
    title: 'privacy_readTitle',
    items: ['privacy_readPosts', 'privacy_readBios', 'privacy_readNothingElse'],
  },
  {
    id: 'kept',
    title: 'privacy_keptTitle',
    intro: 'privacy_keptIntro',
    items: [
      'privacy_keptAnnotated',
      'privacy_keptBrowsed',
      'privacy_keptBios',
      'privacy_keptAe',
      'privacy_keptOther',
    ],
  },
  {
    id: 'sent',
    title: 'privacy_sentTitle',
    intro: 'privacy_sentNothing',
    items: ['privacy_sentSync', 'privacy_sentBios', 'privacy_sentNever'],
  },
];

/** What HCP Lens reads, keeps and sends, in the browser's language. */
export function PrivacyPage() {
  return (
    <main class="guide">
      <header>
        <h1>{t('privacy_pageTitle')}</h1>
        <p class="lead">{t('privacy_intro')}</p>
      </header>
      {PARTS.map((part) => (
        <section key={part.id} id={part.id} aria-labelledby={`${part.id}-title`}>
          <h2 id={`${part.id}-title`}>{t(part.title)}</h2>
          {part.intro && <p>{t(part.intro)}</p>}
          <ul>
            {part.items.map((item) => (
              <li key={item}>{t(item)}</li>
            ))}
          </ul>
        </section>
      ))}
      <footer>
        <p>{t('privacy_settingsHint')}</p>
        <p>
          <a href={SETTINGS_PATH}>{t('privacy_openSettings')}</a>
        </p>
      </footer>
    </main>
  );
}
