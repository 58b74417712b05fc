/** Types of scripts/locales.mjs. */
export type Catalogue = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;
export function readCatalogue(lang: string): Catalogue;
export function localeLanguages(): string[];
export function writeLocales(outDir: string): void;
