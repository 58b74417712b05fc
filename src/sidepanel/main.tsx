import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/base.css';
import './sidepanel.css';
import { OVERLAY_CSS } from '../ui/overlay-styles';
import { SidePanel } from './SidePanel';
import { connectToTab } from './tab-link';
import { t, uiLanguage } from '../shared/i18n';

// The overlay's own styles, scoped to `.lens` so they apply here as they do in the page.
const style = document.createElement('style');
style.textContent = OVERLAY_CSS.replace(/:host\s*\{[^}]*\}/, '');
document.head.append(style);

document.documentElement.lang = uiLanguage();
document.title = t('sidepanel_title');

render(
  <SidePanel runtime={browser.runtime} connect={connectToTab} />,
  document.getElementById('app')!,
);
