import { selectorList, type SiteRules } from '../platforms/rules';
import { rulesIssues, type RulesOverride } from '../platforms/rules-schema';
import { t, type MessageKey } from '../shared/i18n';

// The site-rules form's fields, and how the form converts to and from a rules override.

export type Field =
  | 'container'
  | 'authorName'
  | 'authorHeadline'
  | 'authorHandle'
  | 'text'
  | 'permalink'
  | 'idPattern';

/**
 * The rules a user edits; the rest (ads, quoted posts, "…more") stay built-in. Labels and hints
 * are message names, read in the user's language when the form is drawn.
 */
export const FIELDS: {
  field: Field;
  label: MessageKey;
  list: boolean;
  required: boolean;
  hint: MessageKey | null;
}[] = [
  {
    field: 'container',
    label: 'set_ruleContainer',
    list: false,
    required: true,
    hint: 'set_ruleContainerHint',
  },
  { field: 'authorName', label: 'set_ruleAuthorName', list: true, required: true, hint: null },
  {
    field: 'authorHeadline',
    label: 'set_ruleAuthorHeadline',
    list: true,
    required: false,
    hint: 'set_ruleAuthorHeadlineHint',
  },
  {
    field: 'authorHandle',
    label: 'set_ruleAuthorHandle',
    list: true,
    required: false,
    hint: 'set_ruleAuthorHandleHint',
  },
  { field: 'text', label: 'set_rulePostText', list: true, required: true, hint: null },
  {
    field: 'permalink',
    label: 'set_rulePermalink',
    list: true,
    required: true,
    hint: 'set_rulePermalinkHint',
  },
  {
    field: 'idPattern',
    label: 'set_ruleIdPattern',
    list: false,
    required: true,
    hint: 'set_ruleIdPatternHint',
  },
];

export type Form = Record<Field, string>;

/** Alternatives tried in order are edited one per line. */
export function toForm(rules: SiteRules): Form {
  const form = {} as Form;
  for (const { field } of FIELDS) {
    const value = rules[field];
    form[field] = typeof value === 'string' ? value : selectorList(value).join('\n');
  }
  return form;
}

/**
 * Only what differs from the built-in rules, so a later fix to the built-in rules still reaches
 * the fields the user did not touch. A cleared optional field falls back to the built-in one;
 * a cleared required field is kept empty, so validation names it.
 */
export function toOverride(form: Form, builtIn: SiteRules): RulesOverride {
  const builtInForm = toForm(builtIn);
  const override: Record<string, string | string[]> = {};
  for (const { field, list, required } of FIELDS) {
    const text = form[field].trim();
    if (text === builtInForm[field].trim() || (!text && !required)) continue;
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    override[field] = list && lines.length > 1 ? lines : (lines[0] ?? '');
  }
  return override as RulesOverride;
}

/** One problem in the user's language; the browser's own words where it gave them (a selector). */
function describeIssue(issue: ReturnType<typeof rulesIssues>[number]): string {
  const params = (issue as { params?: { problem?: string; value?: string; detail?: string } })
    .params;
  if (params?.problem === 'selector')
    return t('set_ruleErrSelector', [params.value ?? '', params.detail ?? '']);
  if (params?.problem === 'pattern') return t('set_ruleErrPattern', params.detail ?? '');
  if (params?.problem === 'unsafe') return t('set_ruleErrUnsafe', params.detail ?? '');
  if (issue.code === 'too_small') return t('set_ruleErrEmpty');
  if (issue.code === 'too_big') return t('set_ruleErrTooLong');
  return issue.message;
}

/** The problems of an override ("authorName.1: not a valid CSS selector…") by the field they concern. */
export function errorsByField(override: RulesOverride): Partial<Record<Field, string[]>> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const issue of rulesIssues(override)) {
    const field = String(issue.path[0] ?? '') as Field;
    (out[field] ??= []).push(describeIssue(issue));
  }
  return out;
}
