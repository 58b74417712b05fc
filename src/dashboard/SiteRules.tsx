import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RulesTestReply } from '../content/rules-test';
import { send, type MessageRuntime } from '../messages/protocol';
import { RULE_PLATFORMS, RULE_SITES, type RulePlatform } from '../platforms/rule-sites';
import { applyOverride } from '../platforms/rules';
import { NETWORK_LABELS } from '../platforms/networks';
import type { RulesOverride } from '../platforms/rules-schema';
import { Notices } from './Notices';
import { RuleForm } from './RuleForm';
import { RuleTestResult } from './RuleTestResult';
import { testOnSnapshot } from './snapshot-test';
import { errorsByField, toForm, toOverride, type Field, type Form } from './rule-fields';

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
          ? `${NETWORK_LABELS[platform]} pages use the built-in rules.`
          : `Saved: ${NETWORK_LABELS[platform]} pages now use your rules.`,
      );
    });

  const reset = () =>
    run(async () => {
      const patch = { ruleOverrides: { [platform]: null } };
      const next = await send(runtime, { type: 'settings/set', patch });
      setSaved(next.ruleOverrides);
      setStatus(`${NETWORK_LABELS[platform]} pages use the built-in rules again.`);
    });

  const hasSaved = !!saved?.[platform];

  /**
   * The rules a snapshot of `p` is tested with: the form's for the network shown (checked first),
   * the saved ones for another network.
   */
  const rulesFor = (p: RulePlatform): RulesOverride => {
    if (p !== platform) return saved?.[p] ?? {};
    if (!validate()) throw new Error('Correct the rules marked below, then test again.');
    return override;
  };

  const testSnapshot = (file: File) =>
    run(async () => {
      setResult(null);
      const outcome = testOnSnapshot(file.name, await file.text(), rulesFor);
      if (!outcome.ok) throw new Error(outcome.error);
      setResult(outcome.result);
    });

  return (
    <section class="site-rules" aria-labelledby="site-rules-title">
      <h2 id="site-rules-title">Site rules</h2>
      <p class="muted">
        How HCP Lens finds posts on a network: CSS selectors for each part of a post, and a pattern
        that takes the post's id from its link. Correct them when a site changed its markup, test
        them on an open tab of that site, then save. Alternatives, tried in order, go one per line.
      </p>
      <Notices error={error} status={status} />
      <label>
        Network{' '}
        <select
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value as RulePlatform)}
        >
          {RULE_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {NETWORK_LABELS[p]}
            </option>
          ))}
        </select>
      </label>{' '}
      <span class="muted" data-testid="rules-state">
        {hasSaved ? 'Using your rules' : 'Using the built-in rules'}
      </span>
      <RuleForm form={form} errors={errors} onChange={setForm} />
      <div class="rules-actions">
        <button type="button" disabled={busy} onClick={() => void test()}>
          Test on open tab
        </button>{' '}
        <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
          Save
        </button>{' '}
        <button type="button" disabled={busy || !hasSaved} onClick={() => void reset()}>
          Reset to built-in
        </button>{' '}
        <label class="button">
          Use a page snapshot to test
          <input
            type="file"
            accept=".json,application/json"
            hidden
            disabled={busy}
            aria-label="Use a page snapshot to test"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void testSnapshot(file);
            }}
          />
        </label>
      </div>
      {result && <RuleTestResult result={result} />}
    </section>
  );
}
