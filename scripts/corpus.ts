/**
 * Reads a labelled corpus (taxonomy §4) for `classify` and `eval`. Every line is validated before
 * anything is returned, so a malformed line stops the run instead of yielding half a result.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORIES } from '../src/classify/types';
import { PLATFORM_IDS } from '../src/platforms/types';
import type { ClassifyInput } from '../src/classify/types';
import type { GoldLabels } from '../src/classify/metrics';

// The extension CSP forbids `new Function`; keep zod off its JIT path here too.
z.config({ jitless: true });

/** Input fields are required; labels are optional so an unlabelled file can still be classified. */
export const CorpusLine = z.object({
  id: z.string().min(1),
  platform: z.enum(PLATFORM_IDS),
  author_name: z.string(),
  author_handle: z.string().optional(),
  author_headline: z.string(),
  text: z.string(),
  is_hcp: z.boolean().optional(),
  trainee: z.boolean().optional(),
  industry: z.boolean().optional(),
  specialty: z.string().optional(),
  category: z.enum(CATEGORIES).optional(),
  secondary: z.enum(CATEGORIES).nullable().optional(),
  ae: z.boolean().optional(),
});
export type CorpusLine = z.infer<typeof CorpusLine>;

export class CorpusError extends Error {}

export function parseCorpus(content: string, source = 'corpus'): CorpusLine[] {
  const rows: CorpusLine[] = [];
  const errors: string[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      errors.push(`${source}:${i + 1}: not valid JSON (${(e as Error).message})`);
      return;
    }
    const parsed = CorpusLine.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((iss) => `${iss.path.join('.') || '(line)'}: ${iss.message}`)
        .join('; ');
      errors.push(`${source}:${i + 1}: ${issues}`);
      return;
    }
    rows.push(parsed.data);
  });
  if (errors.length > 0) throw new CorpusError(errors.join('\n'));
  return rows;
}

export function readCorpus(path: string): CorpusLine[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CorpusError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseCorpus(content, path);
}

/** The corpus named by the command's first argument; prints `usage` or the error and exits otherwise. */
export function readCorpusArg(usage: string): { path: string; rows: CorpusLine[] } {
  const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!path) fail(`usage: ${usage}`);
  try {
    return { path, rows: readCorpus(path) };
  } catch (e) {
    if (e instanceof CorpusError) fail(e.message);
    throw e;
  }
}

/** A row's gold labels; exits with the row's id when any is missing (for `eval`). */
export function goldOrExit(row: CorpusLine, path: string): GoldLabels {
  const g = toGold(row);
  if (Array.isArray(g)) fail(`${path}: ${row.id} has no gold label for ${g.join(', ')}`);
  return g;
}

export function toInput(row: CorpusLine): ClassifyInput {
  return {
    platform: row.platform,
    authorName: row.author_name,
    authorHeadline: row.author_headline,
    text: row.text,
    ...(row.author_handle !== undefined ? { authorHandle: row.author_handle } : {}),
  };
}

/** Gold labels of a row, or a list of the missing ones. */
export function toGold(row: CorpusLine): GoldLabels | string[] {
  const missing = (
    ['is_hcp', 'trainee', 'industry', 'specialty', 'category', 'ae'] as const
  ).filter((k) => row[k] === undefined);
  if (missing.length > 0) return [...missing];
  return {
    isHcp: row.is_hcp!,
    trainee: row.trainee!,
    industry: row.industry!,
    specialty: row.specialty!,
    category: row.category!,
    ae: row.ae!,
  };
}

/** Prints the error and exits non-zero; used by every command. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
