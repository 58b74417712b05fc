import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeSession,
  annotate,
  forgetAuthors,
  LensDb,
  listAuthors,
  readSettings,
  recordSeen,
  rememberAuthors,
  SNIPPET_CHARS,
  writeSettings,
} from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

const DEFAULT_EXPORT = { separator: ',', dates: 'iso', format: 'csv' };

let db: LensDb;
let n = 0;
const now = new Date('2026-11-24T09:00:00Z');

beforeEach(() => {
  db = new LensDb(`privacy-${++n}`);
});
afterEach(() => db.delete());

describe('data minimisation', () => {
  it('keeps nothing the page showed of a post nobody annotated, only its key, author key and verdict', async () => {
    const s = await activeSession(db, now);
    const shown = snapshot('1', {
      text: 'My son had a rash on keytruda',
      context: 'Dr. Ines Duarte reposted this',
    });
    const [view] = await recordSeen(db, [{ snapshot: shown, verdict: verdict() }], s, now);
    const stored = await db.posts.get('linkedin:1');
    expect(stored).toMatchObject({
      key: 'linkedin:1',
      platform: 'linkedin',
      authorKey: 'linkedin:www.linkedin.com/in/author-1',
      url: '',
      authorName: '',
      authorHandle: '',
      authorHeadline: '',
      authorProfileUrl: '',
      text: '',
      context: '',
      sessionIds: [s],
    });
    expect(stored?.verdict.isHcp).toBe(true);
    // The page that showed the post still gets it back whole.
    expect(view?.post).toMatchObject({ text: shown.text, url: shown.url });
  });

  it('stores no phrase a signal quotes from the post or bio', async () => {
    const s = await activeSession(db, now);
    const quoting = verdict({
      signals: [
        { kind: 'ae', label: "Names a medicine: 'keytruda'", weight: 1 },
        { kind: 'ae', label: "About a specific person: 'my son'", weight: 1 },
        { kind: 'hcp', label: "Clinical title in headline ('attending physician')", weight: 2 },
        { kind: 'hcp', label: 'MD in name', weight: 3 },
      ],
    });
    const post = snapshot('1');
    const [view] = await recordSeen(db, [{ snapshot: post, verdict: quoting }], s, now);
    await annotate(db, 'linkedin:1', { flagged: true }, s, now, { snapshot: post });
    const labels = (await db.posts.get('linkedin:1'))?.verdict.signals.map((x) => x.label);
    expect(labels).toEqual([
      'Names a medicine',
      'About a specific person',
      'Clinical title in headline',
      'MD in name',
    ]);
    expect(view?.post.verdict.signals[0]?.label).toBe("Names a medicine: 'keytruda'");
  });

  it('keeps the text once annotated, and drops it again when the annotation is cleared', async () => {
    const s = await activeSession(db, now);
    const post = snapshot('1', { text: 'worth keeping' });
    await recordSeen(db, [{ snapshot: post, verdict: verdict() }], s, now);
    await annotate(db, 'linkedin:1', { flagged: true }, s, now, { snapshot: post });
    expect((await db.posts.get('linkedin:1'))?.text).toBe('worth keeping');
    await annotate(db, 'linkedin:1', { flagged: false }, s, now, { snapshot: post });
    expect((await db.posts.get('linkedin:1'))?.text).toBe('');
  });

  it('keeps only a snippet of annotated text when the user chose snippets', async () => {
    const s = await activeSession(db, now);
    const post = snapshot('1', { text: 'x'.repeat(1000) });
    await recordSeen(db, [{ snapshot: post, verdict: verdict() }], s, now);
    await annotate(db, 'linkedin:1', { tags: ['kol'] }, s, now, {
      snapshot: post,
      retention: 'snippet',
    });
    expect((await db.posts.get('linkedin:1'))?.text).toHaveLength(SNIPPET_CHARS + 1);
  });
});

describe('author memory', () => {
  it('remembers a headline shown once and offers it for the author’s later posts', async () => {
    const profile = snapshot('1', {
      platform: 'x',
      authorHandle: '@DrAna',
      authorHeadline: 'ICU nurse',
    });
    await rememberAuthors(db, [profile], now);
    const later = snapshot('2', { platform: 'x', authorHandle: '@drana', authorHeadline: '' });
    const authors = await rememberAuthors(db, [later], now);
    expect([...authors.values()].map((a) => a.headline)).toEqual(['ICU nurse']);
    expect((await listAuthors(db)).map((a) => a.headline)).toEqual(['ICU nurse']);
  });

  it('lets the user forget one author or all of them', async () => {
    await rememberAuthors(
      db,
      [
        snapshot('1', { platform: 'x', authorHandle: '@a', authorHeadline: 'RN' }),
        snapshot('2', { platform: 'x', authorHandle: '@b', authorHeadline: 'MD' }),
      ],
      now,
    );
    await forgetAuthors(db, 'x:@a');
    expect((await listAuthors(db)).map((a) => a.authorKey)).toEqual(['x:@b']);
    await forgetAuthors(db);
    expect(await listAuthors(db)).toEqual([]);
  });
});

describe('settings', () => {
  it('has safe defaults, stores changes, and survives a corrupted stored value', async () => {
    expect(await readSettings(db)).toEqual({
      textRetention: 'full',
      panelModeSites: [],
      ruleOverrides: {},
      fetchBios: true,
      retentionDays: 30,
      exportOptions: DEFAULT_EXPORT,
    });
    await writeSettings(db, {
      textRetention: 'snippet',
      panelModeSites: ['linkedin'],
      fetchBios: false,
      retentionDays: 7,
    });
    expect(await readSettings(db)).toEqual({
      textRetention: 'snippet',
      panelModeSites: ['linkedin'],
      ruleOverrides: {},
      fetchBios: false,
      retentionDays: 7,
      exportOptions: DEFAULT_EXPORT,
    });
    await db.settings.put({
      key: 'settings',
      value: {
        textRetention: 42,
        panelModeSites: 'all',
        fetchBios: 'no',
        retentionDays: -1,
        exportOptions: { separator: '|' },
      },
    });
    expect(await readSettings(db)).toEqual({
      textRetention: 'full',
      panelModeSites: [],
      ruleOverrides: {},
      fetchBios: true,
      retentionDays: 30,
      exportOptions: DEFAULT_EXPORT,
    });
  });
});
