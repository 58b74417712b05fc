import type { PlatformId } from '../platforms/types';

/** The five C's of `../shared/taxonomy.md`, plus `none`. Order is the display order. */
export const CATEGORIES = [
  'collaborating',
  'communicating',
  'connecting',
  'creating',
  'catalyzing',
  'none',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Everything the classifier may look at: what the page shows about a post and its author. */
export interface ClassifyInput {
  platform: PlatformId;
  authorName: string;
  authorHandle?: string;
  authorHeadline: string;
  text: string;
}

/** One piece of evidence, worded for a marketer ("MD in name"), with its signed weight. */
export interface Signal {
  /** What the evidence is about. */
  kind: 'hcp' | 'not-hcp' | 'trainee' | 'industry' | 'specialty' | 'ae' | 'category';
  label: string;
  weight: number;
}

export interface Verdict {
  isHcp: boolean;
  /** 0..1, how sure the HCP verdict is (either way). */
  hcpConfidence: number;
  signals: Signal[];
  /** A slug from the taxonomy's closed list, or '' when none is named. */
  specialty: string;
  trainee: boolean;
  industry: boolean;
  category: Category;
  /** Score per category, 0..1, summing to 1. */
  categoryScores: Record<Category, number>;
  /** Potential adverse event (taxonomy section 3). */
  ae: boolean;
  /** The user's own mark on this author (HCP or not), which outranks everything else. */
  authorMarked?: boolean;
  /** Set when the author is on one of the user's target lists (which then decides `isHcp`). */
  target?: { listName: string; tier: string };
}
