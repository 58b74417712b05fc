import { render } from 'preact';
import '../ui/base.css';
import '../ui/guide-page.css';
import { t, uiLanguage } from '../shared/i18n';
import { PrivacyPage } from './PrivacyPage';

document.documentElement.lang = uiLanguage();
document.title = t('privacy_pageTitle');

render(<PrivacyPage />, document.getElementById('app')!);
