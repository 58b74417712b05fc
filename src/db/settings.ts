import { PLATFORM_IDS } from '../platforms/types';
import { z } from '../shared/zod';
import type { LensDb } from './schema';

/** Everything the user can set. Stored values are parsed on every read: a bad one falls back. */
export const settingsSchema = z.object({
  /** How much of an annotated post's text is kept: all of it, or a snippet. */
  textRetention: z.enum(['full', 'snippet']).catch('full').default('full'),
  /** Sites where nothing is inserted into the page: posts are listed in the side panel. */
  panelModeSites: z.array(z.enum(PLATFORM_IDS)).catch([]).default([]),
});

/** A change the user asks for: unlike stored values, a bad field is refused, not replaced. */
export const settingsPatchSchema = z.strictObject({
  textRetention: z.enum(['full', 'snippet']).optional(),
  panelModeSites: z.array(z.enum(PLATFORM_IDS)).max(PLATFORM_IDS.length).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type TextRetention = Settings['textRetention'];

const KEY = 'settings';

export async function readSettings(db: LensDb): Promise<Settings> {
  const stored = await db.settings.get(KEY);
  const parsed = settingsSchema.safeParse(stored?.value ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function writeSettings(
  db: LensDb,
  patch: z.infer<typeof settingsPatchSchema>,
): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
