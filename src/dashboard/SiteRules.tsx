import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RulesTestReply } from '../content/rules-test';
import { send, type MessageRuntime } from '../messages/protocol';
import { RULE_PLATFORMS, RULE_SITES, type RulePlatform } from '../platforms/rule-sites';
import { applyOverride } from '../platforms/rules';
import { NETWORK_LABELS } from '../platforms/networks';
import type { RulesOverride } from '../platforms/rules-schema';
import { t } from '../shared/i18n';
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
          ? t('set_rulesBuiltInNow', NETWORK_LABELS[platform])
          : t('set_rulesSaved', NETWORK_LABELS[platform]),
      );
    });

  const reset = () =>
    run(async () => {
      const patch = { ruleOverrides: { [platform]: null } };
      const next = await send(runtime, { type: 'settings/set', patch });
      setSaved(next.ruleOverrides);
      setStatus(t('set_rulesBuiltInAgain', NETWORK_LABELS[platform]));
    });

  const hasSaved = !!saved?.[platform];

  /**
   * The rules a snapshot of `p` is tested with: the form's for the network shown (checked first),
   * the saved ones for another network.
   */
  const rulesFor = (p: RulePlatform): RulesOverride => {
    if (p !== platform) return saved?.[p] ?? {};
    if (!validate()) throw new Error(t('set_rulesCorrectFirst'));
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
      <h2 id="site-rules-title">{t('set_rulesTitle')}</h2>
      <p class="muted">{t('set_rulesIntro')}</p>
      <Notices error={error} status={status} />
      <label>
        {t('set_rulesNetwork')}{' '}
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
        {hasSaved ? t('set_rulesUsingYours') : t('set_rulesUsingBuiltIn')}
      </span>
      <RuleForm form={form} errors={errors} onChange={setForm} />
      <div class="rules-actions">
        <button type="button" disabled={busy} onClick={() => void test()}>
          {t('set_rulesTest')}
        </button>{' '}
        <button type="button" class="primary" disabled={busy} onClick={() => void save()}>
          {t('set_save')}
        </button>{' '}
        <button type="button" disabled={busy || !hasSaved} onClick={() => void reset()}>
          {t('set_rulesReset')}
        </button>{' '}
        <label class="button">
          {t('set_rulesSnapshot')}
          <input
            type="file"
            accept=".json,application/json"
            hidden
            disabled={busy}
            aria-label={t('set_rulesSnapshot')}
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
