import { t } from '../shared/i18n';

/** The extension's own pages, addressed from its root so any extension page can link to them. */
export const GUIDE_PATH = '/src/onboarding/index.html';
export const PRIVACY_PATH = '/src/privacy/index.html';
/** The dashboard's settings view, where Privacy is. */
export const SETTINGS_PATH = '/src/dashboard/index.html#/settings';

/** The first-run guide and the privacy page, reopened from the popup and the dashboard. */
export function HelpLinks() {
  return (
    <p class="help-links">
      <a href={GUIDE_PATH} target="_blank" rel="noopener">
        {t('onboarding_guideLink')}
      </a>
      {' · '}
      <a href={PRIVACY_PATH} target="_blank" rel="noopener">
        {t('privacy_pageLink')}
      </a>
    </p>
  );
}
