import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/base.css';
import '../ui/guide-page.css';
import { t, uiLanguage } from '../shared/i18n';
import { OVERLAY_CSS } from '../ui/overlay-styles';
import { Onboarding } from './Onboarding';

// The page speaks the browser's language; screen readers are told which.
document.documentElement.lang = uiLanguage();
document.title = t('onboarding_pageTitle');

// The bar's own styles, scoped to `.lens`, so the demo looks as it does in a post.
const style = document.createElement('style');
style.textContent = OVERLAY_CSS.replace(/:host\s*\{[^}]*\}/, '');
document.head.append(style);

render(
  <Onboarding
    runtime={browser.runtime}
    openDashboard={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
