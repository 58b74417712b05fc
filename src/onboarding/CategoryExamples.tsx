import type { Category } from '../classify/types';
import { t, type MessageKey } from '../shared/i18n';
import { CATEGORY_COLORS, CATEGORY_KEYS } from '../ui/labels';

type Named = Exclude<Category, 'none'>;

/** The five categories of the taxonomy, each with what it covers and an example post. */
const CATEGORY_TEXT: Record<Named, { name: MessageKey; about: MessageKey; example: MessageKey }> = {
  collaborating: {
    name: 'onboarding_catCollaboratingName',
    about: 'onboarding_catCollaboratingAbout',
    example: 'onboarding_catCollaboratingExample',
  },
  communicating: {
    name: 'onboarding_catCommunicatingName',
    about: 'onboarding_catCommunicatingAbout',
    example: 'onboarding_catCommunicatingExample',
  },
  connecting: {
    name: 'onboarding_catConnectingName',
    about: 'onboarding_catConnectingAbout',
    example: 'onboarding_catConnectingExample',
  },
  creating: {
    name: 'onboarding_catCreatingName',
    about: 'onboarding_catCreatingAbout',
    example: 'onboarding_catCreatingExample',
  },
  catalyzing: {
    name: 'onboarding_catCatalyzingName',
    about: 'onboarding_catCatalyzingAbout',
    example: 'onboarding_catCatalyzingExample',
  },
};

/** In the order of their keys, so the list teaches the keys too. */
const ORDER = Object.entries(CATEGORY_KEYS)
  .filter(([, c]) => c !== 'none')
  .sort(([a], [b]) => a.localeCompare(b)) as [string, Named][];

export function CategoryExamples() {
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('onboarding_categoriesTitle')}</h2>
      <p>{t('onboarding_categoriesIntro')}</p>
      <ol class="categories">
        {ORDER.map(([key, category]) => {
          const text = CATEGORY_TEXT[category];
          return (
            <li key={category} style={{ borderLeftColor: CATEGORY_COLORS[category] }}>
              <h3>
                <kbd>{key}</kbd> {t(text.name)}
              </h3>
              <p>{t(text.about)}</p>
              <blockquote aria-label={t('onboarding_exampleLabel')}>{t(text.example)}</blockquote>
              <p class="muted">{t('onboarding_csvValue', category)}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
