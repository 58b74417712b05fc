/**
 * "Test on open tab" for the dashboard's site-rules editor: candidate rules run against the page as
 * it is, read-only (no overlay, no report, no storage), and the tab answers with what they find.
 * Zod-free: this ships in the content script; the background validated the rules before relaying.
 */
import { adapterWithOverride } from '../platforms/rule-sites';
import type { SiteRulesOverride } from '../platforms/rules';
import type { PlatformAdapter, PlatformId } from '../platforms/types';

/** Posts shown back to the user: enough to recognise the page, not a copy of it. */
export const SAMPLE_POSTS = 5;
const SNIPPET_CHARS = 160;
/** A page holding thousands of matches is read this far: the count is "at least". */
const MAX_READS = 500;

export interface RulesTestPost {
  key: string;
  authorName: string;
  authorHeadline: string;
  text: string;
}

export interface RulesTestResult {
  /** Elements the container selector matched (outermost only). */
  containers: number;
  /** Containers read into a keyed post: what would get an overlay. */
  posts: number;
  sample: RulesTestPost[];
}

/** What the dashboard gets back: the result and which tab it came from. */
export interface RulesTestReply extends RulesTestResult {
  tabUrl: string;
}

export interface RulesTestMessage {
  type: 'rules/test';
  platform: PlatformId;
  rules: SiteRulesOverride;
}

/** Runs `adapter` over `root` without touching it. */
export function runRulesTest(
  adapter: PlatformAdapter,
  root: ParentNode,
  pageUrl: URL,
): RulesTestResult {
  const found = adapter.findPosts(root);
  const sample: RulesTestPost[] = [];
  let posts = 0;
  for (const el of found.slice(0, MAX_READS)) {
    const p = adapter.read(el, pageUrl);
    if (!p) continue;
    posts++;
    if (sample.length < SAMPLE_POSTS) {
      const text = p.text.length > SNIPPET_CHARS ? `${p.text.slice(0, SNIPPET_CHARS)}…` : p.text;
      sample.push({ key: p.key, authorName: p.authorName, authorHeadline: p.authorHeadline, text });
    }
  }
  return { containers: found.length, posts, sample };
}

/** Messages from the extension only (the browser guarantees it); a shape check keeps zod out. */
export function isRulesTestMessage(m: unknown): m is RulesTestMessage {
  const msg = m as Partial<RulesTestMessage> | null;
  return (
    typeof msg === 'object' &&
    msg !== null &&
    msg.type === 'rules/test' &&
    typeof msg.platform === 'string' &&
    typeof msg.rules === 'object' &&
    msg.rules !== null
  );
}

/**
 * The answer to a test request for this tab's platform, or undefined when it is for another
 * network (another tab answers) or names no rules-based platform.
 */
export function answerRulesTest(
  message: unknown,
  platform: PlatformId,
  doc: Document,
): RulesTestReply | undefined {
  if (!isRulesTestMessage(message) || message.platform !== platform) return undefined;
  const adapter = adapterWithOverride(platform, message.rules);
  if (!adapter) return undefined;
  const url = new URL(doc.location.href);
  return { ...runRulesTest(adapter, doc, url), tabUrl: url.href };
}

/** `builtIn` with the user's rules for its site, or `builtIn` itself when there are none. */
export function withRules(
  builtIn: PlatformAdapter,
  rules: SiteRulesOverride | undefined,
): PlatformAdapter {
  return (rules && adapterWithOverride(builtIn.id, rules)) || builtIn;
}

/** The runtime slice that can answer a message (webextension-polyfill: by returning a promise). */
export interface AnsweringRuntime {
  onMessage: { addListener(cb: (message: unknown) => Promise<unknown> | undefined): void };
}

/** Answers the dashboard's rules tests for this tab's platform; other messages are left alone. */
export function serveRulesTest(runtime: AnsweringRuntime, platform: PlatformId, doc: Document) {
  runtime.onMessage.addListener((message) => {
    const reply = answerRulesTest(message, platform, doc);
    return reply ? Promise.resolve(reply) : undefined;
  });
}
