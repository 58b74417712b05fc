import type { MessageRuntime } from '../messages/protocol';
import { t, type MessageKey } from '../shared/i18n';
import { BarDemo } from './BarDemo';
import { CategoryExamples } from './CategoryExamples';
import { DataFlow } from './DataFlow';
import { FeatureTour } from './FeatureTour';
import { KeysGuide } from './KeysGuide';

/** The table of contents: each section's heading id and title. */
const SECTIONS: [string, MessageKey][] = [
  ['data-title', 'onboarding_dataTitle'],
  ['categories-title', 'onboarding_categoriesTitle'],
  ['keys-title', 'onboarding_keysTitle'],
  ['demo-title', 'onboarding_demoTitle'],
  ['more-title', 'onboarding_moreTitle'],
];

export interface OnboardingProps {
  /** Reads and sets the bio look-up setting; the bar demo never uses it. */
  runtime: MessageRuntime;
  openDashboard?: () => void;
}

/** The first-run guide: what HCP Lens does, what leaves the device, and how to tag. */
export function Onboarding({ runtime, openDashboard }: OnboardingProps) {
  return (
    <main class="guide">
      <header>
        <h1>{t('onboarding_pageTitle')}</h1>
        <p class="lead">{t('onboarding_intro')}</p>
      </header>
      <nav aria-label={t('onboarding_navLabel')}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <DataFlow runtime={runtime} />
      <CategoryExamples />
      <KeysGuide />
      <BarDemo />
      <FeatureTour />
      <footer>
        <p>{t('onboarding_start')}</p>
        {openDashboard && (
          <button type="button" class="primary" onClick={openDashboard}>
            {t('onboarding_openDashboard')}
          </button>
        )}
      </footer>
    </main>
  );
}
