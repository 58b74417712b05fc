// How the user likes exports written: remembered in the settings (db/settings.ts).
import { z } from './zod';

/** Comma; semicolon for a German or French Excel, which splits on it; tab. */
export const SEPARATORS = [',', ';', '\t'] as const;

export const exportOptionsSchema = z.object({
  separator: z.enum(SEPARATORS).catch(',').default(','),
  /** `iso`: 2026-11-24T09:05:00.000Z; `spreadsheet`: 2026-11-24 09:05:00, read as a date. */
  dates: z.enum(['iso', 'spreadsheet']).catch('iso').default('iso'),
  format: z.enum(['csv', 'xlsx']).catch('csv').default('csv'),
});

export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  separator: ',',
  dates: 'iso',
  format: 'csv',
};
