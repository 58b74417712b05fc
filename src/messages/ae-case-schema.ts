// A possible-AE case as it crosses a boundary (team sync's documents, a backup file): its evidence
// and its audit trail's entries, checked with zod.
import { AE_FIELDS } from '../db/ae-records';
import { PLATFORM_IDS } from '../platforms/types';
import { z } from '../shared/zod';
import { SNAPSHOT_LIMITS } from './limits';
import { postKeySchema } from './schemas';

const text = (max: number) => z.string().max(max);
const value = z.union([text(1000), z.array(text(200)).max(20)]);
const list = z.array(text(200)).max(20);
export const aeEvidenceSchema = z.strictObject({
  key: postKeySchema,
  platform: z.enum(PLATFORM_IDS),
  url: text(SNAPSHOT_LIMITS.url),
  authorName: text(SNAPSHOT_LIMITS.authorName),
  authorHandle: text(SNAPSHOT_LIMITS.authorHandle),
  authorProfileUrl: text(SNAPSHOT_LIMITS.authorProfileUrl),
  text: text(SNAPSHOT_LIMITS.text),
  language: text(10),
  firstSeenAt: z.iso.datetime(),
  origin: z.enum(['detected', 'reported']),
  found: z.strictObject({
    reporter: text(1000),
    patient: list,
    products: list,
    events: list,
  }),
});
export const aeEntrySchema = z.strictObject({
  id: z.string().min(1).max(200),
  caseKey: postKeySchema,
  at: z.iso.datetime(),
  by: text(200),
  field: z.enum([...AE_FIELDS, 'opened']),
  old: value,
  next: value,
});
