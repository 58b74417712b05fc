import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RulesTestReply } from '../content/rules-test';
import { send, type MessageRuntime } from '../messages/protocol';
import { RULE_PLATFORMS, RULE_SITES, type RulePlatform } from '../platforms/rule-sites';
import { applyOverride, selectorList, type SiteRules } from '../platforms/rules';
import { rulesErrors, type RulesOverride } from '../platforms/rules-schema';

const NAMES: Record<RulePlatform, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  doximity: 'Doximity',
};

type Field =
  | 'container'
  | 'authorName'
  | 'authorHeadline'
  | 'authorHandle'
  | 'text'
  | 'permalink'
  | 'idPattern';

/** The rules a user edits; the rest (ads, quoted posts, "…more") stay built-in. */
const FIELDS: { field: Field; label: string; list: boolean; required: boolean; hint: string }[] = [
  {
    field: 'container',
    label: 'Post container',
    list: false,
    required: true,
    hint: 'one element per post',
  },
  { field: 'authorName', label: 'Author name', list: true, required: true, hint: '' },
  {
    field: 'authorHeadline',
    label: 'Author headline',
    list: true,
    required: false,
    hint: 'bio or specialty line',
  },
  {
    field: 'authorHandle',
    label: 'Author handle',
    list: true,
    required: false,
    hint: 'text showing @name',
  },
  { field: 'text', label: 'Post text', list: true, required: true, hint: '' },
  {
    field: 'permalink',
    label: 'Permalink',
    list: true,
    required: true,
    hint: "the post's own link",
  },
  {
    field: 'idPattern',
    label: 'Id pattern',
    list: false,
    required: true,
    hint: 'regular expression on the permalink; group 1 is the id',
  },
];

type Form = Record<Field, string>;

/** Alternatives tried in order are edited one per line. */
function toForm(rules: SiteRules): Form {
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
function toOverride(form: Form, builtIn: SiteRules): RulesOverride {
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

/** rulesErrors' "authorName.1: not a valid CSS selector…" grouped by the field they concern. */
function errorsByField(override: RulesOverride): Partial<Record<Field, string[]>> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const e of rulesErrors(override)) {
    const at = e.indexOf(': ');
    const field = e.slice(0, at).split('.')[0] as Field;
    (out[field] ??= []).push(e.slice(at + 2));
  }
  return out;
}

/**
 * Corrects a site's rules when its markup changed or differs (a Doximity the built-in rules do not
 * know): edit, test on an open tab of that site (nothing on the page changes), then save.
 */
export function SiteRules({ runtime }: { runtime: MessageRuntime }) {
  const [platform, setPlatform] = useState<RulePlatform>('x');
  const [saved, setSaved] = useState<Partial<Record<RulePlatform, RulesOverride>> | null>(null);
  const [form, setForm] = useState<Form>(() => toForm(RULE_SITES.x.rules));
  const [result, setResult] = useState<RulesTestReply | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const builtIn = RULE_SITES[platform].rules;
  const override = useMemo(() => toOverride(form, builtIn), [form, builtIn]);

  useEffect(() => {
    send(runtime, { type: 'settings/get' }).then(
      (s) => setSaved(s.ruleOverrides),
      (e: Error) => setError(e.message),
    );
  }, [runtime]);

  // The form shows what the site runs on now: the saved rules, else the built-in ones. Keyed on
  // this site's saved rules only, so settings arriving late do not wipe an edit in progress.
  const savedRules = saved?.[platform];
  useEffect(() => {
    setForm(toForm(applyOverride(builtIn, savedRules ?? {})));
    setResult(null);
    setErrors({});
  }, [platform, savedRules, builtIn]);

  /** Checked here first: nothing invalid is sent, and each problem shows by its field. */
  const validate = (): boolean => {
    const found = errorsByField(override);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const test = () =>
    validate() &&
    run(async () => {
      setResult(null);
      setResult(await send(runtime, { type: 'rules/test', platform, rules: override }));
    });

  const save = () =>
    validate() &&
    run(async () => {
      const empty = Object.keys(override).length === 0;
      const patch = { ruleOverrides: { [platform]: empty ? null : override } };
      const next = await send(runtime, { type: 'settings/set', patch });
      setSaved(next.ruleOverrides);
      setStatus(
        empty
          ? `${NAMES[platform]} pages use the built-in rules.`
          : `Saved: ${NAMES[platform]} pages now use your rules.`,
      );
    });

  const reset = () =>
    run(async () => {
      const patch = { ruleOverrides: { [platform]: null } };
      const next = await send(runtime, { type: 'settings/set', patch });
      setSaved(next.ruleOverrides);
      setStatus(`${NAMES[platform]} pages use the built-in rules again.`);
    });

  const hasSaved = !!saved?.[platform];

  return (
    <section class="site-rules" aria-labelledby="site-rules-title">
      <h2 id="site-rules-title">Site rules</h2>
      <p class="muted">
        How HCP Lens finds posts on a network: CSS selectors for each part of a post, and a pattern
        that takes the post's id from its link. Correct them when a site changed its markup, test
        them on an open tab of that site, then save. Alternatives, tried in order, go one per line.
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      <label>
        Network{' '}
        <select
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value as RulePlatform)}
        >
          {RULE_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {NAMES[p]}
            </option>
          ))}
        </select>
      </label>{' '}
      <span class="muted" data-testid="rules-state">
        {hasSaved ? 'Using your rules' : 'Using the built-in rules'}
      </span>
      <div class="rules-form">
        {FIELDS.map(({ field, label, list, hint }) => (
          <div key={field} class="rules-field">
            <label for={`rule-${field}`}>{label}</label>
            {list ? (
              <textarea
                id={`rule-${field}`}
                rows={Math.min(4, Math.max(1, form[field].split('\n').length))}
                value={form[field]}
                placeholder={hint ? `${hint} (empty: built-in)` : ''}
                aria-invalid={!!errors[field]}
                onInput={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
              />
            ) : (
              <input
                id={`rule-${field}`}
                type="text"
                value={form[field]}
                aria-invalid={!!errors[field]}
                onInput={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
              />
            )}
            {hint && <span class="muted">{hint}</span>}
            {errors[field]?.map((m) => (
              <span key={m} class="error field-error" data-field-error={field}>
                {m}
              </span>
            ))}
          </div>
        ))}
      </div>
      <div class="rules-actions">
        <button type="button" disabled={busy} onClick={() => void test()}>
          Test on open tab
        </button>{' '}
        <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
          Save
        </button>{' '}
        <button type="button" disabled={busy || !hasSaved} onClick={() => void reset()}>
          Reset to built-in
        </button>
      </div>
      {result && <TestResult result={result} />}
    </section>
  );
}

function TestResult({ result }: { result: RulesTestReply }) {
  const unread = result.containers - result.posts;
  return (
    <div class="rules-result">
      <p data-testid="rules-test-count">
        {result.posts === 1 ? '1 post found' : `${result.posts} posts found`} on {result.tabUrl}
        {unread > 0 &&
          ` (${unread} more matched the container but could not be read: no author name, or no permalink the id pattern matches)`}
      </p>
      {result.sample.length > 0 && (
        <table aria-label="Posts found on the open tab">
          <thead>
            <tr>
              <th>Key</th>
              <th>Author</th>
              <th>Headline</th>
              <th>Text</th>
            </tr>
          </thead>
          <tbody>
            {result.sample.map((p) => (
              <tr key={p.key}>
                <td>{p.key}</td>
                <td>{p.authorName}</td>
                <td>{p.authorHeadline}</td>
                <td class="text">{p.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
