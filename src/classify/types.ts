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

/**
 * What a piece of evidence is, in no language: each code has one sentence per language in the
 * surfaces' catalogue (`bar_signal_<code>`), so the classifier stays language-neutral.
 */
export type SignalCode =
  // Titles and credentials in the profile (lexicon-hcp.ts).
  | 'physicianTitle'
  | 'doctorWord'
  | 'clinicalTitle'
  | 'specialistTitle'
  | 'nurseTitle'
  | 'pharmacistTitle'
  | 'paramedicTitle'
  | 'alliedTitle'
  | 'psychologistTitle'
  | 'npPaTitle'
  | 'arztTitle'
  | 'consultantTitle'
  | 'stillPractising'
  | 'medicalDirectorTitle'
  | 'residentIntern'
  | 'clinicalFellow'
  | 'studentClinician'
  // Look-alikes and non-clinical roles (lexicon-hcp-context.ts).
  | 'notDoctorDisclaimer'
  | 'journalist'
  | 'scientist'
  | 'epidemiologist'
  | 'doctorateOutside'
  | 'techRole'
  | 'founder'
  | 'investor'
  | 'recruiter'
  | 'marketingRole'
  | 'patientAdvocate'
  | 'wellnessRole'
  | 'nonClinicalJob'
  | 'organisation'
  | 'familyRetired'
  // What the post says about its author (hcp-post.ts).
  | 'firstPersonClinical'
  | 'onCall'
  | 'shiftWork'
  | 'worksInClinic'
  | 'bedsideDetail'
  | 'introducesAsClinician'
  | 'firstPersonClinicalOther'
  | 'patientVoice'
  // hcp.ts
  | 'formerClinician'
  | 'doximity'
  | 'credential'
  | 'mdManagingDirector'
  | 'veterinaryTitle'
  | 'vocabTitle'
  | 'vocabTraineeTitle'
  | 'specialtyNamed'
  | 'drInName'
  | 'nonClinicalDoctorate'
  | 'roleStatedInPost'
  | 'traineeRoleStated'
  | 'industryRole'
  | 'saysIndustry'
  // Adverse events (ae.ts); the event's kind is its own code.
  | 'aeMedicine'
  | 'aeMedicineReadAs'
  | 'aeEvent_effect'
  | 'aeEvent_noEffect'
  | 'aeEvent_overdose'
  | 'aeEvent_error'
  | 'aeEvent_underdose'
  | 'aeEvent_withdrawal'
  | 'aeEvent_pregnancy'
  | 'aePerson'
  // Learnt models, specialty, the user's own marks, target lists and remembered bios.
  | 'modelHcp'
  | 'modelTrainee'
  | 'modelIndustry'
  | 'modelCategory'
  | 'learntCategory'
  | 'specialtyFromJobTitle'
  | 'specialty'
  | 'markedHcp'
  | 'markedNotHcp'
  | 'targetList'
  | 'targetListTier'
  | 'targetListByName'
  | 'targetListTierByName'
  | 'bioRemembered'
  | 'bioFetchedBluesky'
  | 'bioFetched';

/** Where in the profile or post a piece of evidence was found. */
export type SignalPlace = 'name' | 'headline' | 'profile' | 'post';

/** A signal as data: a surface words it in the user's language; `label` stays English. */
export interface SignalReason {
  code: SignalCode;
  /** Values the sentence names: a credential, a slug, a percentage, a list's name. */
  params?: string[];
  where?: SignalPlace;
  /** Words quoted from the post or profile: shown on the page, never stored. */
  quote?: string;
}

/** One piece of evidence, worded for a marketer ("MD in name"), with its signed weight. */
export interface Signal {
  /** What the evidence is about. */
  kind: 'hcp' | 'not-hcp' | 'trainee' | 'industry' | 'specialty' | 'ae' | 'category';
  /** In English: the `classify` command prints it, and verdicts stored before `reason` show it. */
  label: string;
  weight: number;
  reason?: SignalReason;
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
