import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/base.css';
import './dashboard.css';
import { Dashboard } from './Dashboard';
import { keepBackgroundAwake } from '../shared/keep-awake';

render(<Dashboard runtime={browser.runtime} />, document.getElementById('app')!);
keepBackgroundAwake(browser.runtime);
