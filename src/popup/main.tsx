import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/base.css';
import './popup.css';
import { Popup } from './Popup';

render(<Popup runtime={browser.runtime} />, document.getElementById('app')!);
