// Every user-facing string goes through here: the browser's own i18n catalogue (`_locales`),
// in the browser's language, with English as the fallback the browser applies itself.
// Works in every context: the bar (content script), popup, side panel, dashboard and background.
import type background from '../locales/en/background.json';
import type a11y from '../locales/en/a11y.json';
import type bar from '../locales/en/bar.json';
import type common from '../locales/en/common.json';
import type curate from '../locales/en/curate.json';
import type dashboard from '../locales/en/dashboard.json';
import type onboarding from '../locales/en/onboarding.json';
import type popup from '../locales/en/popup.json';
import type privacy from '../locales/en/privacy.json';
import type settings from '../locales/en/settings.json';
import type sidepanel from '../locales/en/sidepanel.json';

/** Every message name of the English catalogue (one area file per surface). */
export type MessageKey =
  | keyof typeof a11y
  | keyof typeof background
  | keyof typeof bar
  | keyof typeof common
  | keyof typeof curate
  | keyof typeof dashboard
  | keyof typeof onboarding
  | keyof typeof popup
  | keyof typeof privacy
  | keyof typeof settings
  | keyof typeof sidepanel;

type Substitutions = string | number | readonly (string | number)[];
type Lookup = (key: string, substitutions?: string[]) => string;

interface I18nApi {
  getMessage: Lookup;
  getUILanguage(): string;
}

let source: I18nApi | undefined;

/** Tests (and pages outside the extension) install a catalogue; the extension uses the browser's. */
export function setMessageSource(api: I18nApi | undefined) {
  source = api;
}

function api(): I18nApi | undefined {
  if (source) return source;
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message in the user's language; a missing name shows as `⟦name⟧` so it is seen, not hidden. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const text = api()?.getMessage(key, subs);
  return text ? text : `⟦${key}⟧`;
}

/** The language the browser shows its own interface in (`de`, `fr-CA`, …). */
export function uiLanguage(): string {
  return api()?.getUILanguage() ?? 'en';
}

/**
 * A count in words: `<key>_one`, `<key>_other` (and `_few`, `_many` where a language needs them)
 * chosen by the language's plural rules; `$1` in the message is the formatted count.
 */
export function tn(key: string, count: number, more: readonly (string | number)[] = []): string {
  const rule = new Intl.PluralRules(uiLanguage()).select(count);
  const subs = [formatNumber(count), ...more];
  const exact = api()?.getMessage(`${key}_${rule}`, subs.map(String));
  return exact || t(`${key}_other` as MessageKey, subs);
}

export const formatNumber = (n: number) => n.toLocaleString(uiLanguage());

/**
 * Date formatters kept per language and options: `toLocaleDateString` with a language builds a
 * new one on every call, which a list of a hundred rows drawn every frame of a fast scroll feels.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = uiLanguage();
  const id = `${language} ${JSON.stringify(options)}`;
  let format = dateFormats.get(id);
  if (!format) dateFormats.set(id, (format = new Intl.DateTimeFormat(language, options)));
  return format;
}

/** A day in the browser's language (the date alone unless `options` ask for more). */
export const formatDate = (d: Date | number, options: Intl.DateTimeFormatOptions = {}) =>
  dateFormat(options).format(new Date(d));

export const formatDateTime = (d: Date | number) =>
  dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d));
