// The browser's i18n API as the tests see it: a language's merged catalogue, with Chrome's
// substitution rules ($1…$9 in the message, named placeholders, `$$` for a dollar sign).
import { readCatalogue } from '../../scripts/locales.mjs';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function catalogueApi(lang: string) {
  const messages = readCatalogue(lang) as Record<string, Entry>;
  const fill = (text: string, subs: string[]) =>
    text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return {
    getUILanguage: () => lang,
    getMessage(key: string, subs: string[] = []) {
      const entry = messages[key];
      if (!entry) return '';
      const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content;
        return content === undefined ? '' : fill(content, subs);
      });
      return named
        .split('$$')
        .map((part) => fill(part, subs))
        .join('$');
    },
  };
}
