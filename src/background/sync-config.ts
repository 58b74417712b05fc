// Team sync's settings as stored: the server, who connects, where the changes feed was left, and
// how the last run went. Kept in the settings table under SYNC_CONFIG_KEY; absent while sync is off.
import { SYNC_CONFIG_KEY, type LensDb } from '../db';
import { originPattern } from '../shared/origin';
import { z } from '../shared/zod';
import { sealedSchema } from './secret-box';

export const configSchema = z.object({
  url: z.string(),
  user: z.string(),
  /** Encrypted (secret-box.ts); a clear string only as versions before stored it, until read. */
  password: z.union([sealedSchema, z.string()]),
  /** The server's change sequence this browser has applied up to. */
  since: z.string().default('0'),
  lastSyncAt: z.string().nullable().default(null),
  sent: z.number().default(0),
  received: z.number().default(0),
  error: z.string().nullable().default(null),
  /** What the last run left out on purpose (its limits), in words for the user. */
  note: z.string().nullable().default(null),
});
export type Config = z.infer<typeof configSchema>;

export async function readConfig(db: LensDb): Promise<Config | null> {
  const parsed = configSchema.safeParse((await db.settings.get(SYNC_CONFIG_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveConfig(db: LensDb, config: Config): Promise<void> {
  await db.settings.put({ key: SYNC_CONFIG_KEY, value: config });
}

/** `https://couch.example.org/*`: the sync server's origin while sync is on, else null. */
export async function syncServerOrigin(db: LensDb): Promise<string | null> {
  const config = await readConfig(db);
  return config ? originPattern(config.url) : null;
}
