// The AE queue's own settings, kept apart from the general ones (and from the retention of posts
// seen, which never applies to AE cases).
import { z } from '../shared/zod';
import type { LensDb } from './schema';

export const AE_SETTINGS_KEY = 'aeIntake';

/** Stored values are parsed on every read: a bad one falls back to its default. */
export const aeSettingsSchema = z.object({
  /** The name written in the audit trail for this user's changes (else the sync user name). */
  reviewer: z.string().max(200).catch('').default(''),
  /** A case still new this many hours after day zero is highlighted. */
  alertHours: z.number().int().min(1).max(720).catch(24).default(24),
  /** The PV team's inbox: "E-mail PV" opens a pre-filled draft to it; '' hides the button. */
  pvInbox: z.string().max(320).catch('').default(''),
  /** Days a forwarded or dismissed case stays here (with its trail) before it is deleted. */
  closedRetentionDays: z.number().int().min(1).max(3650).catch(90).default(90),
});
export type AeSettings = z.infer<typeof aeSettingsSchema>;

/** A change the user asks for: a bad field is refused with its reason, not replaced. */
export const aeSettingsPatchSchema = z.strictObject({
  reviewer: z.string().trim().max(200).optional(),
  alertHours: z.number().int().min(1, 'at least 1 hour').max(720, 'at most 720 hours').optional(),
  pvInbox: z.union([z.literal(''), z.email('not an e-mail address').max(320)]).optional(),
  closedRetentionDays: z
    .number()
    .int()
    .min(1, 'at least 1 day')
    .max(3650, 'at most 3650 days')
    .optional(),
});
export type AeSettingsPatch = z.infer<typeof aeSettingsPatchSchema>;

export async function readAeSettings(db: LensDb): Promise<AeSettings> {
  const stored = await db.settings.get(AE_SETTINGS_KEY);
  const parsed = aeSettingsSchema.safeParse(stored?.value ?? {});
  return parsed.success ? parsed.data : aeSettingsSchema.parse({});
}

export async function writeAeSettings(db: LensDb, patch: AeSettingsPatch): Promise<AeSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = aeSettingsSchema.parse({ ...(await readAeSettings(db)), ...patch });
    await db.settings.put({ key: AE_SETTINGS_KEY, value: next });
    return next;
  });
}
