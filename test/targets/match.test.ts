import { describe, expect, it } from 'vitest';
import { authorKeyOf } from '../../src/platforms/author';
import {
  bestMatch,
  canonicalLinkedinUrl,
  canonicalXHandle,
  nameKey,
  rowMatchKeys,
  type Candidate,
} from '../../src/targets/match';
import { snapshot } from '../helpers/posts';

const row = (name: string, linkedinUrl = '', xHandle = '') => ({ name, linkedinUrl, xHandle });
const candidate = (keys: string[], over: Partial<Candidate> = {}): Candidate => ({
  listId: 'l1',
  listName: 'KOLs',
  tier: '1',
  specialty: '',
  matchKeys: keys,
  ...over,
});

describe('match keys', () => {
  it('gives a row the author keys of its profile and handle, and its name key', () => {
    expect(
      rowMatchKeys(row('Dr. Ana Ruiz, MD', 'https://uk.linkedin.com/in/Ana-Ruiz/?trk=1', '@DrAna')),
    ).toEqual(['linkedin:www.linkedin.com/in/ana-ruiz', 'x:@drana', 'name:ana ruiz']);
  });

  it('builds the same keys authorKeyOf gives the posts', () => {
    const [linkedin, x] = rowMatchKeys(row('A B', 'linkedin.com/in/ana', 'https://x.com/DrAna'));
    expect(linkedin).toBe(
      authorKeyOf(snapshot('1', { authorProfileUrl: 'https://www.linkedin.com/in/ana/' })),
    );
    expect(x).toBe(
      authorKeyOf(snapshot('1', { platform: 'x', authorHandle: '@DrAna', authorProfileUrl: '' })),
    );
  });

  it('recognises profile addresses and handles, and nothing else', () => {
    expect(canonicalLinkedinUrl('www.linkedin.com/in/ana/recent-activity/')).toBe(
      'https://www.linkedin.com/in/ana/',
    );
    expect(canonicalLinkedinUrl('https://www.linkedin.com/company/acme')).toBe('');
    expect(canonicalLinkedinUrl('https://evil-linkedin.com/in/ana')).toBe('');
    expect(canonicalLinkedinUrl('not a url')).toBe('');
    expect(canonicalXHandle('https://twitter.com/DrAna/status/1')).toBe('@DrAna');
    expect(canonicalXHandle('@a-b')).toBe('');
  });

  it('folds names: credentials after a comma, titles, accents, case, spaces; one word is no key', () => {
    expect(nameKey('  Dr.  José   García-López, MD, PhD')).toBe('name:jose garcia-lopez');
    expect(nameKey('Ana Ruiz (she/her)')).toBe('name:ana ruiz');
    expect(nameKey('Madonna')).toBe('');
  });
});

describe('bestMatch', () => {
  const ana = snapshot('1', {
    authorName: 'Ana Ruiz, MD',
    authorProfileUrl: 'https://www.linkedin.com/in/ana-ruiz/',
  });

  it('matches by profile address', () => {
    const keys = rowMatchKeys(row('Someone Else', 'linkedin.com/in/ana-ruiz'));
    expect(bestMatch(ana, [candidate(keys)])).toMatchObject({ listName: 'KOLs', by: 'profile' });
  });

  it('matches by name only when the row gives no profile for that network', () => {
    const nameOnly = rowMatchKeys(row('Ana Ruiz'));
    const xOnly = rowMatchKeys(row('Ana Ruiz', '', '@anaruiz'));
    const otherLinkedin = rowMatchKeys(row('Ana Ruiz', 'linkedin.com/in/another-ana'));
    expect(bestMatch(ana, [candidate(nameOnly)])?.by).toBe('name');
    expect(bestMatch(ana, [candidate(xOnly)])?.by).toBe('name');
    expect(bestMatch(ana, [candidate(otherLinkedin)])).toBeUndefined();
  });

  it('prefers a profile match, then the higher tier', () => {
    const byName = candidate(rowMatchKeys(row('Ana Ruiz')), { listName: 'A', tier: '1' });
    const tier2 = candidate(rowMatchKeys(row('x y', 'linkedin.com/in/ana-ruiz')), {
      listName: 'B',
      tier: '2',
    });
    const tier10 = { ...tier2, listName: 'C', tier: '10' };
    const none = { ...tier2, listName: 'D', tier: '' };
    expect(bestMatch(ana, [byName, none, tier10, tier2])?.listName).toBe('B');
    expect(bestMatch(ana, [byName, none])?.listName).toBe('D');
  });

  it('finds nothing for another author', () => {
    const keys = rowMatchKeys(row('Ana Ruiz', 'linkedin.com/in/ana-ruiz'));
    expect(bestMatch(snapshot('2'), [candidate(keys)])).toBeUndefined();
  });
});
