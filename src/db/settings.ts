import { RULE_PLATFORMS, isRulePlatform, type RulePlatform } from '../platforms/rule-sites';
import { rulesOverrideSchema, type RulesOverride } from '../platforms/rules-schema';
import { PLATFORM_IDS } from '../platforms/types';
import { z } from '../shared/zod';
import { exportOptionsSchema } from '../shared/export-options';

export type RuleOverrides = Partial<Record<RulePlatform, RulesOverride>>;

/**
 * Stored overrides, each checked again on every read: one that no longer validates (a field the
 * schema has since tightened) is dropped alone, and its site runs on the built-in rules.
 */
const storedOverrides = z
  .record(z.string(), z.unknown())
  .catch({})
  .transform((stored): RuleOverrides => {
    const valid: RuleOverrides = {};
    for (const [id, value] of Object.entries(stored)) {
      const parsed = rulesOverrideSchema.safeParse(value);
      if (isRulePlatform(id) && parsed.success && Object.keys(parsed.data).length > 0)
        valid[id] = parsed.data;
    }
    return valid;
  });
import type { LensDb } from './schema';

/** How long what the user only browsed past is kept, unless they choose otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;
const retentionDaysSchema = z.number().int().min(1).max(365);

/** Everything the user can set. Stored values are parsed on every read: a bad one falls back. */
export const settingsSchema = z.object({
  /** How much of an annotated post's text is kept: all of it, or a snippet. */
  textRetention: z.enum(['full', 'snippet']).catch('full').default('full'),
  /** Sites where nothing is inserted into the page: posts are listed in the side panel. */
  panelModeSites: z.array(z.enum(PLATFORM_IDS)).catch([]).default([]),
  /** The user's corrections of a site's rules (dashboard, "Site rules"), by platform. */
  ruleOverrides: storedOverrides.default({}),
  /**
   * Whether the public bio of a Bluesky or Mastodon author whose posts show none is fetched
   * (only the handle is sent, to that network's own API). On unless the user turns it off.
   */
  fetchBios: z.boolean().catch(true).default(true),
  /** Days a post never annotated, and a remembered bio, are kept after last seen. */
  retentionDays: retentionDaysSchema.catch(DEFAULT_RETENTION_DAYS).default(DEFAULT_RETENTION_DAYS),
  /** How exports are written (separator, dates, CSV or .xlsx), as the user last chose. */
  exportOptions: exportOptionsSchema
    .catch(exportOptionsSchema.parse({}))
    .default(exportOptionsSchema.parse({})),
});

/** A change the user asks for: unlike stored values, a bad field is refused, not replaced. */
export const settingsPatchSchema = z.strictObject({
  textRetention: z.enum(['full', 'snippet']).optional(),
  panelModeSites: z.array(z.enum(PLATFORM_IDS)).max(PLATFORM_IDS.length).optional(),
  /** Only the platforms named change: an override replaces that site's, null removes it. */
  ruleOverrides: z.partialRecord(z.enum(RULE_PLATFORMS), rulesOverrideSchema.nullable()).optional(),
  fetchBios: z.boolean().optional(),
  retentionDays: retentionDaysSchema.optional(),
  exportOptions: z
    .strictObject({
      separator: z.enum([',', ';', '\t']),
      dates: z.enum(['iso', 'spreadsheet']),
      format: z.enum(['csv', 'xlsx']),
    })
    .optional(),
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
    const current = await readSettings(db);
    const ruleOverrides = { ...current.ruleOverrides };
    for (const [id, rules] of Object.entries(patch.ruleOverrides ?? {})) {
      if (!isRulePlatform(id)) continue;
      if (rules) ruleOverrides[id] = rules;
      else delete ruleOverrides[id];
    }
    const next = settingsSchema.parse({ ...current, ...patch, ruleOverrides });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

/**
 * The settings as the background, their only writer, last read or saved them: read from the
 * database once, not for every batch of posts seen. Every save goes through `write`.
 */
export class SettingsCache {
  private current: Promise<Settings> | undefined;

  constructor(private db: LensDb) {}

  read(): Promise<Settings> {
    this.current ??= readSettings(this.db).catch((error: unknown) => {
      // A failed read (a blocked upgrade) is not kept: the next request reads again.
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  async write(patch: z.infer<typeof settingsPatchSchema>): Promise<Settings> {
    const saved = await writeSettings(this.db, patch);
    this.current = Promise.resolve(saved);
    return saved;
  }
}
