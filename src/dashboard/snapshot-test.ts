/**
 * "Use this snapshot to test" (Site rules): a page snapshot someone saved with "Report a page HCP
 * Lens misreads" is rebuilt into an inert document of the dashboard's, and the candidate rules run
 * over it as they would over an open tab. Nothing of the file runs: it is data turned into
 * elements, validated first.
 */
import type { RulesTestReply } from '../content/rules-test';
import { runRulesTest } from '../content/rules-test';
import { materialize, snapshotUrl } from '../platforms/page-snapshot';
import { parsePageSnapshot } from '../platforms/page-snapshot-schema';
import { adapterWithOverride, isRulePlatform, type RulePlatform } from '../platforms/rule-sites';
import type { RulesOverride } from '../platforms/rules-schema';
import { NETWORK_LABELS } from '../platforms/networks';
import { formatNumber, t } from '../shared/i18n';

export type SnapshotTestOutcome =
  { ok: true; platform: RulePlatform; result: RulesTestReply } | { ok: false; error: string };

/**
 * Runs the rules for the snapshot's network: `overrideFor(platform)` gives the form's rules when
 * the form shows that network, its saved or built-in rules otherwise.
 */
export function testOnSnapshot(
  fileName: string,
  text: string,
  overrideFor: (platform: RulePlatform) => RulesOverride,
  doc: Document = document.implementation.createHTMLDocument('snapshot'),
): SnapshotTestOutcome {
  const parsed = parsePageSnapshot(text);
  if (!parsed.ok) {
    const { detail } = parsed;
    return {
      ok: false,
      error: detail === null ? t('set_snapshotNotJson') : t('set_snapshotUnreadable', detail),
    };
  }
  const { snapshot } = parsed;
  if (!isRulePlatform(snapshot.platform)) {
    return {
      ok: false,
      error: t('set_snapshotCodeRules', NETWORK_LABELS[snapshot.platform]),
    };
  }
  const adapter = adapterWithOverride(snapshot.platform, overrideFor(snapshot.platform));
  if (!adapter) return { ok: false, error: t('set_snapshotNoRules') };
  materialize(snapshot, doc);
  const result = runRulesTest(adapter, doc, snapshotUrl(snapshot));
  return {
    ok: true,
    platform: snapshot.platform,
    result: {
      ...result,
      tabUrl: t('set_snapshotSource', [
        NETWORK_LABELS[snapshot.platform],
        fileName,
        snapshot.url,
        formatNumber(snapshot.postsFound),
      ]),
    },
  };
}
