import type { RulesTestMessage, RulesTestReply } from '../content/rules-test';
import { adapterFor } from '../platforms/registry';
import type { RulePlatform } from '../platforms/rule-sites';
import { NETWORK_LABELS } from '../platforms/networks';
import type { RulesOverride } from '../platforms/rules-schema';
import { t } from '../shared/i18n';
import type { Handlers } from './router';

/** The slice of `browser.tabs` the relay needs, so tests can pass a fake. */
export interface TabsApi {
  query(
    query: Record<string, never>,
  ): Promise<{ id?: number; url?: string; active?: boolean; lastAccessed?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Tabs tried before giving up: one with the site open but no content script yet is skipped. */
const MAX_TABS_TRIED = 5;

/**
 * Sends candidate rules (validated by the router) to an open tab of that site and returns what
 * its content script found. The active tab first, then the most recently used. Tabs whose address
 * the extension may not see (no host access) are never listed with one, so never tried.
 */
export function createRulesRelay(tabs: TabsApi) {
  return async (platform: RulePlatform, rules: RulesOverride): Promise<RulesTestReply> => {
    const candidates = (await tabs.query({}))
      .filter((t) => t.id !== undefined && siteOf(t.url) === platform)
      .sort(
        (a, b) =>
          Number(b.active ?? false) - Number(a.active ?? false) ||
          (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
      )
      .slice(0, MAX_TABS_TRIED);
    const message: RulesTestMessage = { type: 'rules/test', platform, rules };
    for (const tab of candidates) {
      const reply = await tabs.sendMessage(tab.id as number, message).catch(() => undefined);
      if (isReply(reply)) return reply;
    }
    throw new Error(
      candidates.length
        ? t('bg_rulesTabSilent', NETWORK_LABELS[platform])
        : t('bg_rulesNoTab', NETWORK_LABELS[platform]),
    );
  };
}

function siteOf(url: string | undefined): string | undefined {
  try {
    return url ? adapterFor(new URL(url))?.id : undefined;
  } catch {
    return undefined;
  }
}

function isReply(r: unknown): r is RulesTestReply {
  const reply = r as RulesTestReply | null;
  return typeof reply?.containers === 'number' && Array.isArray(reply.sample);
}

export function createRulesHandlers(
  testRules: ((p: RulePlatform, r: RulesOverride) => Promise<RulesTestReply>) | undefined,
): Pick<Handlers, 'rules/test'> {
  return {
    'rules/test': async ({ platform, rules }) => {
      if (!testRules) throw new Error(t('bg_rulesNeedTabs'));
      return testRules(platform, rules);
    },
  };
}
