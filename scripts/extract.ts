/**
 * Extracts the posts of a saved page with the adapter for its address:
 *   npm run --silent extract -- --url <page url> <file.html>
 * Prints a JSON array of {key, platform, url, authorName, authorHandle, authorHeadline, text}, one
 * per post in document order. The page's scripts never run and nothing is fetched.
 * Exit codes: 0 done, 2 bad arguments, unknown address or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { adapterFor } from '../src/platforms/registry';
import type { PlatformAdapter, PostSnapshot } from '../src/platforms/types';

/** A parsed page and the window holding it; close the window when done. */
export interface ParsedPage {
  document: Document;
  close: () => Promise<void>;
}

/** Parses `html` as the page at `url` without running or loading anything. */
export function parsePage(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: () => Promise.reject(new Error('network disabled')),
          beforeSyncRequest: () => {
            throw new Error('network disabled');
          },
        },
      },
    },
  });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

type ExtractedPost = Pick<
  PostSnapshot,
  'key' | 'platform' | 'url' | 'authorName' | 'authorHandle' | 'authorHeadline' | 'text'
>;

/** The posts `adapter` reads in `document`, in document order; cards not yet keyed are skipped. */
export function extractPosts(
  adapter: PlatformAdapter,
  document: Document,
  pageUrl: URL,
): ExtractedPost[] {
  const posts: ExtractedPost[] = [];
  for (const container of adapter.findPosts(document)) {
    const p = adapter.read(container, pageUrl);
    if (!p) continue;
    posts.push({
      key: p.key,
      platform: p.platform,
      url: p.url,
      authorName: p.authorName,
      authorHandle: p.authorHandle,
      authorHeadline: p.authorHeadline,
      text: p.text,
    });
  }
  return posts;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): { url: URL; file: string } {
  let url: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') url = argv[++i];
    else if (arg?.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--') continue;
    else if (arg?.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!url || !file) throw new UsageError('usage: extract --url <page url> <file.html>');
  try {
    return { url: new URL(url), file };
  } catch {
    throw new UsageError(`not a URL: ${url}`);
  }
}

async function main(argv: string[]): Promise<number> {
  let args: { url: URL; file: string };
  let html: string;
  try {
    args = parseArgs(argv);
    html = readFileSync(args.file, 'utf8');
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `cannot read file: ${String(e)}`;
    process.stderr.write(`extract: ${message}\n`);
    return 2;
  }
  const adapter = adapterFor(args.url);
  if (!adapter) {
    process.stderr.write(`extract: no adapter handles ${args.url.href}\n`);
    return 2;
  }
  const page = parsePage(html, args.url.href);
  try {
    const posts = extractPosts(adapter, page.document, args.url);
    process.stdout.write(`${JSON.stringify(posts, null, 2)}\n`);
  } finally {
    await page.close();
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
