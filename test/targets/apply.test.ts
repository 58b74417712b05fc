import { describe, expect, it } from 'vitest';
import { applyTarget, specialtySlug } from '../../src/targets/apply';
import type { TargetMatch } from '../../src/targets/types';
import { verdict } from '../helpers/posts';

const match = (over: Partial<TargetMatch> = {}): TargetMatch => ({
  listId: 'l1',
  listName: 'Cardio KOLs',
  tier: '1',
  specialty: '',
  by: 'profile',
  ...over,
});

describe('applyTarget', () => {
  const notHcp = verdict({
    isHcp: false,
    hcpConfidence: 0.8,
    specialty: '',
    signals: [{ kind: 'not-hcp', label: 'CEO in headline', weight: -2 }],
  });

  it('leaves the verdict alone when the author is on no list', () => {
    expect(applyTarget(notHcp, undefined)).toBe(notHcp);
  });

  it('makes a listed author a sure HCP, with the list first among the signals and the tier', () => {
    const v = applyTarget(notHcp, match());
    expect(v).toMatchObject({
      isHcp: true,
      hcpConfidence: 1,
      target: { listName: 'Cardio KOLs', tier: '1' },
    });
    expect(v.signals).toEqual([
      {
        kind: 'hcp',
        label: 'On your target list "Cardio KOLs" (tier 1)',
        weight: 10,
        reason: { code: 'targetListTier', params: ['Cardio KOLs', '1'] },
      },
      ...notHcp.signals,
    ]);
    expect(v.category).toBe(notHcp.category);
  });

  it('says when only the name matched, and omits a missing tier', () => {
    expect(applyTarget(notHcp, match({ by: 'name' })).signals[0]!.label).toBe(
      'On your target list "Cardio KOLs" (tier 1, matched by name)',
    );
    expect(applyTarget(notHcp, match({ tier: '' })).signals[0]!.label).toBe(
      'On your target list "Cardio KOLs"',
    );
  });

  it('takes the list’s specialty only when it names a taxonomy slug', () => {
    const hcp = verdict({ specialty: 'nursing' });
    expect(applyTarget(hcp, match({ specialty: 'Cardiology' })).specialty).toBe('cardiology');
    expect(applyTarget(hcp, match({ specialty: 'Physical therapy' })).specialty).toBe(
      'physical-therapy',
    );
    expect(applyTarget(hcp, match({ specialty: 'Heart stuff' })).specialty).toBe('nursing');
  });

  it('maps spreadsheet spellings to slugs', () => {
    expect(specialtySlug(' Obstetrics & Gynecology ')).toBe('obstetrics-gynecology');
    expect(specialtySlug('Allergy/Immunology')).toBe('allergy-immunology');
    expect(specialtySlug('')).toBe('');
  });
});
