// The backup file: everything the user made, versioned, checked with zod on the way in. A file
// that is cut short, not ours, or written by a newer HCP Lens is refused whole, with the reason.
import { aeEntrySchema, aeEvidenceSchema } from '../messages/ae-case-schema';
import { annotationPatchSchema, postSnapshotSchema } from '../messages/schemas';
import { PLATFORM_IDS } from '../platforms/types';
import { settingsPatchSchema } from '../db/settings';
import { z } from '../shared/zod';
import { t } from '../shared/i18n';

export const BACKUP_FORMAT = 'hcp-lens-backup';
/**
 * Raised when a released backup's shape changes; older versions stay readable. Version 2 added
 * the AE cases with their audit trails; a version 1 file restores as one without any.
 */
export const BACKUP_VERSION = 2;

const time = z.iso.datetime();

const annotationSchema = annotationPatchSchema.required().extend({
  key: postSnapshotSchema.shape.key,
  annotatedAt: time,
  by: z.string().max(200).optional(),
});

/** An annotated post as it was seen; its verdict is worked out again on restore. */
const postSchema = postSnapshotSchema.extend({ firstSeenAt: time, lastSeenAt: time });

const authorSchema = z.strictObject({
  authorKey: z.string().min(1).max(600),
  platform: z.enum(PLATFORM_IDS),
  name: z.string().max(300),
  handle: z.string().max(300),
  profileUrl: z.string().max(2000),
  headline: z.string().max(2000),
  headlineSeenAt: z.string().max(40),
  hcpOverride: z.boolean().nullable().optional(),
});

const targetSchema = z.strictObject({
  name: z.string().min(1).max(200),
  linkedinUrl: z.string().max(300),
  xHandle: z.string().max(20),
  npi: z.string().max(10),
  specialty: z.string().max(100),
  tier: z.string().max(20),
  owner: z.string().max(100),
});

const targetListSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  importedAt: time,
  targets: z.array(targetSchema).max(50_000),
});

/** A possible-AE case: what the post showed, and every change to it (its audit trail). */
const aeCaseSchema = z
  .strictObject({ evidence: aeEvidenceSchema, trail: z.array(aeEntrySchema).max(5000) })
  .refine((c) => c.trail.every((e) => e.caseKey === c.evidence.key), {
    message: 'an audit entry belongs to another case than the one it is filed under',
  });

const backupV1Schema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: time,
  annotations: z.array(annotationSchema),
  posts: z.array(postSchema),
  authors: z.array(authorSchema),
  targetLists: z.array(targetListSchema),
  /** The user's settings; never team sync's password (team sync is not in a backup at all). */
  settings: settingsPatchSchema,
});

export const backupSchema = backupV1Schema.extend({
  version: z.literal(BACKUP_VERSION),
  aeCases: z.array(aeCaseSchema),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupAnnotation = Backup['annotations'][number];
export type BackupPost = Backup['posts'][number];
export type BackupTargetList = Backup['targetLists'][number];
export type BackupAeCase = Backup['aeCases'][number];

/** A file refused whole; the message says why, in the user's words. */
export class BackupFileError extends Error {}

const header = z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.number().int() });

/** Reads a backup file's text, or throws `BackupFileError` saying why it cannot be restored. */
export function parseBackup(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupFileError(t('bg_backupIncomplete'));
  }
  const head = header.safeParse(raw);
  if (!head.success) {
    throw new BackupFileError(t('bg_backupNotBackup'));
  }
  if (head.data.version > BACKUP_VERSION) {
    throw new BackupFileError(t('bg_backupNewer', [head.data.version, BACKUP_VERSION]));
  }
  const full = (head.data.version === 1 ? backupV1Schema : backupSchema).safeParse(raw);
  if (!full.success) {
    const issue = full.error.issues[0]!;
    throw new BackupFileError(
      t('bg_backupDamaged', `${issue.path.join('.') || 'file'}: ${issue.message}`),
    );
  }
  // A version 1 backup was made before AE cases were kept in one: it restores none.
  return full.data.version === 1
    ? { ...full.data, version: BACKUP_VERSION, aeCases: [] }
    : full.data;
}

/** `hcp-lens-backup-2026-12-01T1030Z.json`. */
export function backupFileName(now: Date): string {
  return `hcp-lens-backup-${now.toISOString().slice(0, 16).replace(':', '')}Z.json`;
}
