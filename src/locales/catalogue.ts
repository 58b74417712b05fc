// The languages HCP Lens speaks. Each has one folder of `<area>.json` files in Chrome's
// messages.json format; the build (scripts/locales.mjs) merges a folder into
// `_locales/<lang>/messages.json`, so areas can grow without everyone editing one file.
import { z } from 'zod';

export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** One area file: Chrome and Firefox accept only these characters in a message name. */
export const messageFile = z.record(
  z.string().regex(/^[A-Za-z0-9_@]+$/, 'a message name may hold only letters, digits, _ and @'),
  z.object({
    message: z.string().min(1, 'a message may not be empty'),
    description: z.string().optional(),
    placeholders: z.record(z.string(), z.object({ content: z.string() })).optional(),
  }),
);
export type MessageFile = z.infer<typeof messageFile>;
