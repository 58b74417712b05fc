/**
 * Validation of user-provided site rules (a correction made from a saved page). Kept apart from
 * `rules.ts` so zod stays out of the content script: rules are checked here, in the extension's
 * own pages, and only valid ones reach `rulesAdapter`.
 */
import { z } from '../shared/zod';
import { patternSafetyError } from './pattern-safety';
import { applyOverride, type SiteRules, type SiteRulesOverride } from './rules';

const MAX_SELECTOR_CHARS = 500;
const MAX_PATTERN_CHARS = 300;
const MAX_ALTERNATIVES = 8;

/** Whether `sel` parses as a CSS selector list; without a DOM, only a rough shape check. */
export function selectorError(sel: string): string | null {
  if (typeof document !== 'undefined' && typeof document.createDocumentFragment === 'function') {
    try {
      document.createDocumentFragment().querySelector(sel);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  let depth = 0;
  for (const ch of sel) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return 'unbalanced brackets';
  }
  return depth === 0 ? null : 'unbalanced brackets';
}

export function patternError(source: string): string | null {
  try {
    new RegExp(source);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const selector = z
  .string()
  .trim()
  .min(1, 'empty selector')
  .max(MAX_SELECTOR_CHARS)
  .superRefine((sel, ctx) => {
    const error = selectorError(sel);
    if (error)
      ctx.addIssue({
        code: 'custom',
        message: `not a valid CSS selector: ${sel} (${error})`,
        // For the dashboard, which says it in the user's language.
        params: { problem: 'selector', value: sel, detail: error },
      });
  });

const selectorList = z.union([selector, z.array(selector).min(1).max(MAX_ALTERNATIVES)]);

const pattern = z
  .string()
  .min(1)
  .max(MAX_PATTERN_CHARS)
  .superRefine((source, ctx) => {
    const error = patternError(source);
    if (error) {
      ctx.addIssue({
        code: 'custom',
        message: `not a valid regular expression: ${error}`,
        params: { problem: 'pattern', detail: error },
      });
      return;
    }
    const unsafe = patternSafetyError(source);
    if (unsafe)
      ctx.addIssue({
        code: 'custom',
        message: `refused: ${unsafe}`,
        params: { problem: 'unsafe', detail: unsafe },
      });
  });

const hostname = z
  .string()
  .max(253)
  .regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'not a host name');

export const siteRulesSchema = z.strictObject({
  hosts: z.array(hostname).max(20).optional(),
  page: selector.optional(),
  container: selector,
  authorName: selectorList,
  authorHeadline: selectorList.optional(),
  authorHandle: selectorList.optional(),
  authorProfile: selectorList.optional(),
  text: selectorList,
  permalink: selectorList,
  idPattern: pattern,
  key: z
    .string()
    .max(100)
    .regex(/^[a-z]+:[^\s]*\{\w+\}[^\s]*$/, 'a key template such as "x:{id}"'),
  promoted: selectorList.optional(),
  excludeInside: selector.optional(),
  more: selector.optional(),
  context: selectorList.optional(),
  anchor: selectorList.optional(),
  profile: z
    .strictObject({ container: selector, handle: selectorList, bio: selectorList })
    .optional(),
}) satisfies z.ZodType<SiteRules>;

/** What a user may change: any rule but the hosts served and the key (a public contract). */
export const rulesOverrideSchema = siteRulesSchema
  .omit({ hosts: true, key: true })
  .partial() satisfies z.ZodType<SiteRulesOverride>;
export type RulesOverride = z.infer<typeof rulesOverrideSchema>;

/** Why an override is refused: zod's issues, each with its field in `path`. */
export function rulesIssues(input: unknown): z.core.$ZodIssue[] {
  const parsed = rulesOverrideSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues;
}

/** Readable reasons an override is refused, one per problem, with the field it concerns. */
export function rulesErrors(input: unknown): string[] {
  const parsed = rulesOverrideSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.join('.') || '(rules)'}: ${i.message}`);
}

/**
 * Built-in rules with a validated override on top. Throws with every problem listed when the
 * override is not valid, so a bad correction is reported rather than half applied.
 */
export function mergeRules(builtIn: SiteRules, override: unknown): SiteRules {
  const parsed = rulesOverrideSchema.safeParse(override);
  if (!parsed.success) throw new Error(`invalid site rules: ${rulesErrors(override).join('; ')}`);
  return applyOverride(builtIn, parsed.data);
}
