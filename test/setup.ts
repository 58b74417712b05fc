import { z } from 'zod';

// Same setting as the extension: zod must not probe `new Function` (blocked by the extension CSP).
z.config({ jitless: true });

// The English catalogue answers `t()` as the browser would (a test may install another language).
import { setMessageSource } from '../src/shared/i18n';
import { catalogueApi } from './helpers/catalogue';
setMessageSource(catalogueApi('en'));
