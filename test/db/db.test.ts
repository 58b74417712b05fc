import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeSession,
  annotate,
  annotatedViews,
  currentSession,
  LensDb,
  recordSeen,
  SESSION_IDLE_MS,
  SESSION_WRITE_EVERY_MS,
  sessionSummary,
  SessionTracker,
  sessionTaggedViews,
  startSession,
} from '../../src/db';
import { snapshot, verdict } from '../helpers/posts';

let db: LensDb;
let name = 0;
const t0 = new Date('2026-11-24T09:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

beforeEach(() => {
  db = new LensDb(`test-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

describe('sessions', () => {
  it('continues a session while the user is active and starts a new one after idling', async () => {
    const first = await activeSession(db, t0);
    expect(await activeSession(db, later(SESSION_IDLE_MS - 1000))).toBe(first);
    const second = await activeSession(db, later(2 * SESSION_IDLE_MS + 1000));
    expect(second).not.toBe(first);
  });

  it('reading the session does not keep it alive', async () => {
    const id = await activeSession(db, t0);
    expect(await currentSession(db, later(SESSION_IDLE_MS - 1))).toBe(id);
    expect(await currentSession(db, later(SESSION_IDLE_MS + 1))).not.toBe(id);
  });
});

describe('the background’s session tracker', () => {
  const stored = async (id: number) => (await db.sessions.get(id))?.lastActiveAt;

  it('writes activity at most once a minute, and keeps a session alive on what it remembers', async () => {
    const sessions = new SessionTracker(db);
    const id = await sessions.active(t0);
    expect(await sessions.active(later(SESSION_WRITE_EVERY_MS - 1000))).toBe(id);
    expect(await stored(id)).toBe(t0.toISOString());
    const minuteOn = later(SESSION_WRITE_EVERY_MS);
    expect(await sessions.active(minuteOn)).toBe(id);
    expect(await stored(id)).toBe(minuteOn.toISOString());
    // Idle 30 minutes after the last activity it remembers (not the last one written): same session.
    const active = later(SESSION_WRITE_EVERY_MS + 30_000);
    await sessions.active(active);
    const stillLive = new Date(active.getTime() + SESSION_IDLE_MS - 1000);
    expect(await sessions.current(stillLive)).toBe(id);
    expect(await sessions.active(stillLive)).toBe(id);
  });

  it('starts a new session after idling, or when the user asks, as the stored functions do', async () => {
    const sessions = new SessionTracker(db);
    const first = await sessions.active(t0);
    const second = await sessions.active(later(SESSION_IDLE_MS + 1000));
    expect(second).not.toBe(first);
    const third = await sessions.start(later(SESSION_IDLE_MS + 2000));
    expect(third).not.toBe(second);
    expect(await sessions.active(later(SESSION_IDLE_MS + 3000))).toBe(third);
    // A worker started afresh finds the same live session in the database.
    expect(await new SessionTracker(db).active(later(SESSION_IDLE_MS + 4000))).toBe(third);
  });
});

describe('posts and annotations', () => {
  it('keeps the first sighting time (UTC) and adds each session a post is seen in', async () => {
    const s1 = await activeSession(db, t0);
    await recordSeen(db, [{ snapshot: snapshot('1'), verdict: verdict() }], s1, t0);
    const s2 = await startSession(db, later(60_000));
    const [view] = await recordSeen(
      db,
      [{ snapshot: snapshot('1', { text: 'edited' }), verdict: verdict() }],
      s2,
      later(60_000),
    );
    expect(view?.post.firstSeenAt).toBe('2026-11-24T09:00:00.000Z');
    expect(view?.post.lastSeenAt).toBe('2026-11-24T09:01:00.000Z');
    expect(view?.post.sessionIds).toEqual([s1, s2]);
  });

  it('merges patches, de-duplicates tags, and deletes an annotation emptied of decisions', async () => {
    const s = await activeSession(db, t0);
    await recordSeen(db, [{ snapshot: snapshot('1'), verdict: verdict() }], s, t0);
    await annotate(db, 'linkedin:1', { category: 'connecting' }, s, t0);
    const view = await annotate(db, 'linkedin:1', { tags: ['kol', 'kol ', 'oncology'] }, s, t0);
    expect(view.annotation).toMatchObject({ category: 'connecting', tags: ['kol', 'oncology'] });
    await annotate(db, 'linkedin:1', { category: null, tags: [] }, s, t0);
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses to annotate a post that was never seen', async () => {
    const s = await activeSession(db, t0);
    await expect(annotate(db, 'linkedin:404', { flagged: true }, s, t0)).rejects.toThrow(
      /No post linkedin:404/,
    );
  });

  it('summarises a session: seen, HCP seen, tagged and tagged per effective category', async () => {
    const s = await activeSession(db, t0);
    await recordSeen(
      db,
      [
        { snapshot: snapshot('1'), verdict: verdict({ category: 'creating' }) },
        { snapshot: snapshot('2'), verdict: verdict({ isHcp: false, category: 'catalyzing' }) },
        { snapshot: snapshot('3'), verdict: verdict({ category: 'connecting' }) },
      ],
      s,
      t0,
    );
    await annotate(db, 'linkedin:1', { flagged: true }, s, t0);
    await annotate(db, 'linkedin:2', { category: 'collaborating' }, s, t0);
    const summary = await sessionSummary(db, s, later(5 * 60_000));
    expect(summary).toMatchObject({
      postsSeen: 3,
      hcpPostsSeen: 2,
      postsTagged: 2,
      durationMs: 300_000,
    });
    expect(summary.taggedByCategory).toMatchObject({
      creating: 1,
      collaborating: 1,
      connecting: 0,
    });
    // Post 1 was only flagged: its Creating is the classifier's suggestion, counted apart.
    expect(summary.confirmedByCategory).toMatchObject({ creating: 0, collaborating: 1 });
    expect(summary.suggestedByCategory).toMatchObject({ creating: 1, collaborating: 0 });
    expect((await sessionTaggedViews(db, s)).map((v) => v.post.key)).toEqual([
      'linkedin:1',
      'linkedin:2',
    ]);
    expect(await annotatedViews(db)).toHaveLength(2);
  });
});
