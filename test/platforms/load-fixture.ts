/** Loads LinkedIn fixture pages into happy-dom documents (no page scripts, no network). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePage, type ParsedPage } from '../../scripts/extract';
import type { PostSnapshot } from '../../src/platforms/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The repository's own copies and hand-built pages. */
export const fixtureDir = path.join(repoRoot, 'test/fixtures/linkedin');
/** Shared material beside the repository (read-only; may be absent outside the workspace). */
export const sharedFixtureDir = path.resolve(repoRoot, '../shared/fixtures');

/** One post of an `*.expected.json`; shared files carry a subset of fields plus `corpusId`. */
export type ExpectedPost = Partial<PostSnapshot> & { key: string; corpusId?: string };

export interface Fixture extends ParsedPage {
  url: URL;
  expected: { url: string; posts: ExpectedPost[] };
}

/** `<name>.html` parsed at the address its `<name>.expected.json` gives. */
export function loadFixture(name: string, dir: string = fixtureDir): Fixture {
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as {
    url: string;
    posts: ExpectedPost[];
  };
  const html = readFileSync(path.join(dir, `${name}.html`), 'utf8');
  return { ...parsePage(html, expected.url), url: new URL(expected.url), expected };
}

/** An inline page, for small cases built in a test. */
export function loadHtml(html: string, url = 'https://www.linkedin.com/feed/'): ParsedPage {
  return parsePage(html, url);
}
